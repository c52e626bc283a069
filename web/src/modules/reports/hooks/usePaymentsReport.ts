import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';

import {
  type PaymentsInPeriodQuery,
  type PaymentsInPeriodQueryVariables,
  PaymentsInPeriodDocument,
} from '../../../gql/graphql';
import type { ReportPayment } from '../report';

const PAGE = 100;
/** A safety stop: 50 pages are 5,000 requests touched in the period. */
const MAX_PAGES = 50;

/**
 * Every payment of requests updated since `from`. Requests come newest update first; a payment
 * made in the period updated its request then or later, so paging stops at the first request last
 * updated before `from`.
 */
export function usePaymentsInPeriod(from: Date | null, to: Date | null) {
  const client = useApolloClient();
  const [state, setState] = useState<{
    payments: ReportPayment[];
    loading: boolean;
    error: unknown;
    truncated: boolean;
  }>({ payments: [], loading: false, error: null, truncated: false });
  const [attempt, setAttempt] = useState(0);
  const fromMs = from?.getTime();
  const toMs = to?.getTime();

  useEffect(() => {
    if (fromMs === undefined || toMs === undefined) return;
    let cancelled = false;
    setState((s) => ({ ...s, loading: true, error: null }));
    (async () => {
      const payments: ReportPayment[] = [];
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const variables: PaymentsInPeriodQueryVariables = { first: PAGE, after };
        const { data }: { data?: PaymentsInPeriodQuery | undefined } = await client.query({
          query: PaymentsInPeriodDocument,
          variables,
          fetchPolicy: 'no-cache',
        });
        if (!data) break;
        const { edges, pageInfo } = data.serviceRequests;
        for (const { node } of edges) {
          for (const p of node.payments) payments.push({ ...p, requestId: node.id, customerName: node.customerName });
        }
        const last = edges.at(-1)?.node;
        if (!pageInfo.hasNextPage || !last || new Date(last.updatedAt).getTime() < fromMs) {
          return { payments, truncated: false };
        }
        after = pageInfo.endCursor;
      }
      return { payments, truncated: true };
    })().then(
      (result) => !cancelled && setState({ ...result, loading: false, error: null }),
      (error: unknown) => !cancelled && setState({ payments: [], loading: false, error, truncated: false }),
    );
    return () => {
      cancelled = true;
    };
  }, [client, fromMs, toMs, attempt]);

  return { ...state, retry: () => setAttempt((n) => n + 1) };
}
