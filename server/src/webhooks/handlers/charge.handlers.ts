import type { Handler } from './types';

const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : ((value as { id?: string } | null)?.id ?? undefined);

const parked = (paymentIntentId: string) =>
  ({ result: 'parked', waitingFor: paymentIntentId, note: 'waits for the payment it is about' }) as const;

/** `charge.refunded`: the charge's running refund total, with its refunds when expanded. */
const refunded: Handler = async (event, ctx) => {
  const charge = event.data.object;
  const paymentIntentId = idOf(charge['payment_intent']);
  if (!paymentIntentId) return { result: 'ignored', note: 'a charge without a PaymentIntent' };
  const refunds = ((charge['refunds']?.data ?? []) as Record<string, any>[]).map((r) => ({
    id: r['id'],
    amount: r['amount'],
    status: r['status'],
  }));
  const known = await ctx.payments.recordRefunds(
    ctx.em,
    { paymentIntentId, amountRefunded: charge['amount_refunded'], refunds },
    ctx.source,
  );
  return known ? { result: 'applied' } : parked(paymentIntentId);
};

/** `refund.*`: one refund's state; the charge's total comes with `charge.refunded`. */
const refundChanged: Handler = async (event, ctx) => {
  const refund = event.data.object;
  const paymentIntentId = idOf(refund['payment_intent']);
  if (!paymentIntentId) return { result: 'ignored', note: 'a refund without a PaymentIntent' };
  const known = await ctx.payments.recordRefunds(
    ctx.em,
    { paymentIntentId, refunds: [{ id: refund['id'], amount: refund['amount'], status: refund['status'] }] },
    ctx.source,
  );
  return known ? { result: 'applied' } : parked(paymentIntentId);
};

const dispute =
  (phase: 'created' | 'funds_withdrawn' | 'funds_reinstated' | 'closed'): Handler =>
  async (event, ctx) => {
    const d = event.data.object;
    const paymentIntentId = idOf(d['payment_intent']);
    if (!paymentIntentId) return { result: 'ignored', note: 'a dispute without a PaymentIntent' };
    const known = await ctx.payments.recordDispute(
      ctx.em,
      { paymentIntentId, phase, amount: d['amount'], status: d['status'] },
      ctx.source,
    );
    return known ? { result: 'applied' } : parked(paymentIntentId);
  };

/** A failed attempt (a declined card): on the timeline; the request stays payable. */
const paymentFailed: Handler = async (event, ctx) => {
  const intent = event.data.object;
  const requestId = (intent['metadata'] ?? {})['service_request_id'] as string | undefined;
  if (!requestId) return { result: 'ignored', note: 'no metadata.service_request_id: not one of ours' };
  const message = intent['last_payment_error']?.message ?? 'The payment attempt failed';
  const known = await ctx.payments.recordFailedAttempt(ctx.em, requestId, intent['amount'], message, ctx.source);
  return known ? { result: 'applied' } : { result: 'ignored', note: `unknown request ${requestId}` };
};

export const chargeHandlers: Record<string, Handler> = {
  'charge.refunded': refunded,
  'refund.created': refundChanged,
  'refund.updated': refundChanged,
  'refund.failed': refundChanged,
  'charge.refund.updated': refundChanged,
  'charge.dispute.created': dispute('created'),
  'charge.dispute.funds_withdrawn': dispute('funds_withdrawn'),
  'charge.dispute.funds_reinstated': dispute('funds_reinstated'),
  'charge.dispute.closed': dispute('closed'),
  'payment_intent.payment_failed': paymentFailed,
};
