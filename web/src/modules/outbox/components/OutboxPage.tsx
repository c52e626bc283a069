import { Accordion, Badge, Group, Stack, Text, Title } from '@mantine/core';

import { EmptyState, ErrorState, LoadingState, PageFooter } from '../../../components/States';
import type { OutboxStatus } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { useOutbox } from '../hooks/useOutbox';

const COLORS: Record<OutboxStatus, string> = { PENDING: 'orange', SENT: 'teal', FAILED: 'red' };

export function OutboxPage() {
  const outbox = useOutbox();
  return (
    <Stack>
      <Title order={1}>Outbox</Title>
      <Text size="sm" c="dimmed">
        Every mail to a customer (payment links, schedules, refunds). Without SMTP_URL they stay here, unsent: copy what
        you need from them.
      </Text>
      {outbox.error && outbox.nodes.length === 0 ? (
        <ErrorState error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : outbox.loading && outbox.nodes.length === 0 ? (
        <LoadingState />
      ) : outbox.nodes.length === 0 ? (
        <EmptyState title="No mail yet">
          Mail appears here when a link is sent, a job scheduled or a refund made.
        </EmptyState>
      ) : (
        <Accordion variant="separated" multiple>
          {outbox.nodes.map((m) => (
            <Accordion.Item key={m.id} value={m.id} data-testid="outbox-message">
              <Accordion.Control>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <div>
                    <Text fw={600} size="sm">
                      {m.subject}
                    </Text>
                    <Text size="xs" c="dimmed">
                      To {m.to} · {formatDateTime(m.createdAt)}
                    </Text>
                  </div>
                  <Badge color={COLORS[m.status]} variant="light">
                    {m.status.toLowerCase()}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {m.text}
                </Text>
                <Text size="xs" c="dimmed" mt="xs">
                  {m.kind.toLowerCase().replaceAll('_', ' ')} · {m.attempts} attempt{m.attempts === 1 ? '' : 's'}
                  {m.sentAt ? ` · sent ${formatDateTime(m.sentAt)}` : ''}
                </Text>
                {m.lastError && (
                  <Text size="sm" c="red.8" mt="xs">
                    Last error: {m.lastError}
                  </Text>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      {outbox.nodes.length > 0 && <PageFooter list={outbox} />}
    </Stack>
  );
}
