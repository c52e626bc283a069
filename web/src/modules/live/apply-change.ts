import type { ApolloCache, Reference } from '@apollo/client';

import { parseListKey, SERVICE_REQUESTS_FIELD } from '../../app/cache';
import {
  RequestDetailFragmentDoc,
  type ServiceRequestChangedSubscription,
  type ServiceRequestStatus,
} from '../../gql/graphql';
import { formatAmount } from '../../lib/money';
import { STATUS_LABELS } from '../requests/lifecycle';

export type ServiceRequestChange = ServiceRequestChangedSubscription['serviceRequestChanged'];

interface StoredEdge {
  __typename?: string;
  node: Reference;
}
interface StoredPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean };
  edges: readonly StoredEdge[];
}
interface StoredCount {
  __typename?: string;
  status: ServiceRequestStatus;
  count: number;
}

/**
 * Applies one pushed change to the cache, so that every screen showing the request updates
 * without a fetch: the request itself (normalized, so the detail screen and every row follow), the
 * status counts, and which loaded lists hold it (a request leaves the "Quoted" tab when it is paid,
 * a new one appears at the top of "All").
 */
export function applyServiceRequestChange(cache: ApolloCache, change: ServiceRequestChange): void {
  const request = change.serviceRequest;
  const ref = cache.writeFragment({
    fragment: RequestDetailFragmentDoc,
    fragmentName: 'RequestDetail',
    data: request,
  });
  if (!ref) return;
  const previous = change.previousStatus ?? null;
  const statusChanged = previous !== request.status;

  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      statusCounts(value: any) {
        const existing = value as readonly StoredCount[] | undefined;
        if (!existing || !statusChanged) return existing;
        const counts = existing.map((c) =>
          c.status === previous
            ? { ...c, count: Math.max(0, c.count - 1) }
            : c.status === request.status
              ? { ...c, count: c.count + 1 }
              : c,
        );
        if (!counts.some((c) => c.status === request.status)) {
          counts.push({ __typename: 'StatusCount', status: request.status, count: 1 });
        }
        return counts;
      },
      [SERVICE_REQUESTS_FIELD](value: any, { storeFieldName, readField }) {
        const existing = value as StoredPage | undefined;
        if (!existing?.edges) return existing;
        const args = parseListKey(storeFieldName);
        const idOf = (edge: StoredEdge) => readField<string>('id', edge.node);
        const present = existing.edges.some((edge) => idOf(edge) === request.id);
        const belongs =
          (!args.status || args.status.includes(request.status)) &&
          (args.needsAttention === null ||
            args.needsAttention === undefined ||
            args.needsAttention === request.needsAttention);
        // The server's search (trigram, several fields) cannot be judged here: such a list keeps
        // what it has and takes in nothing new until it is fetched again.
        if (!present && (!belongs || args.search)) return existing;

        const edges = existing.edges.filter((edge) => idOf(edge) !== request.id);
        let totalCount = existing.totalCount;
        if (present && !belongs) return { ...existing, edges, totalCount: totalCount - 1 };
        if (!present) totalCount += 1;

        const orderBy = args.orderBy ?? 'CREATED_DESC';
        const sortField = orderBy.startsWith('UPDATED') ? 'updatedAt' : 'createdAt';
        const descending = orderBy.endsWith('DESC');
        const key = request[sortField];
        const comesAfter = (edge: StoredEdge) => {
          const other = readField<string>(sortField, edge.node) ?? '';
          return descending ? other < key : other > key;
        };
        const index = edges.findIndex(comesAfter);
        // Beyond the loaded page it belongs to a page not fetched yet; "load more" will bring it.
        if (index === -1 && existing.pageInfo.hasNextPage) return { ...existing, edges, totalCount };
        const edge: StoredEdge = { __typename: 'ServiceRequestEdge', node: ref };
        const at = index === -1 ? edges.length : index;
        return { ...existing, totalCount, edges: [...edges.slice(0, at), edge, ...edges.slice(at)] };
      },
    },
  });
}

/**
 * The unobtrusive notice of a change of status: "Paid — $125.00", "New request". Changes that keep
 * the status (a resend, a note) show on screen without a toast, so toasts stay worth reading.
 */
export function describeChange(change: ServiceRequestChange): { title: string; message: string } | null {
  const r = change.serviceRequest;
  const who = r.customerName;
  if (change.previousStatus === null) return { title: 'New request', message: who };
  if (change.previousStatus === change.status) return null;
  const amount =
    change.status === 'PAID'
      ? r.amountPaid
      : change.status === 'REFUNDED'
        ? r.amountRefunded
        : change.status === 'QUOTED' || change.status === 'AWAITING_PAYMENT'
          ? r.quoteAmount
          : null;
  const label = STATUS_LABELS[change.status];
  return { title: amount ? `${label} — ${formatAmount(amount, r.currency)}` : label, message: who };
}
