import { randomUUID } from 'node:crypto';

import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { Customer } from '../customers/customer.entity';
import { PayPurpose } from '../engine/payment-enums';
import { ServiceRequestStatus } from '../engine/status';
import { PaymentLink } from '../payments/payment-link.entity';
import { Payment } from '../payments/payment.entity';
import { TimelineEntry } from './timeline-entry.entity';

/** Lower-cased text the admin searches in; a trigram index on it keeps `search` fast at any size. */
const SEARCH_TEXT = `lower(customer_name || ' ' || customer_email || ' ' || description || ' ' || coalesce(address, ''))`;

@ObjectType()
@Entity()
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
@Index({ properties: ['status', 'createdAt', 'id'] })
@Index({
  name: 'service_request_search_text_trgm',
  expression:
    'create index "service_request_search_text_trgm" on "service_request" using gin ("search_text" gin_trgm_ops)',
})
@Index({
  name: 'service_request_needs_attention',
  expression:
    'create index "service_request_needs_attention" on "service_request" ("created_at", "id") where "needs_attention"',
})
// The attention queue, oldest change first: without it, a walk of every request by updated_at.
@Index({
  name: 'service_request_needs_attention_updated',
  expression:
    'create index "service_request_needs_attention_updated" on "service_request" ("updated_at", "id") where "needs_attention"',
})
export class ServiceRequest {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The customer of `customerEmail`, created with the first request from that address. */
  @ManyToOne('Customer', { index: true })
  customer!: Rel<Customer>;

  @Field(() => String)
  @Property({ type: 'text' })
  customerName!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  customerEmail!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  customerPhone?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  address?: string;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'text', generated: `(${SEARCH_TEXT}) stored`, lazy: true, hidden: true })
  searchText?: string;

  @Field(() => ServiceRequestStatus)
  @Enum({ items: () => ServiceRequestStatus })
  status: ServiceRequestStatus = ServiceRequestStatus.REQUESTED;

  /** In the smallest unit of `currency`. */
  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  quoteAmount?: number;

  /** Before exclusive taxes: the lines' amounts (Stripe's `amount_subtotal` of a Checkout Session). */
  @Field(() => Int, { description: 'The lines’ amounts (inclusive taxes in them, exclusive ones not)' })
  @Property({ type: 'integer', default: 0 })
  subtotal = 0;

  @Field(() => Int, { description: 'Every line’s tax, inclusive and exclusive; quoteAmount is the total' })
  @Property({ type: 'integer', default: 0 })
  taxAmount = 0;

  @Field(() => Int, {
    nullable: true,
    description: 'The deposit /pay collects first (taxes included); the balance is quoteAmount minus it',
  })
  @Property({ type: 'integer', nullable: true })
  depositAmount?: number;

  /** A deposit of the current quote is paid and its balance is not: derived from the payments when they settle. */
  @Property({ type: 'boolean', default: false })
  balanceDue = false;

  /**
   * How the customer chose to pay the current quote version when it offers a deposit (DEPOSIT or
   * FULL), recorded with their acceptance; none until they choose. payPurpose reads it.
   */
  @Enum({ items: () => PayPurpose, nullable: true })
  payChoice?: PayPurpose;

  /**
   * The quote version whose paid deposit the current version keeps (a new quote after a paid
   * deposit): that deposit pays this version's deposit, and its balance is due.
   */
  @Property({ type: 'integer', nullable: true })
  depositQuoteVersion?: number;

  /** Where refunding the whole deposit before the work is done moves the request (the admin's choice with the refund). */
  @Enum({ items: () => ServiceRequestStatus, nullable: true })
  depositRefundTo?: ServiceRequestStatus;

  @Field(() => Date, { nullable: true, description: 'Until when the quote is offered (shown to the customer)' })
  @Property({ type: 'timestamptz', nullable: true })
  validUntil?: Date;

  @Field(() => String, { nullable: true, description: 'The quote’s note to the customer' })
  @Property({ type: 'text', nullable: true })
  quoteNote?: string;

  @Field(() => String, { nullable: true, description: 'The terms the quote is offered on' })
  @Property({ type: 'text', nullable: true })
  quoteTerms?: string;

  @Field(() => String)
  @Property({ type: 'text', length: 3 })
  currency!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quoteVersion = 0;

  /** The admin asked that the customer may save the card for future visits (shown on the Stripe page). */
  @Field(() => Boolean, { description: 'The quote offers to save the card for future visits' })
  @Property({ type: 'boolean' })
  saveCard = false;

  /** The customer must accept the current quote on its page before paying it or being charged. */
  @Field(() => Boolean, { description: 'The customer accepts the quote on its page before paying' })
  @Property({ type: 'boolean', default: false })
  requireAcceptance = false;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  scheduledFor?: Date;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  needsAttention = false;

  /** The open causes' notes (attention-cause.entity.ts), kept beside the flag for lists. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  attentionReason?: string;

  /** The status before refunds covered everything paid: where a refund failing afterwards puts it back. */
  @Enum({ items: () => ServiceRequestStatus, nullable: true })
  refundedFrom?: ServiceRequestStatus;

  @OneToMany(() => Payment, (payment) => payment.serviceRequest, { orderBy: { createdAt: 'desc', id: 'desc' } })
  payments = new Collection<Payment>(this);

  @OneToMany(() => PaymentLink, (link) => link.serviceRequest, { orderBy: { createdAt: 'desc', id: 'desc' } })
  paymentLinks = new Collection<PaymentLink>(this);

  /** SHA-256 of the /pay token: the lookup key, useless to whoever reads the database. */
  @Property({ type: 'text', nullable: true, unique: true, hidden: true })
  payTokenHash?: string;

  /** The token itself, sealed (AES-GCM) so that admins can copy the URL again. */
  @Property({ type: 'text', nullable: true, hidden: true })
  payTokenSealed?: string;

  @OneToMany(() => TimelineEntry, (entry) => entry.serviceRequest, { orderBy: { id: 'asc' } })
  timeline = new Collection<TimelineEntry>(this);

  /** Optimistic lock: an update based on a stale read fails instead of overwriting. */
  @Field(() => Int, { description: 'Bumped on every change; pass it back as expectedVersion to refuse stale edits' })
  @Property({ type: 'integer', version: true })
  version!: number;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
