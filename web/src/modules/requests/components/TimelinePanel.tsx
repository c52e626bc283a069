import { Stack, Text, Timeline, Title } from '@mantine/core';

import type { RequestDetailFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { formatAmount } from '../../../lib/money';
import { STATUS_LABELS } from '../lifecycle';

const KIND_LABELS: Record<string, string> = {
  CREATED: 'Request received',
  QUOTED: 'Quoted',
  LINK_SENT: 'Payment link sent',
  PAY_URL_ROTATED: 'Pay URL replaced',
  PAYMENT_PROCESSING: 'Payment processing',
  PAYMENT_RECEIVED: 'Payment received',
  PAYMENT_FAILED: 'Payment failed',
  REFUND: 'Refund',
  DISPUTE: 'Dispute',
  ATTENTION: 'Needs attention',
  ATTENTION_RESOLVED: 'Attention resolved',
  STATUS_CHANGED: 'Status changed',
  NOTE: 'Note',
};

export function TimelinePanel({ request }: { request: RequestDetailFragment }) {
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Timeline
      </Title>
      {/* The server sends the newest entries only (at most 100): say so rather than look complete. */}
      {request.timelineCount > request.timeline.length && (
        <Text size="sm" c="dimmed">
          Showing the newest {request.timeline.length} of {request.timelineCount} entries
        </Text>
      )}
      <Timeline active={request.timeline.length - 1} bulletSize={14} lineWidth={2}>
        {request.timeline.map((entry, i) => (
          <Timeline.Item
            key={`${entry.at}-${i}`}
            title={KIND_LABELS[entry.kind] ?? entry.kind.replaceAll('_', ' ').toLowerCase()}
          >
            <Text size="sm">
              {entry.from && entry.to && entry.from !== entry.to
                ? `${STATUS_LABELS[entry.from]} → ${STATUS_LABELS[entry.to]}`
                : entry.to && !entry.from
                  ? STATUS_LABELS[entry.to]
                  : null}
              {entry.amount !== null && ` · ${formatAmount(entry.amount, request.currency)}`}
            </Text>
            {entry.note && (
              <Text size="sm" c="dimmed">
                {entry.note}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {formatDateTime(entry.at)} · {entry.actor}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
