import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';

import { ServiceRequestChange } from './service-request-change.type';
import { Topic } from './topics';

@Resolver()
export class LiveResolver {
  @Subscription(() => ServiceRequestChange, {
    topics: Topic.SERVICE_REQUEST_CHANGED,
    filter: ({ payload, args }: { payload: ServiceRequestChange; args: { id?: string | null } }) =>
      !args.id || payload.serviceRequest.id === args.id,
    description: 'Every change, from any source, on any replica; only one request with `id`',
  })
  serviceRequestChanged(
    @Root() change: ServiceRequestChange,
    @Arg('id', () => ID, { nullable: true }) _id?: string,
  ): ServiceRequestChange {
    return change;
  }
}
