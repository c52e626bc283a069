import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import { LoginDocument, LogoutDocument, MeDocument } from '../../../gql/graphql';

/** The signed-in admin (null when signed out), from `me`. */
export function useSession() {
  const { data, loading, error, refetch } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  return { admin: data?.me ?? null, loading: loading && !data, error, refetch };
}

/** Signs in (the server sets the httpOnly cookie) and puts the admin into the cache for `useSession`. */
export function useLogin() {
  const [mutate, state] = useMutation(LoginDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.login.admin } });
    },
  });
  const login = useCallback(
    async (email: string, password: string) => {
      await mutate({ variables: { email, password } });
    },
    [mutate],
  );
  return { login, loading: state.loading, error: state.error };
}

/** Ends the session and forgets everything cached under it. */
export function useLogout() {
  const client = useApolloClient();
  const [mutate] = useMutation(LogoutDocument);
  return useCallback(async () => {
    try {
      await mutate();
    } finally {
      await client.clearStore();
      client.cache.writeQuery({ query: MeDocument, data: { me: null } });
    }
  }, [client, mutate]);
}
