import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum WebhookEventStatus {
  /** Recorded, not yet applied (a worker picks it up if the inline attempt did not finish). */
  RECEIVED = 'RECEIVED',
  APPLIED = 'APPLIED',
  /** Nothing to do (unknown request, other type, other mode); kept so a replay can still apply it. */
  IGNORED = 'IGNORED',
  /** Waits for the payment it is about (a refund before the payment's completion). */
  PARKED = 'PARKED',
  /** The handler threw; retried with backoff, and replayable by an admin. */
  FAILED = 'FAILED',
}
registerEnumType(WebhookEventStatus, { name: 'WebhookEventStatus' });

/** The inbox: every Stripe event, once (its id is the key), whatever brought it. */
@ObjectType()
@Entity()
@Index({ properties: ['status', 'receivedAt'] })
@Index({ properties: ['receivedAt', 'id'] })
@Index({ properties: ['waitingFor'] })
export class WebhookEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  type!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  livemode!: boolean;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  apiVersion?: string;

  @Property({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Field(() => WebhookEventStatus)
  @Enum({ items: () => WebhookEventStatus })
  status: WebhookEventStatus = WebhookEventStatus.RECEIVED;

  /** WEBHOOK, SYNC (reconciliation) or RETURN (the customer's return page). */
  @Field(() => String)
  @Property({ type: 'text' })
  source!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  attempts = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  error?: string;

  /** Why it was ignored or parked. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string;

  /** For a parked event: the PaymentIntent whose payment it waits for. */
  @Property({ type: 'text', nullable: true })
  waitingFor?: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  receivedAt: Date = new Date();

  /** When Stripe created the event. */
  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  processedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  nextAttemptAt?: Date;
}
