import { Alert, Badge, Button, Group, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';

import { ErrorState, LoadingState } from '../../../components/States';
import { formatDateTime } from '../../../lib/dates';
import { fieldErrors, generalError } from '../../../lib/errors';
import { useAccountActions, useMySessions } from '../hooks/useAccount';

/** Your password and your sessions. */
export function AccountPage() {
  const sessions = useMySessions();
  const actions = useAccountActions();
  const [changed, setChanged] = useState(false);
  const form = useForm({ initialValues: { current: '', next: '' } });
  const errors = fieldErrors(actions.changing.error);
  const general = generalError(actions.changing.error, ['current', 'next']);

  return (
    <Stack>
      <Title order={1}>Your account</Title>
      <Title order={2} size="h4">
        Change your password
      </Title>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          setChanged(false);
          actions
            .changePassword({ variables: values })
            .then(() => {
              setChanged(true);
              form.reset();
            })
            .catch(() => undefined);
        })}
      >
        <Stack maw={420}>
          {changed && (
            <Alert color="teal" role="status">
              Password changed. Your other sessions were signed out.
            </Alert>
          )}
          {general && (
            <Alert color="red" role="alert">
              {general}
            </Alert>
          )}
          <PasswordInput
            label="Current password"
            required
            autoComplete="current-password"
            {...form.getInputProps('current')}
            error={errors['current']}
          />
          <PasswordInput
            label="New password"
            description="At least 15 characters; very common passwords are refused."
            required
            autoComplete="new-password"
            {...form.getInputProps('next')}
            error={errors['next']}
          />
          <Group>
            <Button type="submit" loading={actions.changing.loading}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>

      <Title order={2} size="h4">
        Your sessions
      </Title>
      {sessions.error && sessions.sessions.length === 0 ? (
        <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.loading ? (
        <LoadingState />
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Device</Table.Th>
              <Table.Th>Address</Table.Th>
              <Table.Th>Last seen</Table.Th>
              <Table.Th>Signed in</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.sessions.map((session) => (
              <Table.Tr key={session.id} data-testid="session">
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {session.device ?? 'Unknown'}
                  </Text>
                </Table.Td>
                <Table.Td>{session.address ?? '—'}</Table.Td>
                <Table.Td>{formatDateTime(session.lastSeenAt)}</Table.Td>
                <Table.Td>{formatDateTime(session.createdAt)}</Table.Td>
                <Table.Td>
                  {session.current ? (
                    <Badge variant="light">This session</Badge>
                  ) : (
                    <Button
                      size="compact-sm"
                      variant="light"
                      color="red"
                      onClick={() => void actions.endSession({ variables: { id: session.id } }).catch(() => undefined)}
                    >
                      Sign out
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
