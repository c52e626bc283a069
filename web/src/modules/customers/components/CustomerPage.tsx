import { Alert, Anchor, Badge, Breadcrumbs, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';

import { RecordStates } from '../../../components/States';
import type { CustomerQuery } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { formatAmount } from '../../../lib/money';
import { StatusBadge } from '../../requests/components/StatusBadge';
import { totalPaidCurrency, useCustomer } from '../hooks/useCustomers';
import { savedCardLabel } from '../saved-card';

type Customer = NonNullable<CustomerQuery['customer']>;

export function CustomerPage() {
  const { id = '' } = useParams();
  const { customer, ...query } = useCustomer(id);
  return (
    <RecordStates query={{ record: customer, ...query }} noun="customer">
      {(record) => <CustomerView customer={record} />}
    </RecordStates>
  );
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
      {customer.emailProblem && (
        <Alert color="yellow" title="This address would be refused today">
          Stored before the current rule: it {customer.emailProblem}. The customer is kept; campaigns leave them out.
        </Alert>
      )}
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

      <TableSection
        title="Requests"
        rows={customer.requests.length}
        none="No requests."
        caption={`Requests of ${customer.name}, newest first`}
        head={
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
        }
      >
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
      </TableSection>

      <TableSection
        title="Payments"
        rows={customer.payments.length}
        none="No payments."
        caption={`Payments of ${customer.name}, newest first`}
        head={
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
        }
      >
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
      </TableSection>
    </Stack>
  );
}

/** One of the customer's lists: its heading, then the table of its rows, or a line saying there are none. */
function TableSection({
  title,
  rows,
  none,
  caption,
  head,
  children,
}: {
  title: string;
  rows: number;
  none: string;
  caption: string;
  head: ReactNode;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      {rows === 0 ? (
        <Text c="dimmed">{none}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table striped verticalSpacing="sm">
            <Table.Caption>{caption}</Table.Caption>
            {head}
            <Table.Tbody>{children}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
