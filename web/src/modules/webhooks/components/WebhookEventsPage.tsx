import { Badge, Button, Code, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';

import { EmptyState, ErrorState, LoadingState, PageFooter } from '../../../components/States';
import type { WebhookEventStatus } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { generalError } from '../../../lib/errors';
import { useReplayWebhookEvent, useWebhookEvents } from '../hooks/useWebhookEvents';

const COLORS: Record<WebhookEventStatus, string> = {
  RECEIVED: 'blue',
  APPLIED: 'teal',
  IGNORED: 'gray',
  PARKED: 'orange',
  FAILED: 'red',
};
const FILTERS = ['all', 'failed', 'parked', 'received', 'applied', 'ignored'];
const REPLAYABLE: WebhookEventStatus[] = ['FAILED', 'IGNORED', 'PARKED'];

export function WebhookEventsPage() {
  const [filter, setFilter] = useState('all');
  const list = useWebhookEvents(filter === 'all' ? null : filter);
  const { replay, loading: replaying } = useReplayWebhookEvent();
  const [replayingId, setReplayingId] = useState<string | null>(null);

  const onReplay = (id: string) => {
    setReplayingId(id);
    replay(id)
      .then((applied) =>
        notifications.show({
          message: applied ? 'Event applied again' : 'Nothing to do: the event needs nothing more',
          autoClose: 3000,
        }),
      )
      .catch((e: unknown) =>
        notifications.show({ color: 'red', title: 'Replay failed', message: generalError(e) ?? '' }),
      )
      .finally(() => setReplayingId(null));
  };

  return (
    <Stack>
      <Title order={1}>Webhook events</Title>
      <Text size="sm" c="dimmed">
        What Stripe sent, as received. A failed event keeps its error and is retried automatically; replay it once the
        cause is fixed.
      </Text>
      <SegmentedControl
        aria-label="Filter by state"
        data={FILTERS.map((f) => ({ value: f, label: f[0]?.toUpperCase() + f.slice(1) }))}
        value={filter}
        onChange={setFilter}
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
      />
      {list.error && list.nodes.length === 0 ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.loading && list.nodes.length === 0 ? (
        <LoadingState />
      ) : list.nodes.length === 0 ? (
        <EmptyState title="No events">Nothing from Stripe {filter === 'all' ? 'yet' : `is ${filter}`}.</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" aria-label="Webhook events">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Received</Table.Th>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col">State</Table.Th>
                <Table.Th scope="col">Attempts</Table.Th>
                <Table.Th scope="col">Details</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.nodes.map((e) => (
                <Table.Tr key={e.id} data-testid="webhook-event">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.receivedAt)}</Table.Td>
                  <Table.Td>
                    <Code>{e.type}</Code>
                    <Text size="xs" c="dimmed">
                      {e.id} · {e.source}
                      {e.livemode ? ' · live' : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={96}>
                    <Badge color={COLORS[e.status]} variant="light" style={{ flexShrink: 0, overflow: 'visible' }}>
                      {e.status.toLowerCase()}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{e.attempts}</Table.Td>
                  <Table.Td maw={280}>
                    {e.error && (
                      <Text size="sm" c="red.8" style={{ overflowWrap: 'anywhere' }}>
                        {e.error}
                      </Text>
                    )}
                    {e.note && <Text size="sm">{e.note}</Text>}
                  </Table.Td>
                  <Table.Td>
                    {REPLAYABLE.includes(e.status) && (
                      <Button
                        size="xs"
                        variant="light"
                        loading={replaying && replayingId === e.id}
                        onClick={() => onReplay(e.id)}
                        aria-label={`Replay event ${e.id}`}
                      >
                        Replay
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.nodes.length > 0 && <PageFooter list={list} />}
    </Stack>
  );
}
