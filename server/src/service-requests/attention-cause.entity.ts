import { randomUUID } from 'node:crypto';

import { Entity, ManyToOne, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import type { ServiceRequest } from './service-request.entity';

/**
 * Why a request needs attention, one row per cause (a second payment, a failed refund, an open
 * dispute …), derived from the money rows after every change. `resolveAttention` resolves the causes
 * open at that moment; a resolved cause stays resolved, and only a new one raises attention again.
 */
@ObjectType()
@Entity()
@Unique({ properties: ['serviceRequest', 'kind', 'subject'] })
export class AttentionCause {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('ServiceRequest', { deleteRule: 'cascade', index: false })
  serviceRequest!: Rel<ServiceRequest>;

  /** SECOND_PAYMENT, PAID_AFTER_CLOSE, AMOUNT_MISMATCH, DISPUTE_OPEN, DISPUTE_LOST, REFUND_FAILED, … */
  @Field(() => String)
  @Property({ type: 'text' })
  kind!: string;

  /** The Stripe object (or payment) it is about. */
  @Field(() => String)
  @Property({ type: 'text' })
  subject!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  note!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  openedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date;
}
