import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import { currentActing } from '../common/acting';

export interface AuditDraft {
  kind: string;
  target?: string | undefined;
  detail?: string | undefined;
  /** Who, when not the admin acting (common/acting.ts): a public page's visitor, an admin just signed in. */
  actor?: { name: string; adminId?: string | undefined; address?: string | undefined };
}

/** Records an audit event in the caller's transaction (or alone), naming the admin acting unless told otherwise. */
export async function audit(em: EntityManager, draft: AuditDraft): Promise<void> {
  const actor = draft.actor ?? currentActing() ?? { name: 'system' };
  await em.execute(
    `insert into audit_event (id, at, kind, actor_id, actor, address, target, detail, count)
     values (gen_random_uuid(), now(), ?, ?, ?, ?, ?, ?, 1)`,
    [draft.kind, actor.adminId ?? null, actor.name, actor.address ?? null, draft.target ?? null, draft.detail ?? null],
  );
}

/**
 * A failed sign-in: one event per account, address and minute, whose count grows with each
 * repeat, so that a guessing run shows as a few lines, not thousands.
 */
export async function auditSignInFailure(em: EntityManager, account: string, address: string): Promise<void> {
  const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
  await em.execute(
    `insert into audit_event (id, at, kind, actor, address, target, count, repeat_key)
     values (gen_random_uuid(), now(), 'SIGN_IN_FAILED', 'someone', ?, ?, 1, ?)
     on conflict (repeat_key) do update set count = audit_event.count + 1, at = excluded.at`,
    [address, account, `${account} ${address} ${minute}`],
  );
}

/** Drops the events older than `retentionMs` (AUDIT_RETENTION); returns how many. */
export async function pruneAuditLog(em: EntityManager, retentionMs: number): Promise<number> {
  const rows = await em.execute<{ id: string }[]>('delete from audit_event where at < ? returning id', [
    new Date(Date.now() - retentionMs),
  ]);
  return rows.length;
}

/** Prunes at start and hourly (on every replica: the delete is idempotent). Returns the stop. */
export function startAuditPruning(em: EntityManager, retentionMs: number, log: Logger): () => void {
  const run = () =>
    void pruneAuditLog(em.fork(), retentionMs).catch((error: unknown) =>
      log.error({ err: error }, 'pruning the audit log failed'),
    );
  run();
  const timer = setInterval(run, 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
