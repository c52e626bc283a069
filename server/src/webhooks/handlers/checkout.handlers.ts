import { purposeOf } from '../../engine/payment-enums';
import type { PaymentFact } from '../../payments/payment-events.service';
import { type Handler, idOf } from './types';

/**
 * A Checkout Session's payment: its event type carries the outcome (`completed` unpaid is a
 * delayed method on its way; `async_payment_*` settles it), which the session object does not.
 */
const settle =
  (state: PaymentFact['state'] | 'by_payment_status', failure?: string): Handler =>
  async (event, ctx) => {
    const session = event.data.object;
    const metadata = (session['metadata'] ?? {}) as Record<string, string>;
    const requestId = metadata['service_request_id'];
    const paymentIntentId = idOf(session['payment_intent']);
    if (!requestId) return { result: 'ignored', note: 'no metadata.service_request_id: not one of ours' };
    if (!paymentIntentId) return { result: 'ignored', note: 'the session has no PaymentIntent' };
    const quoteVersion = Number(metadata['quote_version']);
    const known = await ctx.payments.receivePayment(
      ctx.em,
      {
        requestId,
        paymentIntentId,
        amount: session['amount_total'],
        subtotal: session['amount_subtotal'] ?? undefined,
        linkStripeId: idOf(session['payment_link']) ?? session['id'],
        currency: session['currency'],
        quoteVersion: Number.isInteger(quoteVersion) ? quoteVersion : undefined,
        purpose: purposeOf(metadata),
        state:
          state !== 'by_payment_status' ? state : session['payment_status'] === 'unpaid' ? 'processing' : 'succeeded',
        failure,
        at: event.created,
        createdAt: typeof session['created'] === 'number' ? session['created'] : event.created,
      },
      ctx.source,
    );
    return known
      ? { result: 'applied', releases: paymentIntentId }
      : { result: 'ignored', note: `unknown request ${requestId}` };
  };

export const checkoutHandlers: Record<string, Handler> = {
  'checkout.session.completed': settle('by_payment_status'),
  'checkout.session.async_payment_succeeded': settle('succeeded'),
  'checkout.session.async_payment_failed': settle('failed', 'The bank debit failed; the customer can pay again'),
  'checkout.session.expired': async (_event, ctx) => {
    // /pay mints or leads to a live page, so an expired session needs nothing but counting.
    ctx.onSessionExpired();
    return { result: 'applied' };
  },
};
