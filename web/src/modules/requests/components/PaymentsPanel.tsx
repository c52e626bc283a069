import { Badge, Radio, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';

import type { AfterDepositRefund, RequestDetailFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { fieldErrors } from '../../../lib/errors';
import { formatAmount, parseRefundAmount, toHumanAmount } from '../../../lib/money';
import { useSession } from '../../auth/hooks/useSession';
import { useRefund, useSubmitDisputeEvidence } from '../hooks/useRequestActions';
import { actionsOf, refundable } from '../lifecycle';
import { ConfirmAction } from './ConfirmAction';

type Payment = RequestDetailFragment['payments'][number];

const STATUS_COLORS: Record<Payment['status'], string> = {
  PROCESSING: 'orange',
  SUCCEEDED: 'teal',
  FAILED: 'red',
  PARTIALLY_REFUNDED: 'grape',
  REFUNDED: 'grape',
};

/** A dispute as Stripe reports it: an inquiry, a chargeback with its evidence due date, or its outcome. */
function DisputeBadge({ payment }: { payment: Payment }) {
  const dispute = payment.dispute as NonNullable<Payment['dispute']>;
  const inquiry = dispute.status.startsWith('warning_');
  const label = dispute.outcome
    ? `dispute ${dispute.outcome.replace('warning_', 'inquiry ')}`
    : `${inquiry ? 'inquiry' : 'disputed'}${dispute.evidenceDueBy ? `, evidence due ${formatDateTime(dispute.evidenceDueBy)}` : ''}`;
  const color = dispute.outcome === 'lost' ? 'red' : dispute.outcome ? 'gray' : inquiry ? 'orange' : 'red';
  return (
    <Badge variant="outline" color={color} ml={4} data-testid="dispute" title={dispute.reason ?? undefined}>
      {label}
    </Badge>
  );
}

/** Dispute states that still take evidence (an inquiry's or a chargeback's). */
const ANSWERABLE = ['needs_response', 'warning_needs_response'];

/**
 * Submits the dispute's evidence: the server assembles it from the request's record (quote,
 * timeline, payments, service date), with the owner's note. Once per dispute.
 */
function DisputeEvidenceButton({ request, payment }: { request: RequestDetailFragment; payment: Payment }) {
  const submit = useSubmitDisputeEvidence();
  const dispute = payment.dispute as NonNullable<Payment['dispute']>;
  return (
    <ConfirmAction
      label="Submit evidence"
      title={`Answer the dispute of ${formatAmount(dispute.amount, payment.currency)}?`}
      description={`The bank's reason: ${(dispute.reason ?? 'not given').replaceAll('_', ' ')}. Stripe receives ${request.customerName}'s details, the quote, the timeline and the payments of this request, with your note. Evidence can be submitted once.`}
      confirmLabel="Submit evidence"
      reasonLabel="Note for the bank"
      variant="light"
      action={{ ...submit, run: (note) => submit.run({ paymentId: payment.id, note }) }}
    />
  );
}

/**
 * Refunds one payment (its row is keyed by the payment's id). The dialog proposes what is left on
 * the payment, as the screen shows it now (so also once a refund's webhook lands while it is open),
 * until the admin types another amount; each opening starts again from what is left, never from
 * what was typed the time before.
 */
function RefundButton({ request, payment }: { request: RequestDetailFragment; payment: Payment }) {
  const refund = useRefund();
  const left = refundable(payment);
  // What the admin typed over the proposal; null while the field proposes what is left.
  const [typed, setTyped] = useState<string | null>(null);
  const amount = typed ?? toHumanAmount(left, payment.currency);
  const [localError, setLocalError] = useState<string | null>(null);
  // Refunding the whole deposit before the work is done cancels the booking: the admin says where it goes.
  const [after, setAfter] = useState<AfterDepositRefund>('CANCELED');
  const booking =
    payment.purpose === 'DEPOSIT' && request.amountDue > 0 && ['DEPOSIT_PAID', 'SCHEDULED'].includes(request.status);
  return (
    <ConfirmAction
      label="Refund"
      title={`Refund ${request.customerName}?`}
      description={`Up to ${formatAmount(left, payment.currency)} of this payment can be refunded through Stripe. The customer is told by mail.`}
      confirmLabel="Refund"
      color="red"
      variant="light"
      onOpen={() => {
        setTyped(null);
        setLocalError(null);
        setAfter('CANCELED');
      }}
      action={{
        ...refund,
        run: async () => {
          const parsed = parseRefundAmount(amount, payment.currency, left);
          if (!parsed.ok) {
            setLocalError(parsed.error);
            return false;
          }
          setLocalError(null);
          const whole = booking && parsed.amount === left;
          return refund.run({
            id: request.id,
            paymentId: payment.id,
            amount: parsed.amount,
            // Only a deposit refunded in full asks where the booking goes.
            ...(whole ? { afterDepositRefund: after } : {}),
          });
        },
      }}
    >
      <TextInput
        label={`Amount (${payment.currency.toUpperCase()})`}
        inputMode="decimal"
        value={amount}
        onChange={(e) => setTyped(e.currentTarget.value)}
        error={localError ?? fieldErrors(refund.error)['amount']}
      />
      {booking && (
        <Radio.Group
          label="Refunding the whole deposit cancels the booking. Afterwards the request is"
          value={after}
          onChange={(value) => setAfter(value as AfterDepositRefund)}
          error={fieldErrors(refund.error)['afterDepositRefund']}
          mt="sm"
        >
          <Stack gap={6} mt={6}>
            <Radio value="CANCELED" label="Canceled" />
            <Radio value="QUOTED" label="Quoted again (the customer can pay a new deposit)" />
          </Stack>
        </Radio.Group>
      )}
    </ConfirmAction>
  );
}

export function PaymentsPanel({ request }: { request: RequestDetailFragment }) {
  // The server lists REFUND only for a role that may refund (README "Team").
  const mayRefund = actionsOf(request).has('REFUND');
  // Evidence is the owner's to submit (README "Team"); the server refuses anyone else.
  const mayAnswer = useSession().admin?.role === 'OWNER';
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Payments
      </Title>
      {request.payments.length === 0 ? (
        <Text size="sm" c="dimmed">
          No payment yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="xs" aria-label="Payments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Method</Table.Th>
                <Table.Th scope="col" ta="right">
                  Amount
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Refunded
                </Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {request.payments.map((p) => (
                <Table.Tr key={p.id} data-testid="payment-row">
                  <Table.Td>{formatDateTime(p.createdAt)}</Table.Td>
                  <Table.Td>
                    {p.method === 'MANUAL'
                      ? 'Manual'
                      : `Stripe${p.paymentMethodType ? ` (${p.paymentMethodType})` : ''}`}
                  </Table.Td>
                  <Table.Td ta="right">{formatAmount(p.amount, p.currency)}</Table.Td>
                  <Table.Td ta="right">{p.refunded ? formatAmount(p.refunded, p.currency) : '—'}</Table.Td>
                  <Table.Td miw={150}>
                    <Badge
                      variant="light"
                      color={STATUS_COLORS[p.status]}
                      data-testid="payment-status"
                      style={{ overflow: 'visible' }}
                    >
                      {p.status.replace('_', ' ').toLowerCase()}
                    </Badge>
                    {p.dispute && <DisputeBadge payment={p} />}
                    {p.refunds.map((r) => (
                      <Text key={r.id} size="xs" c="dimmed" data-testid="refund-line">
                        Refund {formatAmount(r.amount, p.currency)}: {r.status.toLowerCase()}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {mayRefund && refundable(p) > 0 && <RefundButton request={request} payment={p} />}
                    {mayAnswer && p.dispute && ANSWERABLE.includes(p.dispute.status) && (
                      <DisputeEvidenceButton request={request} payment={p} />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
