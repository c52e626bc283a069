import { Anchor, Breadcrumbs, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useParams } from 'react-router';

import { EmptyState, ErrorState, LoadingState } from '../../../components/States';
import type { RequestDetailFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { generalError } from '../../../lib/errors';
import { formatAmount } from '../../../lib/money';
import { ResolveAttentionForm } from '../../attention/components/ResolveAttentionForm';
import { useRequest } from '../hooks/useRequest';
import { useCancel, useCheckWithStripe, useComplete, useDecline, useMarkPaid } from '../hooks/useRequestActions';
import { actionLabel, actionsOf } from '../lifecycle';
import { ConfirmAction } from './ConfirmAction';
import { PaymentLinkPanel } from './PaymentLinkPanel';
import { PaymentsPanel } from './PaymentsPanel';
import { QuoteAnswerPanel } from './QuoteAnswerPanel';
import { QuoteForm } from './QuoteForm';
import { QuoteLinesPanel } from './QuoteLinesPanel';
import { ScheduleForm } from './ScheduleForm';
import { StatusBadge } from './StatusBadge';
import { TimelinePanel } from './TimelinePanel';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

export function RequestDetailPage() {
  const { id = '' } = useParams();
  const { request, loading, error, refetch } = useRequest(id);
  if (loading) return <LoadingState label="Loading the request" />;
  if (error && !request) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!request) {
    return (
      <EmptyState title="Request not found">
        <Anchor component={Link} to="/requests">
          Back to the requests
        </Anchor>
      </EmptyState>
    );
  }
  return <RequestDetail request={request} />;
}

function RequestDetail({ request }: { request: RequestDetailFragment }) {
  const actions = actionsOf(request);
  const complete = useComplete();
  const decline = useDecline();
  const cancel = useCancel();
  const markPaid = useMarkPaid();
  const check = useCheckWithStripe();
  const checkError = generalError(check.error);
  const money = (amount: number | null) => (amount === null ? '—' : formatAmount(amount, request.currency));

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/requests">
          Requests
        </Anchor>
        <Text size="sm">{request.customerName}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={1}>
            <Anchor component={Link} to={`/customers/${request.customer.id}`} inherit>
              {request.customerName}
            </Anchor>
          </Title>
          <StatusBadge status={request.status} />
        </Group>
        <Group gap="xs">
          <Button
            variant="default"
            loading={check.loading}
            onClick={() =>
              void check.run({ id: request.id }).then((ok) => {
                if (ok) notifications.show({ message: 'Checked with Stripe: up to date', autoClose: 3000 });
              })
            }
          >
            {actionLabel('CHECK_WITH_STRIPE', request.status)}
          </Button>
        </Group>
      </Group>
      {checkError && (
        <Text c="red.8" role="alert" size="sm">
          {checkError}
        </Text>
      )}
      {request.needsAttention && <ResolveAttentionForm id={request.id} reason={request.attentionReason} />}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Customer
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }} component="dl" m={0} spacing="sm">
            <Field label="Email">
              <Anchor href={`mailto:${request.customerEmail}`}>{request.customerEmail}</Anchor>
            </Field>
            <Field label="Phone">{request.customerPhone || '—'}</Field>
            <Field label="Address">{request.address || '—'}</Field>
            <Field label="Received">{formatDateTime(request.createdAt)}</Field>
          </SimpleGrid>
          <Title order={3} size="h5" mt="md" mb={4}>
            What is needed
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {request.description}
          </Text>
        </Card>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            Money
          </Title>
          <SimpleGrid cols={{ base: 2, xs: 3 }} component="dl" m={0} spacing="sm">
            <Field label={`Quote (v${request.quoteVersion})`}>
              <span data-testid="quote-amount">{money(request.quoteAmount)}</span>
            </Field>
            {request.depositAmount !== null && (
              <Field label="Deposit">
                <span data-testid="deposit-amount">{money(request.depositAmount)}</span>
              </Field>
            )}
            <Field label="Paid">
              <span data-testid="amount-paid">{money(request.amountPaid)}</span>
            </Field>
            <Field label="Amount due">
              <span data-testid="amount-due">{money(request.amountDue)}</span>
            </Field>
            <Field label="Refunded">
              <span data-testid="amount-refunded">{money(request.amountRefunded)}</span>
            </Field>
            <Field label="Scheduled for">{formatDateTime(request.scheduledFor)}</Field>
          </SimpleGrid>
          {request.lineItems.length > 0 && <QuoteLinesPanel request={request} />}
        </Card>
      </SimpleGrid>

      <Group gap="sm" aria-label="Actions" role="group">
        {actions.has('MARK_PAID') && (
          <ConfirmAction
            label={actionLabel('MARK_PAID', request.status)}
            title="Mark as paid outside Stripe?"
            description={`Records a manual payment of ${money(request.quoteAmount)} (cash, bank transfer). The payment link stops working.`}
            confirmLabel="Mark paid"
            reasonLabel="Note (how it was paid)"
            action={{ ...markPaid, run: (note) => markPaid.run({ id: request.id, note }) }}
          />
        )}
        {actions.has('COMPLETE') && (
          <ConfirmAction
            label={actionLabel('COMPLETE', request.status)}
            title="Mark the work as completed?"
            description="The request moves to Completed. It can still be refunded afterwards."
            confirmLabel="Complete"
            color="green"
            variant="filled"
            action={{ ...complete, run: () => complete.run({ id: request.id }) }}
          />
        )}
        {actions.has('DECLINE') && (
          <ConfirmAction
            label={actionLabel('DECLINE', request.status)}
            title="Decline this request?"
            description="The customer's request is turned down and any payment link stops working."
            confirmLabel="Decline"
            color="red"
            reasonLabel="Reason (kept in the timeline)"
            action={{ ...decline, run: (reason) => decline.run({ id: request.id, reason }) }}
          />
        )}
        {actions.has('CANCEL') && (
          <ConfirmAction
            label={actionLabel('CANCEL', request.status)}
            title="Cancel this request?"
            description="The request is canceled and any payment link stops working."
            confirmLabel="Cancel request"
            color="red"
            reasonLabel="Reason (kept in the timeline)"
            action={{ ...cancel, run: (reason) => cancel.run({ id: request.id, reason }) }}
          />
        )}
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="lg">
          {actions.has('QUOTE') && (
            <Card withBorder>
              <QuoteForm key={`${request.id}-${request.quoteVersion}`} request={request} />
            </Card>
          )}
          {(request.payUrl || actions.has('SEND_LINK')) && (
            <Card withBorder>
              <PaymentLinkPanel request={request} />
            </Card>
          )}
          {request.quoteVersion > 0 && (
            <Card withBorder>
              <QuoteAnswerPanel request={request} />
            </Card>
          )}
          {actions.has('SCHEDULE') && (
            <Card withBorder>
              <ScheduleForm request={request} />
            </Card>
          )}
        </Stack>
        <Card withBorder>
          <TimelinePanel request={request} />
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <PaymentsPanel request={request} />
      </Card>
    </Stack>
  );
}
