import { randomUUID } from 'node:crypto';

import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  type Rel,
  Unique,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { ServiceRequest } from '../service-requests/service-request.entity';

export enum RecipientState {
  /** Its link is still to be sent (a job is queued for it). */
  PENDING = 'PENDING',
  /** The link was mailed: marked in the transaction that queued the mail, so exactly once. */
  SENT = 'SENT',
  /** Could not be sent (the request was no longer payable, Stripe refused it); `error` says why. */
  FAILED = 'FAILED',
}
registerEnumType(RecipientState, { name: 'CampaignRecipientState' });

/** One price sent to many customers at once: a link per request, mailed by a background job. */
@ObjectType()
@Entity()
@Index({ properties: ['createdAt', 'id'] })
export class Campaign {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @OneToMany(() => CampaignRecipient, (r) => r.campaign)
  recipients = new Collection<CampaignRecipient>(this);

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** The admin who started it (name at the time, or email): its jobs' timeline entries name them. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  startedBy?: string | undefined;
}

/** The campaign's outbox: one row per request, the record of whether its link was mailed. */
@ObjectType()
@Entity()
@Unique({ properties: ['campaign', 'serviceRequest'] })
@Index({ properties: ['campaign', 'state'] })
export class CampaignRecipient {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Campaign, { deleteRule: 'cascade' })
  campaign!: Rel<Campaign>;

  @Field(() => ServiceRequest)
  @ManyToOne(() => ServiceRequest, { deleteRule: 'cascade', index: true })
  serviceRequest!: Rel<ServiceRequest>;

  @Field(() => RecipientState)
  @Enum({ items: () => RecipientState })
  state: RecipientState = RecipientState.PENDING;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  error?: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date;

  @Field(() => Int)
  @Property({ type: 'integer' })
  reminders = 0;
}
