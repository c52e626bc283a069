import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import type { RefundStatus } from '../payments/refund.entity';
import type { StoredStripeState } from './payments';

/**
 * The typed SQL of `refund` rows: the only code that writes them. Which state a refund keeps is
 * decided by the state rules, in payments/payment-events.service.ts.
 */

/** The stored Stripe state of refund `stripeRefundId`, if it is recorded. */
export async function refundState(tx: EntityManager, stripeRefundId: string): Promise<StoredStripeState | undefined> {
  const [row] = await tx.execute<StoredStripeState[]>(
    'select id, stripe_state, state_at from refund where stripe_refund_id = ?',
    [stripeRefundId],
  );
  return row;
}

/** Records a refund of the payment, or moves a recorded one to `state` (reported at `at`). */
export async function upsertRefund(
  tx: EntityManager,
  r: { paymentId: string; stripeRefundId: string; amount: number; status: RefundStatus; state: string; at: Date },
): Promise<void> {
  await tx.execute(
    `insert into refund (id, payment_id, stripe_refund_id, amount, status, stripe_state, state_at, created_at)
     values (?, ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz)
     on conflict (stripe_refund_id) do update set status = excluded.status, stripe_state = excluded.stripe_state,
       state_at = excluded.state_at`,
    [
      randomUUID(),
      r.paymentId,
      r.stripeRefundId,
      r.amount,
      r.status,
      r.state,
      r.at.toISOString(),
      new Date().toISOString(),
    ],
  );
}
