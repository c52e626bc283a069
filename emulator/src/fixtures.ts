import { randomBytes } from 'node:crypto';

import Stripe from 'stripe';

/**
 * Stripe-shaped objects and events for tests of an integration, at the SDK's pinned API version,
 * signed by the SDK itself: the one builder the server's tests, the end-to-end suites and the
 * benchmarks share (`@service-desk/stripe-emulator/fixtures`). Fields an integration does not read
 * are left out; ids are random, times default to now (seconds, as Stripe sends them).
 */

const signer = new Stripe('sk_test_signing_only');

export const stripeId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
const now = () => Math.floor(Date.now() / 1000);

export interface StripeEventFixture {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  livemode: boolean;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
  data: { object: Record<string, unknown> };
}

/** An event as Stripe delivers it. */
export function stripeEvent(
  type: string,
  object: Record<string, unknown>,
  overrides: Partial<StripeEventFixture> = {},
): StripeEventFixture {
  return {
    id: stripeId('evt'),
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: now(),
    livemode: false,
    pending_webhooks: 1,
    request: { id: stripeId('req'), idempotency_key: null },
    type,
    data: { object },
    ...overrides,
  };
}

/** A completed Checkout Session paying a request's quote (metadata as the project's links carry it). */
export function checkoutSession(p: {
  requestId: string;
  amount: number;
  quoteVersion?: number;
  currency?: string;
  paymentIntent?: string;
  paymentStatus?: 'paid' | 'unpaid';
  paymentMethodTypes?: string[];
  created?: number;
}) {
  return {
    id: stripeId('cs_test'),
    object: 'checkout.session',
    amount_subtotal: p.amount,
    amount_total: p.amount,
    created: p.created ?? now(),
    currency: p.currency ?? 'usd',
    mode: 'payment',
    status: 'complete',
    payment_status: p.paymentStatus ?? 'paid',
    payment_intent: p.paymentIntent ?? stripeId('pi'),
    payment_link: stripeId('plink'),
    payment_method_types: p.paymentMethodTypes ?? ['card'],
    metadata: { service_request_id: p.requestId, quote_version: String(p.quoteVersion ?? 1) },
    livemode: false,
  };
}

/** A PaymentIntent in `status`, with the request's metadata. */
export function paymentIntent(p: {
  id?: string;
  requestId: string;
  amount: number;
  status: 'processing' | 'succeeded' | 'requires_payment_method' | 'canceled';
  currency?: string;
  quoteVersion?: number;
  failure?: string;
  created?: number;
}) {
  return {
    id: p.id ?? stripeId('pi'),
    object: 'payment_intent',
    amount: p.amount,
    currency: p.currency ?? 'usd',
    created: p.created ?? now(),
    status: p.status,
    last_payment_error: p.failure ? { message: p.failure } : null,
    metadata: { service_request_id: p.requestId, quote_version: String(p.quoteVersion ?? 1) },
    livemode: false,
  };
}

/** The Charge of a PaymentIntent: how it was paid and what was refunded so far. */
export function charge(p: {
  id?: string;
  paymentIntent: string;
  amount: number;
  status?: 'pending' | 'succeeded' | 'failed';
  methodType?: string;
  amountRefunded?: number;
  currency?: string;
  created?: number;
}) {
  const refunded = p.amountRefunded ?? 0;
  return {
    id: p.id ?? stripeId('ch'),
    object: 'charge',
    amount: p.amount,
    amount_refunded: refunded,
    currency: p.currency ?? 'usd',
    created: p.created ?? now(),
    payment_intent: p.paymentIntent,
    payment_method_details: { type: p.methodType ?? 'card' },
    refunded: refunded >= p.amount,
    status: p.status ?? 'succeeded',
    livemode: false,
  };
}

/** A Refund of a PaymentIntent's charge. */
export function refund(p: {
  id?: string;
  paymentIntent: string;
  amount: number;
  status: 'pending' | 'requires_action' | 'succeeded' | 'failed' | 'canceled';
  currency?: string;
  created?: number;
}) {
  return {
    id: p.id ?? stripeId('re'),
    object: 'refund',
    amount: p.amount,
    currency: p.currency ?? 'usd',
    created: p.created ?? now(),
    payment_intent: p.paymentIntent,
    status: p.status,
  };
}

/** A Dispute of a PaymentIntent's charge; its balance transactions carry the money taken and the fee. */
export function dispute(p: {
  id?: string;
  paymentIntent: string;
  amount: number;
  status: string;
  reason?: string;
  evidenceDueBy?: number;
  balanceTransactions?: { amount: number; fee: number }[];
  currency?: string;
  created?: number;
}) {
  return {
    id: p.id ?? stripeId('dp'),
    object: 'dispute',
    amount: p.amount,
    currency: p.currency ?? 'usd',
    created: p.created ?? now(),
    charge: stripeId('ch'),
    payment_intent: p.paymentIntent,
    reason: p.reason ?? 'fraudulent',
    status: p.status,
    evidence_details: { due_by: p.evidenceDueBy ?? null, has_evidence: false, past_due: false, submission_count: 0 },
    balance_transactions: (p.balanceTransactions ?? []).map((t) => ({
      id: stripeId('txn'),
      object: 'balance_transaction',
      ...t,
    })),
    is_charge_refundable: false,
    livemode: false,
  };
}

/** A `Stripe-Signature` header for `payload`, made by the SDK itself. */
export function signature(payload: string, secret: string, timestamp?: number): string {
  return signer.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp ? { timestamp } : {}) });
}

/**
 * POSTs `event` to `${url}/webhooks/stripe`, signed with `secret` unless `signature` says otherwise
 * (null: no header). `body` sends other bytes: still signed for the event (a tampered body), or for
 * the body itself when there is no event.
 */
export function deliver(
  url: string,
  event: unknown,
  options: { secret: string; timestamp?: number; body?: string; signature?: string | null },
): Promise<Response> {
  const body = options.body ?? JSON.stringify(event);
  const signed = event === undefined ? body : JSON.stringify(event);
  const header =
    options.signature === undefined ? signature(signed, options.secret, options.timestamp) : options.signature;
  return fetch(`${url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(header ? { 'stripe-signature': header } : {}) },
    body,
  });
}
