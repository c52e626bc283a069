import { Anchor, Badge, Breadcrumbs, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { RecordStates } from '../../../components/States';
import type { CampaignDetailFragment, CampaignRecipientState } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { formatAmount } from '../../../lib/money';
import { ConfirmAction } from '../../requests/components/ConfirmAction';
import { StatusBadge } from '../../requests/components/StatusBadge';
import { useCampaign, useRemindUnpaid } from '../hooks/useCampaigns';
import { CampaignProgressBar } from './CampaignProgressBar';

const STATE_COLORS: Record<CampaignRecipientState, string> = { PENDING: 'gray', SENT: 'teal', FAILED: 'red' };

export function CampaignPage() {
  const { id = '' } = useParams();
  const { campaign, ...query } = useCampaign(id);
  return (
    <RecordStates query={{ record: campaign, ...query }} noun="campaign">
      {(record) => <CampaignView campaign={record} />}
    </RecordStates>
  );
}

function RemindButton({ campaign }: { campaign: CampaignDetailFragment }) {
  const remind = useRemindUnpaid();
  const n = campaign.counts.unpaid;
  return (
    <ConfirmAction
      label="Remind the unpaid"
      title={`Remind ${n} customer${n === 1 ? '' : 's'}?`}
      description="Every customer of this campaign whose request is still waiting for payment gets a reminder mail with their payment link."
      confirmLabel="Send reminders"
      action={{ ...remind, run: () => remind.run({ id: campaign.id }) }}
    />
  );
}

function CampaignView({ campaign }: { campaign: CampaignDetailFragment }) {
  const shown = campaign.recipients.length;
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/campaigns">
          Campaigns
        </Anchor>
        <Text size="sm">{campaign.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1}>{campaign.name}</Title>
            <Badge variant="light" color={campaign.done ? 'teal' : 'orange'}>
              {campaign.done ? 'all links handled' : 'sending'}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            Started {formatDateTime(campaign.createdAt)}
          </Text>
        </div>
        {campaign.counts.unpaid > 0 && <RemindButton campaign={campaign} />}
      </Group>
      <CampaignProgressBar counts={campaign.counts} />
      <Table.ScrollContainer minWidth={600}>
        <Table striped verticalSpacing="sm">
          <Table.Caption>
            {shown < campaign.counts.total
              ? `The first ${shown} of ${campaign.counts.total} requests`
              : 'The requests of this campaign'}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Customer</Table.Th>
              <Table.Th scope="col">Link</Table.Th>
              <Table.Th scope="col">Request</Table.Th>
              <Table.Th scope="col" ta="right">
                Quote
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {campaign.recipients.map((r) => (
              <Table.Tr key={r.id} data-testid="recipient-row">
                <Table.Td>
                  <Anchor component={Link} to={`/requests/${r.serviceRequest.id}`} fw={600}>
                    {r.serviceRequest.customerName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {r.serviceRequest.customerEmail}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STATE_COLORS[r.state]}>
                    {r.state.toLowerCase()}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {r.sentAt ? formatDateTime(r.sentAt) : ''}
                    {r.reminders > 0 ? ` · ${r.reminders} reminder${r.reminders === 1 ? '' : 's'}` : ''}
                  </Text>
                  {r.error && (
                    <Text size="xs" c="red.8">
                      {r.error}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={r.serviceRequest.status} />
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {r.serviceRequest.quoteAmount !== null
                    ? formatAmount(r.serviceRequest.quoteAmount, r.serviceRequest.currency)
                    : '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
