import { randomUUID } from 'node:crypto';

import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';

import type { Payment } from './payment.entity';

export enum RefundStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

/** A refund asked of Stripe; its outcome arrives by webhook. Pending ones count against what is left. */
@Entity()
export class Refund {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Payment', { deleteRule: 'cascade' })
  payment!: Rel<Payment>;

  @Property({ type: 'text', unique: true })
  stripeRefundId!: string;

  @Property({ type: 'integer' })
  amount!: number;

  @Enum({ items: () => RefundStatus })
  status: RefundStatus = RefundStatus.PENDING;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
