import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState, ErrorState, LoadingState, PageFooter } from '../../../components/States';
import { formatDateTime } from '../../../lib/dates';
import { useCampaigns } from '../hooks/useCampaigns';

export function CampaignsPage() {
  const list = useCampaigns();
  return (
    <Stack>
      <Title order={1}>Campaigns</Title>
      <Text size="sm" c="dimmed">
        Payment links sent to many customers at once. Start one from the request list (select requests) or from
        Customers (a new quote for each customer shown).
      </Text>
      {list.error && list.nodes.length === 0 ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.loading && list.nodes.length === 0 ? (
        <LoadingState label="Loading campaigns" />
      ) : list.nodes.length === 0 ? (
        <EmptyState title="No campaigns yet" />
      ) : (
        <Stack gap="sm" aria-busy={list.loading}>
          <Table.ScrollContainer minWidth={600}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Caption>Campaigns, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Campaign</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Sent
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Paid
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Unpaid
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Failed
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.nodes.map((c) => (
                  <Table.Tr key={c.id} data-testid="campaign-row">
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Anchor component={Link} to={`/campaigns/${c.id}`} fw={600}>
                          {c.name}
                        </Anchor>
                        {!c.done && (
                          <Badge size="sm" variant="light" color="orange">
                            sending
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {formatDateTime(c.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {c.counts.sent} / {c.counts.total}
                    </Table.Td>
                    <Table.Td ta="right">{c.counts.paid}</Table.Td>
                    <Table.Td ta="right">{c.counts.unpaid}</Table.Td>
                    <Table.Td ta="right">{c.counts.failed}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PageFooter list={list} />
        </Stack>
      )}
    </Stack>
  );
}
