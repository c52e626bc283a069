import type { Handler, StripeEventLike } from './types';

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : ((value as { id?: string } | null)?.id ?? undefined);

/** The request and quote a session paid, from its metadata (copied there from the link by Stripe). */
function target(event: StripeEventLike) {
  const session = event.data.object;
  const metadata = (session['metadata'] ?? {}) as Record<string, string>;
  const quoteVersion = Number(metadata['quote_version']);
  return {
    session,
    requestId: metadata['service_request_id'],
    quoteVersion: Number.isInteger(quoteVersion) ? quoteVersion : undefined,
    paymentIntentId: idOf(session['payment_intent']),
  };
}

const settle =
  (state: 'succeeded' | 'processing' | 'failed', failure?: string): Handler =>
  async (event, ctx) => {
    const { session, requestId, quoteVersion, paymentIntentId } = target(event);
    if (!requestId) return { result: 'ignored', note: 'no metadata.service_request_id: not one of ours' };
    if (!paymentIntentId) return { result: 'ignored', note: 'the session has no PaymentIntent' };
    const known = await ctx.payments.receivePayment(
      ctx.em,
      {
        requestId,
        paymentIntentId,
        amount: session['amount_subtotal'] ?? session['amount_total'],
        currency: session['currency'],
        quoteVersion,
        methodType: (session['payment_method_types'] as string[] | undefined)?.[0],
        state,
        failure,
      },
      ctx.source,
    );
    return known
      ? { result: 'applied', releases: paymentIntentId }
      : { result: 'ignored', note: `unknown request ${requestId}` };
  };

const completed: Handler = (event, ctx) =>
  settle(event.data.object['payment_status'] === 'unpaid' ? 'processing' : 'succeeded')(event, ctx);

export const checkoutHandlers: Record<string, Handler> = {
  'checkout.session.completed': completed,
  'checkout.session.async_payment_succeeded': settle('succeeded'),
  'checkout.session.async_payment_failed': settle('failed', 'The delayed payment failed; the request stays payable'),
  'checkout.session.expired': async (_event, ctx) => {
    // /pay mints or leads to a live page, so an expired session needs nothing but counting.
    ctx.onSessionExpired();
    return { result: 'applied' };
  },
};
