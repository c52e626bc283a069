import { randomBytes } from 'node:crypto';

import Stripe from 'stripe';

import { TEST_WEBHOOK_SECRET } from './test-server';

const stripe = new Stripe('sk_test_signing_only');
const rid = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

/** An event shaped like Stripe's (API version pinned by the SDK). */
export function stripeEvent(type: string, object: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  return {
    id: rid('evt'),
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: rid('req'), idempotency_key: null },
    type,
    data: { object },
    ...overrides,
  };
}

export function checkoutSession(p: {
  requestId: string;
  quoteVersion?: number;
  amount: number;
  currency?: string;
  paymentIntent?: string;
  paymentStatus?: string;
}) {
  return {
    id: rid('cs_test'),
    object: 'checkout.session',
    amount_subtotal: p.amount,
    amount_total: p.amount,
    currency: p.currency ?? 'usd',
    mode: 'payment',
    status: 'complete',
    payment_status: p.paymentStatus ?? 'paid',
    payment_intent: p.paymentIntent ?? rid('pi'),
    payment_link: rid('plink'),
    payment_method_types: ['card'],
    metadata: { service_request_id: p.requestId, quote_version: String(p.quoteVersion ?? 1) },
    livemode: false,
  };
}

export function refundedCharge(paymentIntent: string, amount: number, amountRefunded: number) {
  return {
    id: rid('ch'),
    object: 'charge',
    amount,
    amount_refunded: amountRefunded,
    currency: 'usd',
    payment_intent: paymentIntent,
    refunded: amountRefunded >= amount,
    refunds: {
      object: 'list',
      data: [{ id: rid('re'), amount: amountRefunded, status: 'succeeded', payment_intent: paymentIntent }],
    },
  };
}

/** A `Stripe-Signature` header made by the SDK itself. */
export function sign(payload: string, secret = TEST_WEBHOOK_SECRET, timestamp?: number): string {
  return stripe.webhooks.generateTestHeaderString({ payload, secret, ...(timestamp ? { timestamp } : {}) });
}

export async function deliver(
  url: string,
  event: unknown,
  options: { secret?: string; timestamp?: number; body?: string; signature?: string | null } = {},
) {
  const body = options.body ?? JSON.stringify(event);
  const signature =
    options.signature === undefined
      ? sign(JSON.stringify(event), options.secret, options.timestamp)
      : options.signature;
  return fetch(`${url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body,
  });
}
