import { randomUUID } from 'node:crypto';

import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

import type { Payment } from './payment.entity';

/** A dispute of a payment's charge, in the latest state Stripe reported (stripe-state-rules.ts). */
@ObjectType()
@Entity()
export class Dispute {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Payment', { deleteRule: 'cascade', index: true })
  payment!: Rel<Payment>;

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  stripeDisputeId!: string;

  /** Stripe's status: `warning_*` for an inquiry, `needs_response` … `won` / `lost` for a chargeback. */
  @Field(() => String)
  @Property({ type: 'text' })
  status!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  evidenceDueBy?: Date;

  /** Net money Stripe took for it (withdrawn minus reinstated), from its balance transactions. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  amountWithdrawn = 0;

  /** Dispute fees, from its balance transactions, whatever the outcome. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  fees = 0;

  @Field(() => String, { nullable: true, description: 'won, lost, prevented or warning_closed, once it ended' })
  get outcome(): string | undefined {
    return ['won', 'lost', 'prevented', 'warning_closed'].includes(this.status) ? this.status : undefined;
  }

  /** How many balance transactions the figures above were read from (they only ever grow). */
  @Property({ type: 'integer' })
  balanceTransactions = 0;

  /** The `created` of the event that reported `status`. */
  @Property({ type: 'timestamptz' })
  stateAt!: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
