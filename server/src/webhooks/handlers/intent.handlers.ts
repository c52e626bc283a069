import { purposeOf } from '../../engine/payment-enums';
import { SAVED_CARD_CHARGE } from '../../payments/saved-cards.service';
import { type Handler, idOf } from './types';

/**
 * `payment_intent.succeeded`: a card saved while paying (`setup_future_usage`) is stored on the
 * customer; a saved-card charge settles its request. A checkout's own payment is settled by
 * `checkout.session.completed`, which knows the subtotal.
 */
const succeeded: Handler = async (event, ctx) => {
  const intent = event.data.object;
  const metadata = (intent['metadata'] ?? {}) as Record<string, string>;
  const requestId = metadata['service_request_id'];
  if (!requestId) return { result: 'ignored', note: 'no metadata.service_request_id: not one of ours' };
  const customer = idOf(intent['customer']);
  const method = idOf(intent['payment_method']);
  const saving = intent['setup_future_usage'] === 'off_session' && customer && method;
  const unknown = { result: 'ignored', note: `unknown request ${requestId}` } as const;
  if (saving) {
    const card = { requestId, stripeCustomerId: customer, paymentMethodId: method, at: new Date(event.created * 1000) };
    if (!(await ctx.cards.save(ctx.em, card, ctx.source))) return unknown;
  }
  if (metadata['charge'] !== SAVED_CARD_CHARGE) {
    return saving ? { result: 'applied' } : { result: 'ignored', note: 'a checkout payment: settled by its session' };
  }
  const quoteVersion = Number(metadata['quote_version']);
  const known = await ctx.payments.receivePayment(
    ctx.em,
    {
      requestId,
      paymentIntentId: intent['id'],
      amount: intent['amount'],
      currency: intent['currency'],
      quoteVersion: Number.isInteger(quoteVersion) ? quoteVersion : undefined,
      purpose: purposeOf(metadata),
      state: 'succeeded',
      at: event.created,
      createdAt: typeof intent['created'] === 'number' ? intent['created'] : event.created,
    },
    ctx.source,
  );
  return known ? { result: 'applied', releases: intent['id'] } : unknown;
};

export const intentHandlers: Record<string, Handler> = {
  'payment_intent.succeeded': succeeded,
};
