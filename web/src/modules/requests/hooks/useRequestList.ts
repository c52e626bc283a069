import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import {
  type ServiceRequestOrder,
  type ServiceRequestStatus,
  ServiceRequestsDocument,
  StatusCountsDocument,
} from '../../../gql/graphql';

export const PAGE_SIZE = 25;

export interface ListFilters {
  status: ServiceRequestStatus | null;
  search: string;
  orderBy: ServiceRequestOrder;
  needsAttention?: boolean;
}

/** One page of requests at a time (keyset cursors); `loadMore` appends the next page. */
export function useRequestList(filters: ListFilters) {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(ServiceRequestsDocument, {
    variables: {
      status: filters.status ? [filters.status] : null,
      search: filters.search.trim() || null,
      needsAttention: filters.needsAttention ?? null,
      orderBy: filters.orderBy,
      first: PAGE_SIZE,
    },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.serviceRequests;
  const loadMore = useCallback(() => {
    if (!page?.pageInfo.hasNextPage) return Promise.resolve();
    return fetchMore({ variables: { after: page.pageInfo.endCursor } }).then(() => undefined);
  }, [fetchMore, page]);
  return {
    requests: page?.edges.map((e) => e.node) ?? [],
    totalCount: page?.totalCount ?? 0,
    hasNextPage: page?.pageInfo.hasNextPage ?? false,
    /** Showing data of earlier filters while the new ones load. */
    stale: !data && !!previousData,
    loading,
    error,
    loadMore,
    refetch,
  };
}

/** How many requests each status has, for the tabs. */
export function useStatusCounts() {
  const { data } = useQuery(StatusCountsDocument);
  const counts = new Map<ServiceRequestStatus, number>();
  for (const c of data?.statusCounts ?? []) counts.set(c.status, c.count);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return { counts, total, loaded: !!data };
}
