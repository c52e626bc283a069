import { useQuery } from '@apollo/client/react';

import { CustomerDocument, CustomersDocument } from '../../../gql/graphql';
import { usePagedConnection } from '../../../lib/usePagedConnection';

export const CUSTOMERS_PAGE_SIZE = 25;

export interface CustomerFilters {
  search: string;
  /** null: every customer */
  hasSavedCard: boolean | null;
}

/** The filters as the API takes them, both for the list and for a campaign to these customers. */
export function customerFilterInput(filters: CustomerFilters) {
  return { search: filters.search.trim() || null, hasSavedCard: filters.hasSavedCard };
}

/** One page of customers at a time (keyset cursors); `loadMore` appends the next page. */
export function useCustomers(filters: CustomerFilters) {
  return usePagedConnection(
    CustomersDocument,
    { variables: { ...customerFilterInput(filters), first: CUSTOMERS_PAGE_SIZE } },
    (data) => data.customers,
  );
}

export function useCustomer(id: string) {
  const { data, loading, error, refetch } = useQuery(CustomerDocument, { variables: { id } });
  return { customer: data?.customer ?? null, loaded: !!data, loading, error, refetch };
}

/**
 * `totalPaid` is in the server's default currency (CURRENCY), which the API does not expose: the
 * currency of the customer's newest request stands in for it (quotes default to CURRENCY).
 */
export function totalPaidCurrency(requests: readonly { currency: string }[]): string {
  return requests[0]?.currency ?? 'usd';
}
