import { Group, Progress, Text } from '@mantine/core';

import type { CampaignSummaryFragment } from '../../../gql/graphql';

type Counts = CampaignSummaryFragment['counts'];

const SECTIONS = [
  { key: 'paid', label: 'paid', color: 'teal' },
  { key: 'unpaid', label: 'sent, unpaid', color: 'blue' },
  { key: 'failed', label: 'failed', color: 'red' },
  { key: 'pending', label: 'still to send', color: 'gray.4' },
] as const;

const percent = (n: number, total: number) => (total > 0 ? (100 * n) / total : 0);

/** One bar: paid, sent but unpaid, failed, still to send; the same in words for screen readers and small screens. */
export function CampaignProgressBar({ counts }: { counts: Counts }) {
  const handled = counts.sent + counts.failed;
  return (
    <div>
      <Progress.Root
        size="lg"
        role="progressbar"
        aria-label="Links sent"
        aria-valuemin={0}
        aria-valuemax={counts.total}
        aria-valuenow={handled}
        aria-valuetext={`${handled} of ${counts.total} links handled, ${counts.paid} paid`}
      >
        {SECTIONS.map((s) => (
          <Progress.Section key={s.key} value={percent(counts[s.key], counts.total)} color={s.color} withAria={false} />
        ))}
      </Progress.Root>
      <Group gap="md" mt={6} wrap="wrap" aria-live="polite" data-testid="campaign-counts">
        <Text size="sm" fw={600}>
          {handled} of {counts.total} handled
        </Text>
        {SECTIONS.map((s) => (
          <Text key={s.key} size="sm" c="dimmed" data-testid={`count-${s.key}`}>
            {counts[s.key]} {s.label}
          </Text>
        ))}
      </Group>
    </div>
  );
}
