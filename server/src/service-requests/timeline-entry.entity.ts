import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

import { ChangeSource, ServiceRequestStatus } from '../engine/status';
import type { ServiceRequest } from './service-request.entity';

/** What happened to a request, oldest first; written in the same transaction as the change. */
@ObjectType()
@Entity()
@Index({ properties: ['serviceRequest', 'id'] })
@Index({
  name: 'timeline_entry_fact_key_unique',
  expression:
    'create unique index "timeline_entry_fact_key_unique" on "timeline_entry" ("service_request_id", "fact_key") where "fact_key" is not null',
})
export class TimelineEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne('ServiceRequest', { deleteRule: 'cascade', index: false })
  serviceRequest!: Rel<ServiceRequest>;

  /** STATUS_CHANGED, CREATED, QUOTED, PAYMENT_RECEIVED, ATTENTION, ATTENTION_RESOLVED, NOTE, … */
  @Field(() => String)
  @Property({ type: 'text' })
  kind!: string;

  @Field(() => ServiceRequestStatus, { nullable: true })
  @Enum({ items: () => ServiceRequestStatus, nullable: true })
  from?: ServiceRequestStatus;

  @Field(() => ServiceRequestStatus, { nullable: true })
  @Enum({ items: () => ServiceRequestStatus, nullable: true })
  to?: ServiceRequestStatus;

  @Field(() => ChangeSource)
  @Enum({ items: () => ChangeSource })
  source!: ChangeSource;

  /** Who did it: the admin's name at the time (or email), "customer", "Stripe", "reconciliation", "system". */
  @Field(() => String)
  @Property({ type: 'text' })
  actor!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  amount?: number;

  /** When it happened: for what Stripe reports, the event's `created`. */
  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  /** One entry per fact about a Stripe object (`pi_…:succeeded`, `re_…`): redeliveries and replays add none. */
  @Property({ type: 'text', nullable: true, hidden: true })
  factKey?: string;
}
