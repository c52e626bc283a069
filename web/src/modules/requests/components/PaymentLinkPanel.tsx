import { Alert, Badge, Button, Code, CopyButton, Group, Stack, Table, Text, Title } from '@mantine/core';

import type { RequestDetailFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { generalError } from '../../../lib/errors';
import { formatAmount } from '../../../lib/money';
import {
  useChargeSavedCard,
  useRotatePayUrl,
  useSendBalanceLink,
  useSendPaymentLink,
} from '../hooks/useRequestActions';
import { actionLabel, actionsOf } from '../lifecycle';
import { ConfirmAction } from './ConfirmAction';

/** The stable /pay URL the customer gets, sending it, replacing it, and the Stripe links behind it. */
export function PaymentLinkPanel({ request }: { request: RequestDetailFragment }) {
  const actions = actionsOf(request);
  const send = useSendPaymentLink();
  const rotate = useRotatePayUrl();
  const charge = useChargeSavedCard();
  const sendBalance = useSendBalanceLink();
  const card = request.customer.savedCard;
  const sendError = generalError(send.error) ?? generalError(charge.error) ?? generalError(sendBalance.error);

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Payment link
      </Title>
      {request.payUrl ? (
        <Group gap="xs" wrap="nowrap" align="center">
          <Code data-testid="pay-url" style={{ overflowWrap: 'anywhere', whiteSpace: 'normal', flex: 1 }}>
            {request.payUrl}
          </Code>
          <CopyButton value={request.payUrl}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy} aria-label={copied ? 'Pay URL copied' : 'Copy the pay URL'}>
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          No link sent yet. {request.quoteAmount === null ? 'Quote a price first.' : ''}
        </Text>
      )}
      <Group gap="xs">
        {(
          [
            ['Quote PDF', request.quotePdfUrl],
            ['Receipt PDF', request.receiptPdfUrl],
          ] as const
        ).map(
          ([label, href]) =>
            href && (
              <Button
                key={label}
                component="a"
                href={href}
                target="_blank"
                rel="noreferrer"
                variant="default"
                size="xs"
              >
                {label}
              </Button>
            ),
        )}
      </Group>
      <Group>
        {actions.has('SEND_LINK') && (
          <Button onClick={() => void send.run({ id: request.id })} loading={send.loading}>
            {actionLabel('SEND_LINK', request.status)}
          </Button>
        )}
        {actions.has('SEND_BALANCE_LINK') && (
          <Button onClick={() => void sendBalance.run({ id: request.id })} loading={sendBalance.loading}>
            {actionLabel('SEND_BALANCE_LINK', request.status)} ({formatAmount(request.amountDue, request.currency)})
          </Button>
        )}
        {actions.has('CHARGE_SAVED_CARD') && card && (
          <Button variant="light" onClick={() => void charge.run({ id: request.id })} loading={charge.loading}>
            Charge saved card ({card.brand ?? 'card'} •••• {card.last4 ?? '????'})
          </Button>
        )}
        {actions.has('ROTATE_PAY_URL') && (
          <ConfirmAction
            label={actionLabel('ROTATE_PAY_URL', request.status)}
            title="Replace the pay URL?"
            description="The URL the customer has stops working at once. Send the new one afterwards."
            confirmLabel="Replace the URL"
            color="orange"
            action={{ ...rotate, run: () => rotate.run({ id: request.id }) }}
          />
        )}
      </Group>
      {sendError && (
        <Alert color="red" role="alert">
          {sendError}
        </Alert>
      )}
      {request.paymentLinks.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs" aria-label="Payment link history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Quote</Table.Th>
                <Table.Th scope="col">Amount</Table.Th>
                <Table.Th scope="col">State</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {request.paymentLinks.map((link) => (
                <Table.Tr key={link.id}>
                  <Table.Td>v{link.quoteVersion}</Table.Td>
                  <Table.Td>{formatAmount(link.amount, link.currency)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={link.active ? 'teal' : 'gray'}>
                      {link.active ? 'Active' : 'Retired'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(link.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
