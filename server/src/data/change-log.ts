import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';

import type { ChangeSource, ServiceRequestStatus } from '../engine/status';

/**
 * The typed SQL of the request change log (`service_request_change`): every change told to live
 * subscribers, written with the change, so that a listener that lost its connection catches up.
 */

/** pg_notify channel of request changes (the log row as JSON). */
export const CHANGE_CHANNEL = 'service_request_changed';
/** How long the change log is kept: far longer than any listener stays disconnected. */
const LOG_RETENTION = '1 day';

export interface ChangeNotice {
  /** The change's place in the log; absent only in notices from replicas older than the log. */
  seq?: string;
  id: string;
  previousStatus?: ServiceRequestStatus | null;
  status: ServiceRequestStatus;
  source: ChangeSource;
  at: string | Date;
}

/** The log row, shaped as a notice, by both the notification and the catch-up after a reconnect. */
const NOTICE_COLUMNS = `seq::text, service_request_id as id, previous_status as "previousStatus", status, source, at`;

/**
 * Logs a change and notifies every replica of it in one statement, inside the change's
 * transaction: PostgreSQL delivers the notification when, and only if, that transaction commits.
 */
export async function logChange(
  tx: EntityManager,
  change: { id: string; previousStatus?: ServiceRequestStatus; status: ServiceRequestStatus; source: ChangeSource },
): Promise<void> {
  await tx.execute(
    `with logged as (
       insert into service_request_change (service_request_id, previous_status, status, source)
       values (?, ?, ?, ?) returning ${NOTICE_COLUMNS})
     select pg_notify(?, row_to_json(logged)::text) from logged`,
    [change.id, change.previousStatus ?? null, change.status, change.source, CHANGE_CHANNEL],
  );
}

type Db = Pick<pg.Client, 'query'>;

/** The changes logged after `from`, in log order (on the listener's own connection). */
export async function changesSince(db: Db, from: Date): Promise<ChangeNotice[]> {
  return (
    await db.query<ChangeNotice>(`select ${NOTICE_COLUMNS} from service_request_change where at > $1 order by seq`, [
      from,
    ])
  ).rows;
}

export function pruneChangeLog(db: Db): Promise<unknown> {
  return db.query(`delete from service_request_change where at < now() - interval '${LOG_RETENTION}'`);
}
