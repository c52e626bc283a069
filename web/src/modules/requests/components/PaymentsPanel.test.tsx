import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import {
  MeDocument,
  type RequestDetailFragment,
  RefundDocument,
  SubmitDisputeEvidenceDocument,
} from '../../../gql/graphql';
import { requestDetail } from '../../../test/fixtures';
import { renderDetailPage } from './detail-page.test-support';

type Payment = RequestDetailFragment['payments'][number];

/** A card payment of $125.00 through Stripe, `refunded` of it refunded already. */
function cardPayment(refunded = 0): Payment {
  return {
    __typename: 'Payment',
    id: 'p1',
    method: 'STRIPE',
    stripePaymentIntentId: 'pi_1',
    paymentMethodType: 'card',
    purpose: 'FULL',
    amount: 12500,
    currency: 'usd',
    refunded,
    status: refunded === 0 ? 'SUCCEEDED' : refunded < 12500 ? 'PARTIALLY_REFUNDED' : 'REFUNDED',
    disputed: false,
    createdAt: '2026-01-02T10:00:00.000Z',
    refunds: refunded
      ? [
          {
            __typename: 'Refund',
            id: 'rf1',
            stripeRefundId: 're_1',
            amount: refunded,
            status: 'SUCCEEDED',
            createdAt: '2026-01-03T10:00:00.000Z',
          },
        ]
      : [],
    dispute: null,
  };
}

const paid = (refunded = 0) =>
  requestDetail({
    status: 'PAID',
    allowedActions: ['SCHEDULE', 'REFUND', 'CHECK_WITH_STRIPE'],
    amountPaid: 12500,
    amountRefunded: refunded,
    payments: [cardPayment(refunded)],
  });

/** The detail page of `request`, as the app shows it: the refund's result reaches the panel through the cache. */
function renderDetail(request: RequestDetailFragment, refunds: { amount: number; result: RequestDetailFragment }[]) {
  const sent: unknown[] = [];
  renderDetailPage(
    request,
    refunds.map(({ amount, result }) => ({
      request: {
        query: RefundDocument,
        variables: (variables: Record<string, unknown>) => {
          if (variables['amount'] !== amount) return false;
          sent.push(variables);
          return true;
        },
      },
      result: { data: { refund: result } },
    })),
  );
  return sent;
}

const paymentRow = () => screen.getByTestId('payment-row');

async function openRefund() {
  await userEvent.click(within(paymentRow()).getByRole('button', { name: 'Refund' }));
  const dialog = screen.getByRole('dialog', { name: 'Refund Ada Lovelace?' });
  return { dialog, amount: within(dialog).getByRole('textbox', { name: 'Amount (USD)' }) as HTMLInputElement };
}

