import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import { OutboxDocument } from '../../../gql/graphql';

/** Mail to customers, newest first; refreshed every 15 s while shown (mail has no live feed). */
export function useOutbox() {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(OutboxDocument, {
    variables: { first: 50 },
    pollInterval: 15_000,
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.outbox;
  const loadMore = useCallback(
    () => (page?.pageInfo.hasNextPage ? fetchMore({ variables: { after: page.pageInfo.endCursor } }) : undefined),
    [fetchMore, page],
  );
  return {
    messages: page?.edges.map((e) => e.node) ?? [],
    totalCount: page?.totalCount ?? 0,
    hasNextPage: page?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    loadMore,
    refetch,
  };
}
