import { AuditLogDocument } from '../../../gql/graphql';
import { usePagedConnection } from '../../../lib/usePagedConnection';

/** What admins did, newest first (owners only); refreshed every 30 s while shown. */
export function useAuditLog(kind: string | null) {
  return usePagedConnection(
    AuditLogDocument,
    { variables: { first: 50, kind }, pollInterval: 30_000 },
    (data) => data.auditLog,
  );
}
