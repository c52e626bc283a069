import { useMutation } from '@apollo/client/react';

import { type RequestServiceInput, CreateServiceRequestDocument } from '../../../gql/graphql';

export function useCreateRequest() {
  const [mutate, { loading, error, reset }] = useMutation(CreateServiceRequestDocument);
  const create = async (input: RequestServiceInput) => {
    const { data } = await mutate({ variables: { input } });
    return data?.createServiceRequest ?? null;
  };
  return { create, loading, error, reset };
}
