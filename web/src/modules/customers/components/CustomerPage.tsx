import { Anchor, Badge, Breadcrumbs, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import type { CustomerQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { formatAmount } from '../../../lib/money';
import { StatusBadge } from '../../requests/components/StatusBadge';
import { totalPaidCurrency, useCustomer } from '../hooks/useCustomers';
import { savedCardLabel } from '../saved-card';

type Customer = NonNullable<CustomerQuery['customer']>;

export function CustomerPage() {
  const { id = '' } = useParams();
  const { customer, loaded, loading, error, refetch } = useCustomer(id);
  if (error && !customer) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !loaded) return <LoadingState label="Loading the customer" />;
  if (!customer) return <EmptyState title="No such customer">It may have been removed.</EmptyState>;
  return <CustomerView customer={customer} />;
}

function CustomerView({ customer }: { customer: Customer }) {
  const card = customer.savedCard;
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/customers">
          Customers
        </Anchor>
        <Text size="sm">{customer.name}</Text>
      </Breadcrumbs>
      <div>
        <Title order={1}>{customer.name}</Title>
        <Text c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {customer.email} · customer since {formatDateTime(customer.createdAt)}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder>
          <Text size="sm" c="dimmed">
            Total paid (net of refunds)
          </Text>
          <Text fw={700} size="xl" data-testid="total-paid">
            {formatAmount(customer.totalPaid, totalPaidCurrency(customer.requests))}
          </Text>
        </Card>
        <Card withBorder aria-labelledby="saved-card-heading">
          <Title order={2} size="h5" id="saved-card-heading">
            Saved card
          </Title>
          {card ? (
            <Stack gap={4} mt={4}>
              <Text fw={600}>
                {savedCardLabel(card)}
                {card.expMonth && card.expYear
                  ? ` · expires ${String(card.expMonth).padStart(2, '0')}/${card.expYear}`
                  : ''}
              </Text>
              <Text size="sm">Agreed {formatDateTime(card.consentedAt)} to:</Text>
              <Text size="sm" c="dimmed" component="blockquote" m={0} style={{ fontStyle: 'italic' }}>
                {card.consentText}
              </Text>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed" mt={4}>
              None. A quote can offer to save the card for future visits.
            </Text>
          )}
        </Card>
      </SimpleGrid>

      <Stack gap="xs">
        <Title order={2} size="h4">
          Requests
        </Title>
        {customer.requests.length === 0 ? (
          <Text c="dimmed">No requests.</Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table striped verticalSpacing="sm">
              <Table.Caption>Requests of {customer.name}, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Description</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Quote
                  </Table.Th>
                  <Table.Th scope="col">Created</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {customer.requests.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td maw={320}>
                      <Anchor component={Link} to={`/requests/${r.id}`} lineClamp={2}>
                        {r.description}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={r.status} />
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
        )}
      </Stack>

      <Stack gap="xs">
        <Title order={2} size="h4">
          Payments
        </Title>
        {customer.payments.length === 0 ? (
          <Text c="dimmed">No payments.</Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table striped verticalSpacing="sm">
              <Table.Caption>Payments of {customer.name}, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">When</Table.Th>
                  <Table.Th scope="col">Method</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Amount
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Refunded
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {customer.payments.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(p.createdAt)}</Table.Td>
                    <Table.Td>{p.method === 'MANUAL' ? 'manual' : (p.paymentMethodType ?? 'Stripe')}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{p.status.toLowerCase().replaceAll('_', ' ')}</Badge>
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatAmount(p.amount, p.currency)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {p.refunded ? formatAmount(p.refunded, p.currency) : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Stack>
  );
}
