import { OutboxDocument } from '../../../gql/graphql';
import { usePagedConnection } from '../../../lib/usePagedConnection';

/** Mail to customers, newest first; refreshed every 15 s while shown (mail has no live feed). */
export function useOutbox() {
  return usePagedConnection(OutboxDocument, { variables: { first: 50 }, pollInterval: 15_000 }, (data) => data.outbox);
}
