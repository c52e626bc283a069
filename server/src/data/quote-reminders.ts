import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The typed SQL of `quote_reminder` (reminders/quote-reminder.entity.ts): each step of a quote
 * version's mail, claimed in the transaction that queues it.
 */

/** The step of the quote's own sending: reminders count their days from its first one. */
export const QUOTE_SENT = 'SENT';

/** Claims `step` of the request's current quote; false when it was claimed already (it goes once). */
export async function claimQuoteStep(
  tx: EntityManager,
  request: { id: string; quoteVersion: number },
  step: string,
  at = new Date(),
): Promise<boolean> {
  const rows = await tx.execute<{ step: string }[]>(
    `insert into quote_reminder (service_request_id, quote_version, step, sent_at) values (?, ?, ?, ?::timestamptz)
     on conflict do nothing returning step`,
    [request.id, request.quoteVersion, step, at.toISOString()],
  );
  return rows.length > 0;
}
