import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import {
  AcceptInvitationDocument,
  ChangePasswordDocument,
  EndSessionDocument,
  MeDocument,
  MySessionsDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
} from '../../../gql/graphql';

/** Your live sessions. */
export function useMySessions() {
  const { data, loading, error, refetch } = useQuery(MySessionsDocument, { fetchPolicy: 'cache-and-network' });
  return { sessions: data?.mySessions ?? [], loading: loading && !data, error, refetch };
}

export function useAccountActions() {
  const [changePassword, changing] = useMutation(ChangePasswordDocument, {
    refetchQueries: [MySessionsDocument],
  });
  const [endSession] = useMutation(EndSessionDocument, { refetchQueries: [MySessionsDocument] });
  const [requestReset, requesting] = useMutation(RequestPasswordResetDocument);
  return { changePassword, changing, endSession, requestReset, requesting };
}

/**
 * The public links that sign someone in: joining through an invitation, a password reset. The
 * server sets the session cookie; the admin goes into the cache for `useSession`.
 */
export function useSignInByLink() {
  const client = useApolloClient();
  const [accept, accepting] = useMutation(AcceptInvitationDocument);
  const [reset, resetting] = useMutation(ResetPasswordDocument);
  const signedIn = useCallback(
    (admin: { id: string; email: string; name: string | null; role: 'OWNER' | 'STAFF' }) =>
      client.cache.writeQuery({ query: MeDocument, data: { me: { __typename: 'Admin', ...admin } } }),
    [client],
  );
  return {
    accept: async (token: string, name: string, password: string) => {
      const { data } = await accept({ variables: { token, name, password } });
      if (data) signedIn(data.acceptInvitation.admin);
    },
    reset: async (token: string, password: string) => {
      const { data } = await reset({ variables: { token, password } });
      if (data) signedIn(data.resetPassword.admin);
    },
    loading: accepting.loading || resetting.loading,
    error: accepting.error ?? resetting.error,
  };
}
