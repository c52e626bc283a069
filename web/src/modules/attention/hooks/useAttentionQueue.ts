import { useRequestList } from '../../requests/hooks/useRequestList';

/** Requests flagged by the server (money that disagrees, disputes, failed refunds), oldest change first. */
export function useAttentionQueue() {
  return useRequestList({ status: null, search: '', orderBy: 'UPDATED_ASC', needsAttention: true });
}
