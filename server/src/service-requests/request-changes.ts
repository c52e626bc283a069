import { CHANGE_CHANNEL, type ChangeNotice, changesSince, pruneChangeLog } from '../data/change-log';
import type { RequestView } from '../data/requests';
import type { Feed } from '../live/listener';
import { type LivePubSub, topic } from '../live/pubsub';
import type { ServiceRequestChange } from './service-request-change.type';

export const SERVICE_REQUEST_CHANGED = topic<ServiceRequestChange>('SERVICE_REQUEST_CHANGED');

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
    channel: CHANGE_CHANNEL,
    parse: (payload) => JSON.parse(payload) as ChangeNotice,
    position: (notice) => ({ seq: notice.seq, at: new Date(notice.at) }),
    missed: changesSince,
    deliver: async (notice) => {
      if (!pubSub.hasSubscribers(SERVICE_REQUEST_CHANGED)) return;
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
    prune: pruneChangeLog,
  };
}
