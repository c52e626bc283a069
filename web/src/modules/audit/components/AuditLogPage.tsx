import { Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { EmptyState, ErrorState, LoadingState, PageFooter } from '../../../components/States';
import { formatDateTime } from '../../../lib/dates';
import { useAuditLog } from '../hooks/useAuditLog';

const KINDS = [
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'INVITED',
  'INVITATION_RESENT',
  'INVITATION_REVOKED',
  'INVITATION_ACCEPTED',
  'ROLE_CHANGED',
  'ADMIN_REMOVED',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  'RESET_LINK_CREATED',
  'SESSION_ENDED',
  'REFUND',
  'DISPUTE_EVIDENCE',
  'MANUAL_PAYMENT',
  'PAY_URL_ROTATED',
  'WEBHOOK_REPLAYED',
];
const label = (kind: string) => kind.toLowerCase().replaceAll('_', ' ');

/** Owners: who did what, when, from where. */
export function AuditLogPage() {
  const [kind, setKind] = useState<string | null>(null);
  const log = useAuditLog(kind);
  return (
    <Stack>
      <Title order={1}>Audit log</Title>
      <Select
        label="Kind"
        placeholder="Everything"
        clearable
        maw={260}
        data={KINDS.map((value) => ({ value, label: label(value) }))}
        value={kind}
        onChange={setKind}
      />
      {log.error && log.nodes.length === 0 ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : log.loading && log.nodes.length === 0 ? (
        <LoadingState />
      ) : log.nodes.length === 0 ? (
        <EmptyState title="Nothing recorded yet" />
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>What</Table.Th>
              <Table.Th>Who</Table.Th>
              <Table.Th>From</Table.Th>
              <Table.Th>On</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.nodes.map((event) => (
              <Table.Tr key={event.id} data-testid="audit-event">
                <Table.Td>{formatDateTime(event.at)}</Table.Td>
                <Table.Td>
                  {label(event.kind)}
                  {event.count > 1 ? ` ×${event.count}` : ''}
                  {event.detail && (
                    <Text size="xs" c="dimmed">
                      {event.detail}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{event.actor}</Table.Td>
                <Table.Td>{event.address ?? '—'}</Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {event.target ?? '—'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {log.nodes.length > 0 && <PageFooter list={log} />}
    </Stack>
  );
}
