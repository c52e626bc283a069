import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { ReplayWebhookEventDocument, WebhookEventsDocument } from '../../../gql/graphql';
import { usePagedConnection } from '../../../lib/usePagedConnection';

/** Stripe's events, newest first, by state (null: all). */
export function useWebhookEvents(status: string | null) {
  return usePagedConnection(WebhookEventsDocument, { variables: { status, first: 50 } }, (data) => data.webhookEvents);
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
