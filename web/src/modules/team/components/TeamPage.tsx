import { Alert, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { ErrorState, LoadingState } from '../../../components/States';
import type { AdminRole } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { fieldErrors, generalError } from '../../../lib/errors';
import { useSession } from '../../auth/hooks/useSession';
import { useTeam, useTeamActions } from '../hooks/useTeam';
import { CopyLink } from './CopyLink';

const ROLES: { value: AdminRole; label: string }[] = [
  { value: 'STAFF', label: 'Staff' },
  { value: 'OWNER', label: 'Owner' },
];

/** Owners: who is on the team, invitations, roles, removals. */
export function TeamPage() {
  const team = useTeam();
  const actions = useTeamActions();
  const { admin: me } = useSession();
  const [link, setLink] = useState<{ label: string; url: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<{ email: string; role: AdminRole }>({ initialValues: { email: '', role: 'STAFF' } });

  /** Runs a change, showing its error (the team's rules: one owner at least, …) above the lists. */
  const run = async (change: () => Promise<unknown>) => {
    setError(null);
    try {
      await change();
    } catch (caught) {
      setError(caught);
    }
  };

  if (team.error && team.admins.length === 0)
    return <ErrorState error={team.error} onRetry={() => void team.refetch()} />;
  if (team.loading) return <LoadingState />;
  const inviteErrors = fieldErrors(error);

  return (
    <Stack>
      <Title order={1}>Team</Title>
      <Text size="sm" c="dimmed">
        Staff can quote, send links, take payments and run campaigns; only owners refund, resolve attention, see
        reports, events, the outbox and the audit log, and manage the team.
      </Text>
      {link && <CopyLink label={link.label} link={link.url} onClose={() => setLink(null)} />}
      {generalError(error, ['email']) && (
        <Alert color="red" role="alert">
          {generalError(error, ['email'])}
        </Alert>
      )}

      <form
        onSubmit={form.onSubmit(
          (values) =>
            void run(async () => {
              const { data } = await actions.invite({ variables: { email: values.email.trim(), role: values.role } });
              if (data?.inviteAdmin.link)
                setLink({ label: `Invitation for ${data.inviteAdmin.email}`, url: data.inviteAdmin.link });
              form.reset();
            }),
        )}
      >
        <Group align="flex-end">
          <TextInput
            label="Invite by email"
            type="email"
            required
            {...form.getInputProps('email')}
            error={inviteErrors['email']}
          />
          <Select label="Role" data={ROLES} allowDeselect={false} {...form.getInputProps('role')} />
          <Button type="submit" loading={actions.inviting.loading}>
            Invite
          </Button>
        </Group>
      </form>

      <Title order={2} size="h4">
        Admins
      </Title>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {team.admins.map((admin) => (
            <Table.Tr key={admin.id} data-testid="team-admin">
              <Table.Td>{admin.name ?? '—'}</Table.Td>
              <Table.Td>{admin.email}</Table.Td>
              <Table.Td>
                {admin.removedAt ? (
                  <Badge color="gray">removed {formatDateTime(admin.removedAt)}</Badge>
                ) : (
                  <Select
                    aria-label={`Role of ${admin.email}`}
                    data={ROLES}
                    value={admin.role}
                    allowDeselect={false}
                    onChange={(role) =>
                      role && void run(() => actions.setRole({ variables: { id: admin.id, role: role as AdminRole } }))
                    }
                  />
                )}
              </Table.Td>
              <Table.Td>
                {!admin.removedAt && (
                  <Group gap="xs">
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() =>
                        void run(async () => {
                          const { data } = await actions.resetLink({ variables: { id: admin.id } });
                          if (data)
                            setLink({
                              label: `Password reset for ${admin.email} (one hour)`,
                              url: data.createPasswordResetLink,
                            });
                        })
                      }
                    >
                      Reset link
                    </Button>
                    {admin.id !== me?.id && (
                      <Button
                        size="compact-sm"
                        color="red"
                        variant="light"
                        onClick={() => {
                          if (window.confirm(`Remove ${admin.email}? They are signed out at once.`))
                            void run(() => actions.remove({ variables: { id: admin.id } }));
                        }}
                      >
                        Remove
                      </Button>
                    )}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <Title order={2} size="h4">
        Invitations
      </Title>
      {team.invitations.length === 0 ? (
        <Text size="sm" c="dimmed">
          No open invitations.
        </Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {team.invitations.map((invitation) => (
              <Table.Tr key={invitation.id} data-testid="team-invitation">
                <Table.Td>{invitation.email}</Table.Td>
                <Table.Td>{invitation.role.toLowerCase()}</Table.Td>
                <Table.Td>{formatDateTime(invitation.expiresAt)}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button
                      size="compact-sm"
                      variant="light"
                      loading={actions.resending.loading}
                      onClick={() =>
                        void run(async () => {
                          const { data } = await actions.resend({ variables: { id: invitation.id } });
                          if (data?.resendInvitation.link)
                            setLink({
                              label: `New invitation link for ${invitation.email}`,
                              url: data.resendInvitation.link,
                            });
                        })
                      }
                    >
                      Resend
                    </Button>
                    <Button
                      size="compact-sm"
                      color="red"
                      variant="light"
                      onClick={() => void run(() => actions.revoke({ variables: { id: invitation.id } }))}
                    >
                      Revoke
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
