import { randomUUID } from 'node:crypto';

import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import type { Payment } from './payment.entity';

export enum RefundStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  CANCELED = 'CANCELED',
}
registerEnumType(RefundStatus, { name: 'RefundStatus' });

/** Refund states whose money counts as refunded (against what is left, and in the refunded total). */
export const REFUND_COUNTS: readonly RefundStatus[] = [RefundStatus.PENDING, RefundStatus.SUCCEEDED];

/** One Stripe refund, by its id, in the latest state Stripe reported (stripe-state-rules.ts). */
@ObjectType()
@Entity()
@Index({ properties: ['payment'] })
export class Refund {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Payment', { deleteRule: 'cascade', index: false })
  payment!: Rel<Payment>;

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  stripeRefundId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => RefundStatus)
  @Enum({ items: () => RefundStatus })
  status: RefundStatus = RefundStatus.PENDING;

  /** Stripe's state as reported (`pending`, `requires_action`, `succeeded`, `failed`, `canceled`). */
  @Property({ type: 'text', nullable: true })
  stripeState?: string;

  /** The `created` of the event that reported `stripeState`. */
  @Property({ type: 'timestamptz', nullable: true })
  stateAt?: Date;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
