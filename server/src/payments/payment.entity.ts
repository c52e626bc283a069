import { randomUUID } from 'node:crypto';

import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import { PaymentMethod, PaymentStatus, PayPurpose } from '../engine/payment-enums';
import type { ServiceRequest } from '../service-requests/service-request.entity';

@ObjectType()
@Entity()
export class Payment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('ServiceRequest', { deleteRule: 'cascade', index: true })
  serviceRequest!: Rel<ServiceRequest>;

  @Field(() => PaymentMethod)
  @Enum({ items: () => PaymentMethod })
  method!: PaymentMethod;

  /** One payment per PaymentIntent, whichever event or sync brings it. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true, unique: true })
  stripePaymentIntentId?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  paymentMethodType?: string;

  /** The card's brand (`visa`) and last 4 digits, as its Charge's `payment_method_details.card` gave them. */
  @Property({ type: 'text', nullable: true })
  cardBrand?: string;

  @Property({ type: 'text', nullable: true })
  cardLast4?: string;

  /** What was received: Stripe's `amount_total`, taxes included. */
  /** What it paid for, as its Stripe object's metadata (or its link) says: the whole quote, the deposit or the balance. */
  @Field(() => PayPurpose)
  @Enum({ items: () => PayPurpose, default: PayPurpose.FULL })
  purpose: PayPurpose = PayPurpose.FULL;

  @Field(() => Int, { description: 'What was received, taxes included' })
  @Property({ type: 'integer' })
  amount!: number;

  /** Stripe's `amount_subtotal` of the Checkout Session, when one reported it. */
  @Property({ type: 'integer', nullable: true })
  amountSubtotal?: number;

  /** The Payment Link or Checkout Session it was paid through, when known: what it was expected to report. */
  @Property({ type: 'text', nullable: true })
  stripeLinkId?: string;

  @Field(() => String)
  @Property({ type: 'text', length: 3 })
  currency!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  refunded = 0;

  @Field(() => PaymentStatus)
  @Enum({ items: () => PaymentStatus })
  status!: PaymentStatus;

  /** Derived from its dispute: a chargeback under way or lost (no refund possible). */
  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  disputed = false;

  /** Stripe's state of the PaymentIntent (`processing`, `failed`, `succeeded`); MANUAL payments have none. */
  @Property({ type: 'text', nullable: true })
  stripeState?: string;

  /** The `created` of the event that reported `stripeState`. */
  @Property({ type: 'timestamptz', nullable: true })
  stateAt?: Date;

  /** When Stripe created the payment: of two competing payments, the first is the request's. */
  @Property({ type: 'timestamptz', nullable: true })
  stripeCreatedAt?: Date;

  /** The quote version its metadata names (Stripe payments). */
  @Property({ type: 'integer', nullable: true })
  quoteVersion?: number;

  /** The highest `amount_refunded` Stripe reported for the charge: a cross-check of the refund rows. */
  @Property({ type: 'integer' })
  chargeRefunded = 0;

  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
