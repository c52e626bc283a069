import { randomUUID } from 'node:crypto';

import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import { PayPurpose } from '../engine/payment-enums';
import type { ServiceRequest } from '../service-requests/service-request.entity';

export enum PayableKind {
  PAYMENT_LINK = 'payment_link',
  CHECKOUT_SESSION = 'checkout_session',
}

/** A Stripe page that can take the payment of one quote: a Payment Link or a Checkout Session. */
@ObjectType()
@Entity()
@Index({ properties: ['serviceRequest', 'createdAt'] })
export class PaymentLink {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('ServiceRequest', { deleteRule: 'cascade', index: false })
  serviceRequest!: Rel<ServiceRequest>;

  @Enum({ items: () => PayableKind })
  kind!: PayableKind;

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  stripeId!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  url!: string;

  /** The Prices a Payment Link sells, space-separated (archived when its quote is superseded). */
  @Property({ type: 'text', nullable: true })
  stripePriceId?: string;

  /** What it collects: the whole quote, its deposit or the balance (one tax-inclusive line each for the latter two). */
  @Field(() => PayPurpose)
  @Enum({ items: () => PayPurpose, default: PayPurpose.FULL })
  purpose: PayPurpose = PayPurpose.FULL;

  /** What it collects (the quote's total, its deposit or the balance). */
  @Field(() => Int)
  @Property({ type: 'integer' })
  amount!: number;

  /** The `amount_subtotal` and `amount_total` Stripe will report for it; a payment matches when both agree. */
  @Property({ type: 'integer', nullable: true })
  expectedSubtotal?: number;

  @Property({ type: 'integer', nullable: true })
  expectedTotal?: number;

  @Field(() => String)
  @Property({ type: 'text', length: 3 })
  currency!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quoteVersion!: number;

  /** Whether /pay may still lead to it; turned off locally first, then at Stripe. */
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  active = true;

  /** Set once Stripe confirmed the deactivation (or expiry); until then it is retried. */
  @Property({ type: 'timestamptz', nullable: true })
  closedAtStripe?: Date;

  /** Checkout Sessions only: when Stripe expires it. */
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
