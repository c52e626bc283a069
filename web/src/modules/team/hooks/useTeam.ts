import { useMutation, useQuery } from '@apollo/client/react';

import {
  CreatePasswordResetLinkDocument,
  InviteAdminDocument,
  RemoveAdminDocument,
  ResendInvitationDocument,
  RevokeInvitationDocument,
  SetAdminRoleDocument,
  TeamDocument,
} from '../../../gql/graphql';

/** The team and its open invitations (owners only). */
export function useTeam() {
  const { data, loading, error, refetch } = useQuery(TeamDocument, { fetchPolicy: 'cache-and-network' });
  return {
    admins: data?.admins ?? [],
    invitations: data?.invitations ?? [],
    loading: loading && !data,
    error,
    refetch,
  };
}

const refetchTeam = { refetchQueries: [TeamDocument], awaitRefetchQueries: true };

/** Every change to the team, each refetching the team afterwards. */
export function useTeamActions() {
  const [invite, inviting] = useMutation(InviteAdminDocument, refetchTeam);
  const [resend, resending] = useMutation(ResendInvitationDocument, refetchTeam);
  const [revoke] = useMutation(RevokeInvitationDocument, refetchTeam);
  const [setRole] = useMutation(SetAdminRoleDocument, refetchTeam);
  const [remove] = useMutation(RemoveAdminDocument, refetchTeam);
  const [resetLink] = useMutation(CreatePasswordResetLinkDocument);
  return { invite, inviting, resend, resending, revoke, setRole, remove, resetLink };
}
