import { Table, Text } from '@mantine/core';

import type { RequestDetailFragment } from '../../../gql/graphql';
import { formatAmount } from '../../../lib/money';

/** The current quote's lines and its subtotal, tax and total, as the customer is asked to pay them. */
export function QuoteLinesPanel({ request }: { request: RequestDetailFragment }) {
  const money = (amount: number) => formatAmount(amount, request.currency);
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table data-testid="quote-lines">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Item</Table.Th>
            <Table.Th ta="right">Quantity</Table.Th>
            <Table.Th ta="right">Unit price</Table.Th>
            <Table.Th>Tax</Table.Th>
            <Table.Th ta="right">Amount</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {request.lineItems.map((line) => (
            <Table.Tr key={line.id}>
              <Table.Td>{line.description}</Table.Td>
              <Table.Td ta="right">{line.quantity}</Table.Td>
              <Table.Td ta="right">{money(line.unitAmount)}</Table.Td>
              <Table.Td>
                {line.taxRate
                  ? `${line.taxRate.name} ${line.taxRate.percentage} %${line.taxRate.inclusive ? ' incl.' : ''}`
                  : '—'}
              </Table.Td>
              <Table.Td ta="right">{money(line.amount)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={4}>Subtotal</Table.Th>
            <Table.Td ta="right" data-testid="quote-subtotal">
              {money(request.subtotal)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th colSpan={4}>Tax</Table.Th>
            <Table.Td ta="right" data-testid="quote-tax">
              {money(request.taxAmount)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th colSpan={4}>Total</Table.Th>
            <Table.Td ta="right" fw={700} data-testid="quote-total">
              {request.quoteAmount === null ? '—' : money(request.quoteAmount)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
      {request.quoteNote && (
        <Text size="sm" mt="xs">
          Note to the customer: {request.quoteNote}
        </Text>
      )}
    </Table.ScrollContainer>
  );
}
