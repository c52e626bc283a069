import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';

import { Connection } from '../common/connection';
import { BadUserInputError } from '../common/errors';
import { recentPage } from '../common/recent-page';
import { Audited } from '../graphql/admin-guard';
import type { Context } from '../graphql/context';
import { WebhookEvent, WebhookEventStatus } from './webhook-event.entity';

@ObjectType()
export class WebhookEventConnection extends Connection(WebhookEvent) {}

@ArgsType()
class WebhookEventsArgs {
  @Field(() => String, { nullable: true, description: 'received, applied, ignored, parked or failed' })
  status?: string | undefined;

  @Field(() => Int, { defaultValue: 50 })
  first = 50;

  @Field(() => String, { nullable: true })
  after?: string | undefined;
}

@Resolver()
export class WebhookResolver {
  @Query(() => WebhookEventConnection, { description: 'Stripe events as received, newest first' })
  webhookEvents(@Args(() => WebhookEventsArgs) { status, first, after }: WebhookEventsArgs, @Ctx() { em }: Context) {
    const wanted = status?.toUpperCase() as WebhookEventStatus | undefined;
    if (wanted && !Object.values(WebhookEventStatus).includes(wanted)) {
      throw new BadUserInputError(
        'status',
        `must be one of ${Object.values(WebhookEventStatus).join(', ').toLowerCase()}`,
      );
    }
    return recentPage(em, WebhookEvent, 'receivedAt', wanted ? { status: wanted } : {}, first, after);
  }

  @Audited('WEBHOOK_REPLAYED')
  @Mutation(() => Boolean, {
    description: 'Applies a failed, ignored or parked event again; false if it needs nothing',
  })
  replayWebhookEvent(@Arg('id', () => ID) id: string, @Ctx() { services }: Context) {
    return services.inbox.replay(id);
  }
}
