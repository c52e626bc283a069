import type { EntityManager } from '@mikro-orm/postgresql';

import type { ServiceRequestStatus } from '../engine/status';
import type { Sql } from './sql';

/** The typed SQL of `request_count`: the counts the engine keeps, and their reads. */

/** Rows per (status, attention): enough that two changes rarely pick the same one. */
const SLOTS = 16;

/** Where a request is counted. */
export interface CountKey {
  status: ServiceRequestStatus;
  needsAttention: boolean;
}

const slot = () => Math.floor(Math.random() * SLOTS);

/** Counts a request out of `from` (none for a new one) and into `to`, in the change's transaction. */
export async function moveCount(tx: EntityManager, from: CountKey | undefined, to: CountKey): Promise<void> {
  const move = countMove(from, to);
  if (move) await tx.execute(move.sql, move.params);
}

/** The statement of `moveCount`, to run alone or beside a change's others; undefined when the count stays. */
export function countMove(from: CountKey | undefined, to: CountKey): Sql | undefined {
  if (from && from.status === to.status && from.needsAttention === to.needsAttention) return undefined;
  const rows: [string, boolean, number, number][] = [[to.status, to.needsAttention, slot(), 1]];
  if (from) rows.push([from.status, from.needsAttention, slot(), -1]);
  // Rows locked in one order by every change: two opposite moves cannot deadlock.
  rows.sort((a, b) => a[0].localeCompare(b[0]) || Number(a[1]) - Number(b[1]) || a[2] - b[2]);
  return {
    sql: `insert into request_count (status, needs_attention, slot, count) values ${rows.map(() => '(?, ?, ?, ?)').join(', ')}
     on conflict (status, needs_attention, slot) do update set count = request_count.count + excluded.count`,
    params: rows.flat(),
  };
}

/** Requests per status and attention state (statuses without any are left out). */
export async function readCounts(em: EntityManager): Promise<(CountKey & { count: number })[]> {
  const rows = await em.execute<{ status: ServiceRequestStatus; needs_attention: boolean; count: string }[]>(
    'select status, needs_attention, sum(count) as count from request_count group by status, needs_attention',
  );
  return rows.map((row) => ({ status: row.status, needsAttention: row.needs_attention, count: Number(row.count) }));
}

/**
 * Counts requests written without the engine (those before the counts existed, a benchmark's
 * seed) into an empty `request_count`.
 */
export const COUNT_EXISTING_SQL = `insert into request_count (status, needs_attention, slot, count)
  select status, needs_attention, 0, count(*) from service_request group by status, needs_attention`;
