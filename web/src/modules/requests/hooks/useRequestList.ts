import { useQuery } from '@apollo/client/react';

import {
  type ServiceRequestOrder,
  type ServiceRequestStatus,
  ServiceRequestsDocument,
  StatusCountsDocument,
} from '../../../gql/graphql';
import { usePagedConnection } from '../../../lib/usePagedConnection';

export const PAGE_SIZE = 25;

export interface ListFilters {
  status: ServiceRequestStatus | null;
  search: string;
  orderBy: ServiceRequestOrder;
  needsAttention?: boolean;
}

/** One page of requests at a time (keyset cursors); `loadMore` appends the next page. */
export function useRequestList(filters: ListFilters) {
  return usePagedConnection(
    ServiceRequestsDocument,
    {
      variables: {
        status: filters.status ? [filters.status] : null,
        search: filters.search.trim() || null,
        needsAttention: filters.needsAttention ?? null,
        orderBy: filters.orderBy,
        first: PAGE_SIZE,
      },
    },
    (data) => data.serviceRequests,
  );
}

/** How many requests each status has, for the tabs. */
export function useStatusCounts() {
  const { data } = useQuery(StatusCountsDocument);
  const counts = new Map<ServiceRequestStatus, number>();
  for (const c of data?.statusCounts ?? []) counts.set(c.status, c.count);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return { counts, total, loaded: !!data };
}
