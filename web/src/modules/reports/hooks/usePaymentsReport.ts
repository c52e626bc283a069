import { useQuery } from '@apollo/client/react';

import { PaymentsReportDocument } from '../../../gql/graphql';

/** The browser's own time zone, so that the report's days are the admin's calendar days. */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The server's totals for [from, to); skipped until both ends of the period are chosen. */
export function usePaymentsReport(from: Date | null, to: Date | null, currency: string | null) {
  const { data, previousData, loading, error, refetch } = useQuery(PaymentsReportDocument, {
    variables: { from: from?.toISOString() ?? '', to: to?.toISOString() ?? '', currency, timeZone },
    skip: !from || !to,
    notifyOnNetworkStatusChange: true,
  });
  return { report: (data ?? previousData)?.paymentsReport ?? null, loading, error, retry: () => void refetch() };
}
