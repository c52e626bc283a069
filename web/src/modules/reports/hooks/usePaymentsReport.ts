import { useQuery } from '@apollo/client/react';

import { PaymentsReportDocument } from '../../../gql/graphql';

/**
 * The server's totals for [from, to), its days those of `timeZone` (the business's); skipped until
 * both ends of the period and the zone are known.
 */
export function usePaymentsReport(from: Date | null, to: Date | null, currency: string | null, timeZone?: string) {
  const { data, previousData, loading, error, refetch } = useQuery(PaymentsReportDocument, {
    variables: { from: from?.toISOString() ?? '', to: to?.toISOString() ?? '', currency, timeZone },
    skip: !from || !to || !timeZone,
    notifyOnNetworkStatusChange: true,
  });
  return { report: (data ?? previousData)?.paymentsReport ?? null, loading, error, retry: () => void refetch() };
}
