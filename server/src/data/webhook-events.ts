import type { EntityManager, QueryResult } from '@mikro-orm/postgresql';

import { WebhookEventStatus as Status } from '../webhooks/webhook-event.entity';

/** The typed SQL of the Stripe events inbox (`webhook_event`): every statement that touches it. */

/** The event as recorded, to insert once. */
export interface RecordedEvent {
  id: string;
  type: string;
  livemode: boolean;
  apiVersion: string | null;
  /** The whole event as JSON (made storable by the caller). */
  payload: string;
  source: string;
  /** Stripe's `created` (seconds). */
  created: number;
}

/** Inserts the event unless known (one statement, the webhook's whole write); true when it is new. */
export async function insertEvent(em: EntityManager, e: RecordedEvent): Promise<boolean> {
  const inserted = await em.execute<QueryResult>(
    `insert into webhook_event (id, type, livemode, api_version, payload, status, source, attempts, received_at, created_at)
     values (?, ?, ?, ?, ?::jsonb, ?, ?, 0, ?::timestamptz, to_timestamp(?))
     on conflict (id) do nothing`,
    [e.id, e.type, e.livemode, e.apiVersion, e.payload, Status.RECEIVED, e.source, new Date().toISOString(), e.created],
    'run',
  );
  return inserted.affectedRows > 0;
}

/** What applying a claimed event reads of it. */
export interface ClaimedEvent {
  type: string;
  source: string;
  payload: unknown;
}

/** The event, locked, if it still needs applying and no other delivery holds it (SKIP LOCKED). */
export async function claimEvent(tx: EntityManager, id: string): Promise<ClaimedEvent | undefined> {
  const [event] = await tx.execute<ClaimedEvent[]>(
    `select type, source, payload from webhook_event where id = ? and status in (?, ?) for update skip locked`,
    [id, Status.RECEIVED, Status.FAILED],
  );
  return event;
}

/**
 * The claimed event's outcome, in the transaction of its effects. `releases`: the PaymentIntent
 * whose payment it recorded, whose parked events are made due again in the same statement; their
 * ids, in Stripe's order.
 */
export async function finishEvent(
  tx: EntityManager,
  id: string,
  outcome: { status: Status; note: string | null; waitingFor: string | null; releases?: string | undefined },
): Promise<string[]> {
  const finish = `update webhook_event set status = ?, attempts = attempts + 1, error = null, note = ?, waiting_for = ?,
       processed_at = ?::timestamptz where id = ?`;
  const params = [outcome.status, outcome.note, outcome.waitingFor, new Date().toISOString(), id];
  if (!outcome.releases) {
    await tx.execute(finish, params, 'run');
    return [];
  }
  const rows = await tx.execute<{ id: string }[]>(
    `with finished as (${finish}), ${RELEASED} select id from released order by created_at`,
    [...params, Status.RECEIVED, Status.PARKED, outcome.releases],
  );
  return rows.map((row) => row.id);
}

/**
 * A failed attempt: RECEIVED again (`later`: Stripe unreachable) or FAILED, with the error and a
 * next attempt after an exponential backoff (2 s … 1 h). Returns its type, or undefined when unknown.
 */
export async function failEvent(
  em: EntityManager,
  id: string,
  later: boolean,
  error: string,
): Promise<string | undefined> {
  const [row] = await em.execute<{ type: string }[]>(
    `update webhook_event set status = ?, attempts = attempts + 1, error = ?,
       next_attempt_at = now() + least(power(2, attempts + 1) * interval '1 second', interval '1 hour')
     where id = ? returning type`,
    [later ? Status.RECEIVED : Status.FAILED, error, id],
  );
  return row?.type;
}

export async function eventStatus(em: EntityManager, id: string): Promise<Status | undefined> {
  const [row] = await em.execute<{ status: Status }[]>('select status from webhook_event where id = ?', [id]);
  return row?.status;
}

/** A failed, ignored or parked event made due again (an admin's replay); false when there was none. */
export async function resetEvent(em: EntityManager, id: string): Promise<boolean> {
  const reset = await em.execute<QueryResult>(
    'update webhook_event set status = ? where id = ? and status in (?, ?, ?)',
    [Status.RECEIVED, id, Status.FAILED, Status.IGNORED, Status.PARKED],
    'run',
  );
  return reset.affectedRows > 0;
}

/** Events recorded over `claimAfterMs` ago and not applied, and failed ones whose backoff elapsed. */
export async function dueEvents(
  em: EntityManager,
  limit: number,
  claimAfterMs: number,
  maxAttempts: number,
): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `select id from webhook_event
     where (status = ? and received_at < ?::timestamptz and (next_attempt_at is null or next_attempt_at <= now()))
        or (status = ? and attempts < ? and next_attempt_at <= now())
     order by created_at limit ?`,
    [Status.RECEIVED, new Date(Date.now() - claimAfterMs).toISOString(), Status.FAILED, maxAttempts, limit],
  );
  return rows.map((row) => row.id);
}

/** Parked events waiting for a PaymentIntent, made due again (a CTE: status, parked status, PaymentIntent). */
const RELEASED = `released as (
  update webhook_event set status = ? where status = ? and waiting_for = ? returning id, created_at)`;

/** Events parked until the payment of `paymentIntentId` was known, made due again; their ids, in Stripe's order. */
export async function unparkEvents(em: EntityManager, paymentIntentId: string): Promise<string[]> {
  // A refund's creation before its update.
  const rows = await em.execute<{ id: string }[]>(`with ${RELEASED} select id from released order by created_at`, [
    Status.RECEIVED,
    Status.PARKED,
    paymentIntentId,
  ]);
  return rows.map((row) => row.id);
}

/** Parked events whose payment is known after all, made due again (a sweep after a crash); their ids, in Stripe's order. */
export async function unparkKnownPayments(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    `with released as (
       update webhook_event set status = ? where status = ?
         and waiting_for in (select stripe_payment_intent_id from payment) returning id, created_at)
     select id from released order by created_at`,
    [Status.RECEIVED, Status.PARKED],
  );
  return rows.map((row) => row.id);
}
