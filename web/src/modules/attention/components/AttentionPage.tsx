import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState, PageFooter } from '../../../components/States';
import { formatDateTime } from '../../../lib/dates';
import { formatAmount } from '../../../lib/money';
import { StatusBadge } from '../../requests/components/StatusBadge';
import { useAttentionQueue } from '../hooks/useAttentionQueue';
import { ResolveAttentionForm } from './ResolveAttentionForm';

export function AttentionPage() {
  const queue = useAttentionQueue();
  return (
    <Stack>
      <Title order={1}>Needs attention</Title>
      <Text c="dimmed" size="sm">
        Money that did not fit the request (paid after a cancel, paid twice, a different amount or currency), disputes
        and failed refunds. Nothing is dropped: look, act, and note what was done.
      </Text>
      {queue.error && queue.nodes.length === 0 ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.loading && queue.nodes.length === 0 ? (
        <LoadingState />
      ) : queue.nodes.length === 0 ? (
        <EmptyState title="Nothing needs attention">All payments match their requests.</EmptyState>
      ) : (
        <Stack>
          {queue.nodes.map((r) => (
            <Card withBorder key={r.id} data-testid="attention-item">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Group gap="xs">
                    <Anchor component={Link} to={`/requests/${r.id}`} fw={600}>
                      {r.customerName}
                    </Anchor>
                    <StatusBadge status={r.status} />
                  </Group>
                  <Text size="sm" c="dimmed">
                    Paid {formatAmount(r.amountPaid, r.currency)} · updated {formatDateTime(r.updatedAt)}
                  </Text>
                </Group>
                <ResolveAttentionForm id={r.id} reason={r.attentionReason} />
              </Stack>
            </Card>
          ))}
          <PageFooter list={queue} />
        </Stack>
      )}
    </Stack>
  );
}
