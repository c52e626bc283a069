import type { EntityManager } from '@mikro-orm/postgresql';

import type { Feed } from '../live/listener';
import { type LivePubSub, topic } from '../live/pubsub';
import type { RequestView } from './request-reads';
import type { ServiceRequestChange } from './service-request-change.type';
import type { ChangeSource, ServiceRequestStatus } from './service-request-status';

/** pg_notify channel of request changes (the log row as JSON). */
const CHANNEL = 'service_request_changed';
/** How long the change log is kept: far longer than any listener stays disconnected. */
const LOG_RETENTION = '1 day';

export const SERVICE_REQUEST_CHANGED = topic<ServiceRequestChange>('SERVICE_REQUEST_CHANGED');

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
 * Tells every replica (this one included) of a change, from inside the change's transaction:
 * PostgreSQL delivers the notification when, and only if, that transaction commits. The change
 * is logged in the same statement, so a replica that was not listening then can catch up.
 */
export async function notifyChange(
  tx: EntityManager,
  change: { id: string; previousStatus?: ServiceRequestStatus; status: ServiceRequestStatus; source: ChangeSource },
): Promise<void> {
  await tx.execute(
    `with logged as (
       insert into service_request_change (service_request_id, previous_status, status, source)
       values (?, ?, ?, ?) returning ${NOTICE_COLUMNS})
     select pg_notify(?, row_to_json(logged)::text) from logged`,
    [change.id, change.previousStatus ?? null, change.status, change.source, CHANNEL],
  );
}

/**
 * Request changes for live subscribers: each published once, with the request as committed now
 * (`loadRequest`: a row, not an entity, since it is only shown), the payload built once whatever
 * the number of subscribers. The change log makes the feed durable across a lost connection.
 */
export function requestChangesFeed(
  pubSub: LivePubSub,
  loadRequest: (id: string) => Promise<RequestView | null>,
): Feed<ChangeNotice> {
  return {
    channel: CHANNEL,
    parse: (payload) => JSON.parse(payload) as ChangeNotice,
    position: (notice) => ({ seq: notice.seq, at: new Date(notice.at) }),
    missed: async (db, from) =>
      (
        await db.query<ChangeNotice>(
          `select ${NOTICE_COLUMNS} from service_request_change where at > $1 order by seq`,
          [from],
        )
      ).rows,
    deliver: async (notice) => {
      const serviceRequest = await loadRequest(notice.id);
      if (!serviceRequest) return;
      pubSub.publish(SERVICE_REQUEST_CHANGED, {
        serviceRequest,
        previousStatus: notice.previousStatus ?? undefined,
        status: notice.status,
        source: notice.source,
        at: new Date(notice.at),
      });
    },
    prune: (db) => db.query(`delete from service_request_change where at < now() - interval '${LOG_RETENTION}'`),
  };
}
