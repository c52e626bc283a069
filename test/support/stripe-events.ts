import {
  checkoutSession,
  deliver as deliverSigned,
  signature,
  stripeEvent,
  stripeId,
} from '@service-desk/stripe-emulator/fixtures';

/** The shared Stripe fixtures (`@service-desk/stripe-emulator/fixtures`), signed with the suites' secret. */
export { stripeEvent, stripeId };

/** The webhook secret the suites' servers are started with. */
export const WEBHOOK_SECRET = 'whsec_fault_and_replica_suites';

/** A paid Checkout Session for quote version 1 of a request (its PaymentIntent given or new). */
export const paidSession = (requestId: string, amount: number, paymentIntent = stripeId('pi')) =>
  checkoutSession({ requestId, amount, paymentIntent });

/** `checkout.session.completed` paying `amount` for a request. */
export const paidEvent = (requestId: string, amount: number) =>
  stripeEvent('checkout.session.completed', paidSession(requestId, amount));

/** A `Stripe-Signature` header made by the SDK itself. */
export function sign(payload: string, secret = WEBHOOK_SECRET): string {
  return signature(payload, secret);
}

/** POSTs an event (or a raw body) to `/webhooks/stripe`, signed for that body unless `signature` says otherwise. */
export function deliver(url: string, event: unknown, options: { body?: string; signature?: string | null } = {}) {
  return deliverSigned(url, event, { ...options, secret: WEBHOOK_SECRET });
}
