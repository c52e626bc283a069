import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The typed SQL of `dispute` rows: the only code that writes them. Which state a dispute keeps is
 * decided by the state rules, in payments/payment-events.service.ts.
 */

/** The stored state of dispute `stripeDisputeId` and how many balance transactions it counted, if recorded. */
export async function disputeState(
  tx: EntityManager,
  stripeDisputeId: string,
): Promise<{ status: string; state_at: string; balance_transactions: number } | undefined> {
  const [row] = await tx.execute<{ status: string; state_at: string; balance_transactions: number }[]>(
    'select status, state_at, balance_transactions from dispute where stripe_dispute_id = ?',
    [stripeDisputeId],
  );
  return row;
}

/**
 * Records a dispute of the payment, or updates a recorded one: its state only when `applies` (the
 * state rules chose the fact), its money figures only from a fact that saw more balance transactions.
 */
export async function upsertDispute(
  tx: EntityManager,
  d: {
    paymentId: string;
    stripeDisputeId: string;
    state: string;
    reason: string | undefined;
    amount: number;
    evidenceDueBy: Date | undefined;
    withdrawn: number;
    fees: number;
    balanceTransactions: number;
    stateAt: Date;
    applies: boolean;
  },
): Promise<void> {
  await tx.execute(
    `insert into dispute (id, payment_id, stripe_dispute_id, status, reason, amount, evidence_due_by,
       amount_withdrawn, fees, balance_transactions, state_at, created_at)
     values (?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?, ?, ?::timestamptz, ?::timestamptz)
     on conflict (stripe_dispute_id) do update set
       status = case when ? then excluded.status else dispute.status end,
       state_at = case when ? then excluded.state_at else dispute.state_at end,
       reason = coalesce(excluded.reason, dispute.reason),
       evidence_due_by = coalesce(excluded.evidence_due_by, dispute.evidence_due_by),
       amount_withdrawn = case when excluded.balance_transactions > dispute.balance_transactions
         then excluded.amount_withdrawn else dispute.amount_withdrawn end,
       fees = case when excluded.balance_transactions > dispute.balance_transactions
         then excluded.fees else dispute.fees end,
       balance_transactions = greatest(excluded.balance_transactions, dispute.balance_transactions)`,
    [
      randomUUID(),
      d.paymentId,
      d.stripeDisputeId,
      d.state,
      d.reason ?? null,
      d.amount,
      d.evidenceDueBy?.toISOString() ?? null,
      d.withdrawn,
      d.fees,
      d.balanceTransactions,
      d.stateAt.toISOString(),
      new Date().toISOString(),
      d.applies,
      d.applies,
    ],
  );
}
