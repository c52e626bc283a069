import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm } from '@service-desk/stripe-emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { checkoutPage, sentRequest } from '../test-support/requests';
import { errorCode, ok, type TestServer } from '../test-support/test-server';

/**
 * A bank debit that fails days later must not strand the customer: in both primitives the same
 * /pay URL leads to a fresh Stripe page (the used-up link or session is retired), the customer is
 * told by mail, and nothing — checkWithStripe included — turns the failed payment back into one
 * in progress. While the debit is in progress, /pay says so and no second charge can start.
 */
const FAILING_ACCOUNT = '000111111113';

const READ = `query($id: ID!) { serviceRequest(id: $id) { status needsAttention
  payments { status paymentMethodType } timeline { kind } } }`;

describe.each(['payment_link', 'checkout_session'] as const)('with PAYMENT_PRIMITIVE=%s', (primitive) => {
  let emulator: StripeEmulator;
  let server: TestServer;
  let token: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ server, emulator, close } = await startEmulatedServer(
      { PAYMENT_PRIMITIVE: primitive },
      { asyncPaymentDelayMs: 3_600_000 }, // settled by the test
    ));
    token = await server.login();
  });
  afterAll(() => close?.());

  const gql = async (query: string, variables: Record<string, unknown> = {}) => server.gql(query, variables, token);
  const read = async (id: string) => ok(await gql(READ, { id }))['serviceRequest'];

  it('the failed debit leaves /pay payable with a fresh page, tells the customer, and checkWithStripe keeps it failed', async () => {
    const { id, payUrl } = await sentRequest(server, token, 12_500);

    const first = await checkoutPage(server, payUrl);
    const submitted = await payForm(first, { payment_method: 'bank_debit', account_number: FAILING_ACCOUNT });
    expect(submitted.status).toBe(303);
    await webhooksApplied(emulator, server);
    expect(await read(id)).toMatchObject({
      status: 'AWAITING_PAYMENT',
      payments: [{ status: 'PROCESSING', paymentMethodType: 'us_bank_account' }],
    });

    // While the debit is on its way: /pay says so, and a saved-card charge is refused.
    const inProgress = await fetch(`${server.url}${new URL(payUrl).pathname}`, { redirect: 'manual' });
    expect(inProgress.status).toBe(200);
    expect(await inProgress.text()).toContain('Payment in progress');
    const charge = await gql('mutation($id: ID!) { chargeSavedCard(id: $id) { id } }', { id });
    expect(errorCode(charge)).toBe('CONFLICT');
    expect(charge.errors?.[0]?.message).toContain('processing');

    emulator.settleAsyncPayment(new URL(first).pathname.split('/').at(-1) as string, 'failed');
    await webhooksApplied(emulator, server);
    const failed = await read(id);
    expect(failed).toMatchObject({ status: 'AWAITING_PAYMENT', payments: [{ status: 'FAILED' }] });
    expect(failed.timeline.map((e: { kind: string }) => e.kind)).toContain('PAYMENT_FAILED');

    const { outbox } = ok(await gql('{ outbox(first: 100) { edges { node { kind text } } } }'));
    const notices = outbox.edges.filter((e: any) => e.node.kind === 'PAYMENT_FAILED' && e.node.text.includes(payUrl));
    expect(notices).toHaveLength(1);

    // Asking Stripe again finds the session complete and unpaid: it must not resurrect the payment.
    ok(await gql('mutation($id: ID!) { checkWithStripe(id: $id) { id } }', { id }));
    expect((await read(id)).payments).toEqual([expect.objectContaining({ status: 'FAILED' })]);

    // The same /pay URL leads to a fresh page that takes the payment.
    const second = await checkoutPage(server, payUrl);
    expect(second).not.toBe(first);
    expect((await payForm(second, { card_number: '4242424242424242' })).status).toBe(303);
    await webhooksApplied(emulator, server);
    const paid = await read(id);
    expect(paid.status).toBe('PAID');
    expect(paid.needsAttention).toBe(false);
    expect(paid.payments.map((p: { status: string }) => p.status).sort()).toEqual(['FAILED', 'SUCCEEDED']);
  });
});
