import { disputeFact } from '../../payments/payment-events.service';
import { type Handler, idOf, parked } from './types';

/** `charge.*`: how the customer paid (`payment_method_details`: its type, a card's brand and last 4) and Stripe's refunded total. */
const charge: Handler = async (event, ctx) => {
  const object = event.data.object;
  const card = object['payment_method_details']?.['card'];
  const paymentIntentId = idOf(object['payment_intent']);
  if (!paymentIntentId) return { result: 'ignored', note: 'a charge without a PaymentIntent' };
  const known = await ctx.payments.recordCharge(
    ctx.em,
    {
      paymentIntentId,
      methodType: object['payment_method_details']?.['type'],
      card:
        typeof card?.['brand'] === 'string' && typeof card['last4'] === 'string'
          ? { brand: card['brand'], last4: card['last4'] }
          : undefined,
      amountRefunded: typeof object['amount_refunded'] === 'number' ? object['amount_refunded'] : undefined,
    },
    ctx.source,
  );
  if (!known) return parked(paymentIntentId);
  // Older API versions list the charge's refunds in it: each is a fact about its refund too.
  for (const listed of (object['refunds']?.data ?? []) as Record<string, any>[]) {
    await ctx.payments.recordRefund(
      ctx.em,
      { paymentIntentId, refundId: listed['id'], amount: listed['amount'], state: listed['status'], at: event.created },
      ctx.source,
    );
  }
  return { result: 'applied' };
};

/** `refund.*`: one refund's state, by its id. */
const refund: Handler = async (event, ctx) => {
  const object = event.data.object;
  const paymentIntentId = idOf(object['payment_intent']);
  if (!paymentIntentId) return { result: 'ignored', note: 'a refund without a PaymentIntent' };
  const known = await ctx.payments.recordRefund(
    ctx.em,
    { paymentIntentId, refundId: object['id'], amount: object['amount'], state: object['status'], at: event.created },
    ctx.source,
  );
  return known ? { result: 'applied' } : parked(paymentIntentId);
};

/** `charge.dispute.*`: the dispute's state, reason, due date and balance transactions. */
const dispute: Handler = async (event, ctx) => {
  const object = event.data.object;
  const paymentIntentId = idOf(object['payment_intent']);
  if (!paymentIntentId) return { result: 'ignored', note: 'a dispute without a PaymentIntent' };
  const known = await ctx.payments.recordDispute(
    ctx.em,
    disputeFact(paymentIntentId, object, event.created),
    ctx.source,
  );
  return known ? { result: 'applied' } : parked(paymentIntentId);
};

/** A failed attempt: the failure of a recorded payment, or a declined card on the Stripe page. */
const paymentFailed: Handler = async (event, ctx) => {
  const intent = event.data.object;
  const requestId = (intent['metadata'] ?? {})['service_request_id'] as string | undefined;
  if (!requestId) return { result: 'ignored', note: 'no metadata.service_request_id: not one of ours' };
  const message = intent['last_payment_error']?.message ?? 'The payment attempt failed';
  const known = await ctx.payments.recordFailedAttempt(
    ctx.em,
    requestId,
    intent['id'],
    intent['amount'],
    message,
    event.created,
    ctx.source,
  );
  return known ? { result: 'applied' } : { result: 'ignored', note: `unknown request ${requestId}` };
};

export const chargeHandlers: Record<string, Handler> = {
  'charge.pending': charge,
  'charge.succeeded': charge,
  'charge.failed': charge,
  'charge.refunded': charge,
  'refund.created': refund,
  'refund.updated': refund,
  'refund.failed': refund,
  'charge.refund.updated': refund,
  'charge.dispute.created': dispute,
  'charge.dispute.updated': dispute,
  'charge.dispute.funds_withdrawn': dispute,
  'charge.dispute.funds_reinstated': dispute,
  'charge.dispute.closed': dispute,
  'payment_intent.payment_failed': paymentFailed,
};
