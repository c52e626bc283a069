import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The typed SQL of `attention_cause` rows: the only code that writes them. Which causes a request
 * has is derived in payments/payment-events.service.ts; the admin resolves them
 * (service-requests/service-request.service.ts).
 */

/** Removes the request's open causes of `kinds` whose `kind subject` is not in `kept`. */
export async function removeOpenCauses(
  tx: EntityManager,
  requestId: string,
  kinds: readonly string[],
  kept: readonly string[],
): Promise<void> {
  await tx.execute(
    `delete from attention_cause where service_request_id = ? and resolved_at is null and kind in (?)
       and (kind || ' ' || subject) not in (?)`,
    [requestId, kinds, ['', ...kept]],
  );
}

/** Opens a cause, or rewrites the note of the same cause while it is open (a resolved one stays resolved). */
export async function openCause(
  tx: EntityManager,
  requestId: string,
  cause: { kind: string; subject: string; note: string },
): Promise<void> {
  await tx.execute(
    `insert into attention_cause (id, service_request_id, kind, subject, note, opened_at)
     values (?, ?, ?, ?, ?, ?::timestamptz)
     on conflict (service_request_id, kind, subject) do update set note = excluded.note
       where attention_cause.resolved_at is null`,
    [randomUUID(), requestId, cause.kind, cause.subject, cause.note, new Date().toISOString()],
  );
}

/** The notes of the request's open causes, oldest first. */
export async function openCauseNotes(tx: EntityManager, requestId: string): Promise<string[]> {
  const open = await tx.execute<{ note: string }[]>(
    'select note from attention_cause where service_request_id = ? and resolved_at is null order by opened_at, kind, subject',
    [requestId],
  );
  return open.map((c) => c.note);
}

/** Resolves every open cause of the request, now. */
export async function resolveOpenCauses(tx: EntityManager, requestId: string): Promise<void> {
  await tx.execute(
    'update attention_cause set resolved_at = ?::timestamptz where service_request_id = ? and resolved_at is null',
    [new Date().toISOString(), requestId],
  );
}
