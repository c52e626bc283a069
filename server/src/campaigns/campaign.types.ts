import { Field, Int, ObjectType } from 'type-graphql';

import { Connection } from '../common/connection';
import { Campaign } from './campaign.entity';

@ObjectType()
export class CampaignConnection extends Connection(Campaign) {}

/** Where a campaign stands: its outbox rows and what their requests came to. */
@ObjectType()
export class CampaignCounts {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Links still to be sent' })
  pending!: number;

  @Field(() => Int, { description: 'Links mailed' })
  sent!: number;

  @Field(() => Int, { description: 'Links that could not be sent' })
  failed!: number;

  @Field(() => Int, { description: 'Requests paid (PAID, SCHEDULED or COMPLETED)' })
  paid!: number;

  @Field(() => Int, { description: 'Links mailed whose request is still waiting for payment' })
  unpaid!: number;
}
