import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import { ReplayWebhookEventDocument, WebhookEventsDocument } from '../../../gql/graphql';

export function useWebhookEvents(status: string | null) {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(WebhookEventsDocument, {
    variables: { status, first: 50 },
    notifyOnNetworkStatusChange: true,
  });
  const page = (data ?? previousData)?.webhookEvents;
  const loadMore = useCallback(
    () => (page?.pageInfo.hasNextPage ? fetchMore({ variables: { after: page.pageInfo.endCursor } }) : undefined),
    [fetchMore, page],
  );
  return {
    events: page?.edges.map((e) => e.node) ?? [],
    totalCount: page?.totalCount ?? 0,
    hasNextPage: page?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    loadMore,
    refetch,
  };
}

/** Applies a failed, ignored or parked event again, then shows the list as it is now. */
export function useReplayWebhookEvent() {
  const [mutate, { loading, error }] = useMutation(ReplayWebhookEventDocument, {
    refetchQueries: [WebhookEventsDocument],
    awaitRefetchQueries: true,
  });
  const replay = useCallback(
    async (id: string) => {
      const { data } = await mutate({ variables: { id } });
      return data?.replayWebhookEvent ?? false;
    },
    [mutate],
  );
  return { replay, loading, error };
}
