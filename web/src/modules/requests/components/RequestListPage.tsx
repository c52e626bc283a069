import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { SearchField } from '../../../components/SearchField';
import { EmptyState, ErrorState, LoadingState, PageFooter } from '../../../components/States';
import type { ServiceRequestOrder, ServiceRequestStatus } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { formatAmount } from '../../../lib/money';
import { useUrlFilters } from '../../../lib/useUrlFilters';
import { NewCampaignButton } from '../../campaigns/components/NewCampaignButton';
import { useRequestList, useStatusCounts } from '../hooks/useRequestList';
import { ALL_STATUSES, STATUS_LABELS } from '../lifecycle';
import { NewRequestButton } from './NewRequestButton';
import { StatusBadge } from './StatusBadge';

const ORDERS: { value: ServiceRequestOrder; label: string }[] = [
  { value: 'CREATED_DESC', label: 'Newest first' },
  { value: 'CREATED_ASC', label: 'Oldest first' },
  { value: 'UPDATED_DESC', label: 'Recently updated' },
  { value: 'UPDATED_ASC', label: 'Least recently updated' },
];

/** What a campaign can send the link of (the API refuses the rest). */
const LINKABLE: readonly ServiceRequestStatus[] = ['QUOTED', 'AWAITING_PAYMENT'];

const isStatus = (v: string | null): v is ServiceRequestStatus => v !== null && (ALL_STATUSES as string[]).includes(v);
const isOrder = (v: string | null): v is ServiceRequestOrder => ORDERS.some((o) => o.value === v);

export function RequestListPage() {
  const [params, setFilter] = useUrlFilters();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : null;
  const orderParam = params.get('sort');
  const orderBy = isOrder(orderParam) ? orderParam : 'CREATED_DESC';
  const search = params.get('q') ?? '';
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  const update = (key: string, value: string | null) => {
    // Another filter shows other rows: a selection of rows no longer shown would surprise.
    setSelected(new Set());
    setFilter(key, value);
  };

  const list = useRequestList({ status, search, orderBy });
  const { counts, total } = useStatusCounts();

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Requests</Title>
        <NewRequestButton />
      </Group>
      <Tabs value={status ?? 'ALL'} onChange={(v) => update('status', v === 'ALL' ? null : v)} keepMounted={false}>
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }} aria-label="Filter by status">
          <Tabs.Tab value="ALL">
            All <Count n={total} testId="count-ALL" />
          </Tabs.Tab>
          {ALL_STATUSES.map((s) => (
            <Tabs.Tab key={s} value={s} style={{ whiteSpace: 'nowrap' }}>
              {STATUS_LABELS[s]} <Count n={counts.get(s) ?? 0} testId={`count-${s}`} />
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Group align="flex-end" wrap="wrap">
        <SearchField
          search={search}
          onSearch={(text) => update('q', text)}
          placeholder="Name, email, description, address"
        />
        <Select
          label="Sort"
          data={ORDERS}
          value={orderBy}
          onChange={(v) => update('sort', v === 'CREATED_DESC' ? null : v)}
          allowDeselect={false}
          w={220}
        />
      </Group>
      {selected.size > 0 && (
        <Group gap="sm" wrap="wrap" role="region" aria-label="Selected requests">
          <NewCampaignButton
            label={`Send links to ${selected.size} request${selected.size === 1 ? '' : 's'}`}
            target={{ requestIds: [...selected] }}
            summary={`The payment link of each of the ${selected.size} selected requests is mailed to its customer, as a background job.`}
          />
          <Button variant="subtle" onClick={() => setSelected(new Set())}>
            Clear selection
          </Button>
        </Group>
      )}
      <RequestTable list={list} filtered={!!status || !!search.trim()} selected={selected} onSelect={setSelected} />
    </Stack>
  );
}

function Count({ n, testId }: { n: number; testId: string }) {
  return (
    <Text span size="xs" c="dimmed" fw={600} data-testid={testId}>
      {n}
    </Text>
  );
}

function RequestTable({
  list,
  filtered,
  selected,
  onSelect,
}: {
  list: ReturnType<typeof useRequestList>;
  filtered: boolean;
  selected: ReadonlySet<string>;
  onSelect: (next: ReadonlySet<string>) => void;
}) {
  if (list.error && list.nodes.length === 0)
    return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.loading && list.nodes.length === 0) return <LoadingState label="Loading requests" />;
  if (list.nodes.length === 0) {
    return (
      <EmptyState title={filtered ? 'No requests match' : 'No requests yet'}>
        {filtered
          ? 'Try another status or search.'
          : 'Requests customers send through the /request page, or that you create, appear here.'}
      </EmptyState>
    );
  }
  const linkable = list.nodes.filter((r) => LINKABLE.includes(r.status)).map((r) => r.id);
  const allSelected = linkable.length > 0 && linkable.every((id) => selected.has(id));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelect(next);
  };
  return (
    <Stack gap="sm" aria-busy={list.loading}>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-label="Service requests">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={40}>
                <Checkbox
                  aria-label="Select every quoted or awaiting-payment request shown"
                  checked={allSelected}
                  indeterminate={!allSelected && linkable.some((id) => selected.has(id))}
                  disabled={linkable.length === 0}
                  onChange={(e) => onSelect(e.currentTarget.checked ? new Set([...selected, ...linkable]) : new Set())}
                />
              </Table.Th>
              <Table.Th scope="col">Customer</Table.Th>
              <Table.Th scope="col">Description</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              <Table.Th scope="col" ta="right">
                Quote
              </Table.Th>
              <Table.Th scope="col">Created</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.nodes.map((r) => (
              <Table.Tr key={r.id} data-testid="request-row" data-id={r.id}>
                <Table.Td>
                  {LINKABLE.includes(r.status) && (
                    <Checkbox
                      aria-label={`Select ${r.customerName}'s request: ${r.description}`}
                      checked={selected.has(r.id)}
                      onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/requests/${r.id}`} fw={600}>
                    {r.customerName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {r.customerEmail}
                  </Text>
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm" lineClamp={2}>
                    {r.description}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <StatusBadge status={r.status} />
                    {r.needsAttention && (
                      <Tooltip label={r.attentionReason ?? 'Needs attention'}>
                        <Badge color="red" variant="outline" size="sm">
                          Attention
                        </Badge>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {r.quoteAmount !== null ? formatAmount(r.quoteAmount, r.currency) : '—'}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <PageFooter list={list} />
    </Stack>
  );
}
