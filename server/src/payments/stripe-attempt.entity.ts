import { randomUUID } from 'node:crypto';

import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';

import type { ServiceRequest } from '../service-requests/service-request.entity';

export enum AttemptState {
  /** Sent, or about to be: a retry of the same attempt reuses its idempotency key. */
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  /** Stripe refused it for good; the next try is a new attempt with a new key. */
  FAILED = 'FAILED',
}

/**
 * The local record of one Stripe create call, written before the call. Its idempotency key is
 * derived from (request, quote version, purpose, attempt number), so a retried mutation or a
 * crash between Stripe's answer and our write replays the same call, while a deliberate new
 * attempt (a fresh session, a second refund) gets a key of its own.
 */
@Entity()
@Unique({ properties: ['account', 'scope', 'quoteVersion', 'purpose', 'attempt'] })
export class StripeAttempt {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Which Stripe (or emulator) account the call went to: objects are reused only within it. */
  @Property({ type: 'text' })
  account!: string;

  /** The request's id, or a business-wide scope such as `product` or `customer:<email hash>`. */
  @Property({ type: 'text' })
  scope!: string;

  @ManyToOne('ServiceRequest', { deleteRule: 'cascade', nullable: true })
  serviceRequest?: Rel<ServiceRequest>;

  @Property({ type: 'integer' })
  quoteVersion = 0;

  /** price, payment_link, checkout_session, refund, product, customer */
  @Property({ type: 'text' })
  purpose!: string;

  @Property({ type: 'integer' })
  attempt!: number;

  @Enum({ items: () => AttemptState })
  state: AttemptState = AttemptState.PENDING;

  /** The created object's id once Stripe answered. */
  @Property({ type: 'text', nullable: true })
  stripeId?: string;

  @Property({ type: 'text', nullable: true })
  error?: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  idempotencyKey(): string {
    return `sd-${this.scope}-q${this.quoteVersion}-${this.purpose}-${this.attempt}`;
  }
}
