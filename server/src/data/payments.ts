import { randomUUID } from 'node:crypto';

import type { EntityManager, QueryResult } from '@mikro-orm/postgresql';

import { PaymentMethod, PaymentStatus, PayPurpose } from '../engine/payment-enums';

/**
 * The typed SQL that creates payment rows (see data/requests.ts for why plain SQL). Their later
 * state is derived from Stripe's facts in payments/payment-events.service.ts.
 */

/** Money received outside Stripe, for the request's current quote; returns the payment's id. */
export async function insertManualPayment(
  em: EntityManager,
  request: { id: string; currency: string },
  amount: number,
  note: string | undefined,
): Promise<string> {
  const id = randomUUID();
  await em.execute(
    `insert into payment (id, service_request_id, method, amount, currency, refunded, status, disputed, charge_refunded,
       note, created_at)
     values (?, ?, ?, ?, ?, 0, ?, false, 0, ?, ?::timestamptz)`,
    [
      id,
      request.id,
      PaymentMethod.MANUAL,
      amount,
      request.currency,
      PaymentStatus.SUCCEEDED,
      note ?? null,
      new Date().toISOString(),
    ],
  );
  return id;
}

/**
 * A payment Stripe reported first, with the status derived from its state: its id, or undefined
 * when its PaymentIntent is recorded already (that row is then left as it was).
 */
export async function insertStripePayment(
  em: EntityManager,
  p: {
    requestId: string;
    paymentIntentId: string;
    amount: number;
    subtotal: number | undefined;
    linkStripeId: string | undefined;
    currency: string;
    quoteVersion: number | undefined;
    purpose: PayPurpose | undefined;
    state: string;
    status: PaymentStatus;
    stateAt: Date;
    createdAt: Date;
  },
): Promise<string | undefined> {
  const id = randomUUID();
  const inserted = await em.execute<QueryResult>(
    `insert into payment (id, service_request_id, method, stripe_payment_intent_id, amount, currency, refunded,
       status, disputed, created_at, stripe_state, state_at, stripe_created_at, quote_version, charge_refunded,
       amount_subtotal, stripe_link_id, purpose)
     values (?, ?, ?, ?, ?, ?, 0, ?, false, ?::timestamptz, ?, ?::timestamptz, ?::timestamptz, ?, 0, ?, ?, ?)
     on conflict (stripe_payment_intent_id) do nothing`,
    [
      id,
      p.requestId,
      PaymentMethod.STRIPE,
      p.paymentIntentId,
      p.amount,
      p.currency,
      p.status,
      new Date().toISOString(),
      p.state,
      p.stateAt.toISOString(),
      p.createdAt.toISOString(),
      p.quoteVersion ?? null,
      p.subtotal ?? null,
      p.linkStripeId ?? null,
      p.purpose ?? PayPurpose.FULL,
    ],
    'run',
  );
  return inserted.affectedRows > 0 ? id : undefined;
}

/**
 * What a Checkout Session tells of a payment first recorded from its PaymentIntent alone: its
 * subtotal and the link or session it was paid through (kept once known).
 */
export async function completeStripePayment(
  em: EntityManager,
  paymentIntentId: string,
  subtotal: number | undefined,
  linkStripeId: string,
): Promise<void> {
  await em.execute(
    `update payment set amount_subtotal = coalesce(amount_subtotal, ?), stripe_link_id = coalesce(stripe_link_id, ?)
     where stripe_payment_intent_id = ? and stripe_link_id is null`,
    [subtotal ?? null, linkStripeId, paymentIntentId],
  );
}
