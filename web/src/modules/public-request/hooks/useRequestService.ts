import { useMutation } from '@apollo/client/react';

import { type RequestServiceInput, RequestServiceDocument } from '../../../gql/graphql';

/** The public form's one call: no login, rate-limited per client by the server. */
export function useRequestService() {
  const [mutate, { data, loading, error }] = useMutation(RequestServiceDocument);
  const submit = (input: RequestServiceInput) => mutate({ variables: { input } });
  return { submit, receipt: data?.requestService ?? null, loading, error };
}
