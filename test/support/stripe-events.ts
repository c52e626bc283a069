import { randomBytes } from 'node:crypto';

import { serverRequire } from './server-deps';

const Stripe = serverRequire('stripe');
const stripe = new Stripe('sk_test_signing_only');

/** The webhook secret the suites' servers are started with. */
export const WEBHOOK_SECRET = 'whsec_fault_and_replica_suites';

export const stripeId = (prefix: string) => `${prefix}_${randomBytes(10).toString('hex')}`;

/** A Stripe event at the SDK's pinned API version. */
export function stripeEvent(type: string, object: Record<string, unknown>) {
  return {
    id: stripeId('evt'),
    object: 'event',
    api_version: Stripe.API_VERSION as string,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    type,
    data: { object },
  };
}

/** A paid Checkout Session for quote version 1 of a request (its PaymentIntent given or new). */
export function paidSession(requestId: string, amount: number, paymentIntent = stripeId('pi')) {
  return {
    id: stripeId('cs_test'),
    object: 'checkout.session',
    amount_subtotal: amount,
    amount_total: amount,
    currency: 'usd',
    mode: 'payment',
    status: 'complete',
    payment_status: 'paid',
    payment_intent: paymentIntent,
    metadata: { service_request_id: requestId, quote_version: '1' },
    livemode: false,
  };
}

/** `checkout.session.completed` paying `amount` for a request. */
export const paidEvent = (requestId: string, amount: number) =>
  stripeEvent('checkout.session.completed', paidSession(requestId, amount));

/** A `Stripe-Signature` header made by the SDK itself. */
export function sign(payload: string, secret = WEBHOOK_SECRET): string {
  return stripe.webhooks.generateTestHeaderString({ payload, secret });
}

/** POSTs an event (or a raw body) to `/webhooks/stripe`, signed for that body unless `signature` says otherwise. */
export function deliver(url: string, event: unknown, options: { body?: string; signature?: string | null } = {}) {
  const body = options.body ?? JSON.stringify(event);
  const signature = options.signature === undefined ? sign(body) : options.signature;
  return fetch(`${url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'stripe-signature': signature }) },
    body,
  });
}
