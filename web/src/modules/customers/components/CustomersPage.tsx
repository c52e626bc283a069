import { Anchor, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

import { SearchField } from '../../../components/SearchField';
import { EmptyState, ErrorState, LoadingState, PageFooter } from '../../../components/States';
import { formatDate } from '../../../lib/dates';
import { formatAmount } from '../../../lib/money';
import { useUrlFilters } from '../../../lib/useUrlFilters';
import { NewCampaignButton } from '../../campaigns/components/NewCampaignButton';
import { customerFilterInput, type CustomerFilters, totalPaidCurrency, useCustomers } from '../hooks/useCustomers';
import { savedCardLabel } from '../saved-card';

const CARD_FILTERS = [
  { value: 'all', label: 'All' },
  { value: 'yes', label: 'With saved card' },
  { value: 'no', label: 'Without' },
];

export function CustomersPage() {
  const [params, update] = useUrlFilters();
  const search = params.get('q') ?? '';
  const card = params.get('card');
  const filters: CustomerFilters = { search, hasSavedCard: card === 'yes' ? true : card === 'no' ? false : null };
  const list = useCustomers(filters);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Customers</Title>
        <NewCampaignButton
          label="New campaign for these customers"
          disabled={list.totalCount === 0}
          target={{ customers: customerFilterInput(filters) }}
          summary={`Each of the ${list.totalCount} customer${list.totalCount === 1 ? '' : 's'} the current search and filter show gets a new request, quoted at this amount, and its payment link by mail.`}
        />
      </Group>
      <Group align="flex-end" wrap="wrap">
        <SearchField search={search} onSearch={(text) => update('q', text)} placeholder="Name or email" />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="saved-card-filter">
            Saved card
          </Text>
          <SegmentedControl
            aria-labelledby="saved-card-filter"
            data={CARD_FILTERS}
            value={card === 'yes' || card === 'no' ? card : 'all'}
            onChange={(v) => update('card', v === 'all' ? null : v)}
          />
        </Stack>
      </Group>
      {list.error && list.nodes.length === 0 ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.loading && list.nodes.length === 0 ? (
        <LoadingState label="Loading customers" />
      ) : list.nodes.length === 0 ? (
        <EmptyState title={search.trim() || card ? 'No customers match' : 'No customers yet'}>
          {search.trim() || card ? 'Try another search or filter.' : 'A customer is recorded with their first request.'}
        </EmptyState>
      ) : (
        <Stack gap="sm" aria-busy={list.loading}>
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Caption>Customers, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Customer</Table.Th>
                  <Table.Th scope="col">Saved card</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Total paid
                  </Table.Th>
                  <Table.Th scope="col">Since</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.nodes.map((c) => (
                  <Table.Tr key={c.id} data-testid="customer-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/customers/${c.id}`} fw={600}>
                        {c.name}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {c.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>{c.savedCard ? savedCardLabel(c.savedCard) : '—'}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatAmount(c.totalPaid, totalPaidCurrency(c.requests))}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(c.createdAt)}</Table.Td>
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
