import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';

import { SERVICE_REQUEST_CHANGED } from './request-changes';
import { ServiceRequestChange } from './service-request-change.type';

@Resolver()
export class RequestChangesResolver {
  @Subscription(() => ServiceRequestChange, {
    topics: SERVICE_REQUEST_CHANGED,
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