describe('PaymentsPanel, refunds', () => {
  it('offers no refund when the server does not list REFUND (a staff member)', async () => {
    renderDetail({ ...paid(), allowedActions: ['SCHEDULE', 'CHECK_WITH_STRIPE'] }, []);
    await screen.findByTestId('payment-row');
    expect(within(paymentRow()).queryByRole('button', { name: 'Refund' })).toBeNull();
  });

  it('proposes what is left on the payment each time the dialog opens, not the amount typed the time before', async () => {
    const sent = renderDetail(paid(), [{ amount: 2500, result: paid(2500) }]);
    await screen.findByTestId('payment-row');

    const first = await openRefund();
    expect(first.amount.value).toBe('125.00');
    await userEvent.clear(first.amount);
    await userEvent.type(first.amount, '25');
    await userEvent.click(within(first.dialog).getByRole('button', { name: 'Refund' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([{ id: 'r1', paymentId: 'p1', amount: 2500 }]);
    // The mutation's answer went through the cache: the row shows the partial refund.
    expect(within(paymentRow()).getByText('$25.00')).toBeTruthy();
    expect(within(paymentRow()).getByTestId('payment-status').textContent).toBe('partially refunded');

    const again = await openRefund();
    expect(within(again.dialog).getByText(/Up to \$100\.00 of this payment/)).toBeTruthy();
    expect(again.amount.value).toBe('100.00');
  });

  it('proposes what is left again after the admin typed an amount and went back without refunding', async () => {
    renderDetail(paid(2500), []);
    await screen.findByTestId('payment-row');
    const first = await openRefund();
    expect(first.amount.value).toBe('100.00');
    await userEvent.clear(first.amount);
    await userEvent.type(first.amount, '10');
    await userEvent.click(within(first.dialog).getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect((await openRefund()).amount.value).toBe('100.00');
  });

  it('refuses more than is left before asking the server, and refunds less than Stripe’s minimum charge', async () => {
    const sent = renderDetail(paid(2500), [{ amount: 10, result: paid(2510) }]);
    await screen.findByTestId('payment-row');
    const { dialog, amount } = await openRefund();
    await userEvent.clear(amount);
    await userEvent.type(amount, '100.01');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    expect(within(dialog).getByText('At most $100.00 is left to refund on this payment')).toBeTruthy();
    expect(amount.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);

    // A refund is not a charge: ten cents is fine, below the $0.50 a quote needs.
    await userEvent.clear(amount);
    await userEvent.type(amount, '0.10');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([{ id: 'r1', paymentId: 'p1', amount: 10 }]);
  });
});

describe('PaymentsPanel, refunding a deposit before the work', () => {
  /** A $30.00 deposit paid on a $125.00 quote: the work is booked, $95.00 still due. */
  const booked = () =>
    requestDetail({
      status: 'DEPOSIT_PAID',
      allowedActions: ['SCHEDULE', 'REFUND', 'CHECK_WITH_STRIPE'],
      amountPaid: 3000,
      amountDue: 9500,
      payments: [{ ...cardPayment(), purpose: 'DEPOSIT', amount: 3000, status: 'SUCCEEDED' }],
    });

  it('asks where the booking goes when the whole deposit is refunded, and sends the choice', async () => {
    const sent = renderDetail(booked(), [{ amount: 3000, result: booked() }]);
    await screen.findByTestId('payment-row');
    const { dialog, amount } = await openRefund();
    expect(amount.value).toBe('30.00');
    const choice = within(dialog).getByRole('radiogroup', { name: /Refunding the whole deposit cancels the booking/ });
    expect((within(choice).getByRole('radio', { name: 'Canceled' }) as HTMLInputElement).checked).toBe(true);
    await userEvent.click(within(choice).getByRole('radio', { name: /^Quoted again/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([{ id: 'r1', paymentId: 'p1', amount: 3000, afterDepositRefund: 'QUOTED' }]);
  });

  it('keeps the booking out of a partial refund of the deposit', async () => {
    const sent = renderDetail(booked(), [{ amount: 1000, result: booked() }]);
    await screen.findByTestId('payment-row');
    const { dialog, amount } = await openRefund();
    await userEvent.clear(amount);
    await userEvent.type(amount, '10');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refund' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([{ id: 'r1', paymentId: 'p1', amount: 1000 }]);
  });

  it('does not ask once the work is done (the balance is all that is left to collect)', async () => {
    renderDetail({ ...booked(), status: 'COMPLETED' }, []);
    await screen.findByTestId('payment-row');
    const { dialog } = await openRefund();
    expect(within(dialog).queryByRole('radiogroup')).toBeNull();
  });
});

describe('PaymentsPanel, what Stripe reported', () => {
  it('lists each refund with its state, and shows a chargeback with its evidence due date', async () => {
    const payment = {
      ...cardPayment(2500),
      refunds: [
        {
          __typename: 'Refund' as const,
          id: 'rf1',
          stripeRefundId: 're_1',
          amount: 2500,
          status: 'SUCCEEDED' as const,
          createdAt: '2026-01-03T10:00:00.000Z',
        },
        {
          __typename: 'Refund' as const,
          id: 'rf2',
          stripeRefundId: 're_2',
          amount: 1000,
          status: 'FAILED' as const,
          createdAt: '2026-01-04T10:00:00.000Z',
        },
      ],
      disputed: true,
      dispute: {
        __typename: 'Dispute' as const,
        status: 'needs_response',
        reason: 'fraudulent',
        amount: 12500,
        evidenceDueBy: '2026-01-20T00:00:00.000Z',
        outcome: null,
      },
    };
    renderDetail(requestDetail({ status: 'PAID', amountPaid: 12500, amountRefunded: 2500, payments: [payment] }), []);
    await screen.findByTestId('payment-row');
    expect(screen.getAllByTestId('refund-line').map((line) => line.textContent)).toEqual([
      'Refund $25.00: succeeded',
      'Refund $10.00: failed',
    ]);
    expect(screen.getByTestId('dispute').textContent).toMatch(/^disputed, evidence due /);
    // A chargeback cannot be refunded.
    expect(within(paymentRow()).queryByRole('button', { name: 'Refund' })).toBeNull();
  });
});

describe('PaymentsPanel, disputes', () => {
  const dispute = (status: string, outcome: string | null = null) => ({
    __typename: 'Dispute' as const,
    status,
    reason: 'product_not_received',
    amount: 12500,
    evidenceDueBy: '2026-01-20T00:00:00.000Z',
    outcome,
  });
  const disputed = requestDetail({
    status: 'PAID',
    amountPaid: 12500,
    payments: [{ ...cardPayment(), disputed: true, dispute: dispute('needs_response') }],
  });
  const signedIn = (role: 'OWNER' | 'STAFF') => ({
    request: { query: MeDocument },
    result: { data: { me: { __typename: 'Admin' as const, id: 'a1', email: 'o@example.com', name: null, role } } },
  });

  it('lets an owner submit evidence with a note, and shows the outcome Stripe answers', async () => {
    const sent: unknown[] = [];
    renderDetailPage(disputed, [
      signedIn('OWNER'),
      {
        request: {
          query: SubmitDisputeEvidenceDocument,
          variables: (variables: Record<string, unknown>) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            submitDisputeEvidence: {
              __typename: 'Payment' as const,
              id: 'p1',
              disputed: false,
              dispute: dispute('won', 'won'),
            },
          },
        },
      },
    ]);
    await userEvent.click(
      await within(await screen.findByTestId('payment-row')).findByRole('button', { name: 'Submit evidence' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Answer the dispute of $125.00?' });
    expect(dialog.textContent).toContain("The bank's reason: product not received");
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Note for the bank/ }), 'Photos sent');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit evidence' }));
    await waitFor(() => expect(screen.getByTestId('dispute').textContent).toBe('dispute won'));
    expect(sent).toEqual([{ paymentId: 'p1', note: 'Photos sent' }]);
    expect(within(paymentRow()).queryByRole('button', { name: 'Submit evidence' })).toBeNull();
  }, 20_000);

  it.each([
    ['to staff', 'STAFF', 'needs_response'],
    ['once the evidence is under review', 'OWNER', 'under_review'],
  ] as const)('offers no evidence action %s', async (_, role, status) => {
    const payment = { ...cardPayment(), disputed: true, dispute: dispute(status) };
    renderDetailPage({ ...disputed, payments: [payment] }, [signedIn(role)]);
    await screen.findByTestId('payment-row');
    await waitFor(() => expect(screen.getByTestId('dispute')).toBeTruthy());
    expect(within(paymentRow()).queryByRole('button', { name: 'Submit evidence' })).toBeNull();
  });
});
