import { useQuery } from '@apollo/client/react';

import { ServiceRequestDocument } from '../../../gql/graphql';

/** One request with everything the detail screen shows; live changes keep it current. */
export function useRequest(id: string) {
  const { data, loading, error, refetch } = useQuery(ServiceRequestDocument, { variables: { id } });
  return { request: data?.serviceRequest ?? null, loading: loading && !data, error, refetch };
}
