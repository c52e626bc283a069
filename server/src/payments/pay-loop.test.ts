import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm } from '@service-desk/stripe-emulator/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { createRequest, REQUEST_FIELDS } from '../test-support/requests';
import { ok, type TestServer } from '../test-support/test-server';

// The whole loop offline: quote → link → the emulator's hosted page → signed webhook → PAID → refund.
let emulator: StripeEmulator;
let server: TestServer;
let token: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, emulator, close } = await startEmulatedServer());
  token = await server.login();
});
afterAll(() => close?.());

const read = async (id: string) =>
  ok(await server.gql(`query($id: ID!) { serviceRequest(id: $id) { ${REQUEST_FIELDS} } }`, { id }, token))[
    'serviceRequest'
  ];

async function until<T>(get: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await get();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  return get();
}

/** Follows /pay/:token to the emulator's checkout page, as the customer's browser would. */
async function checkoutPage(payUrl: string): Promise<string> {
  const toLink = await fetch(`${server.url}${new URL(payUrl).pathname}`, { redirect: 'manual' });
  expect(toLink.status).toBe(303);
  const toSession = await fetch(toLink.headers.get('location') as string, { redirect: 'manual' });
  expect(toSession.status).toBe(303);
  return toSession.headers.get('location') as string;
}

async function sent(amount = 12_500) {
  const { id } = await createRequest(server, token);
  ok(await server.gql(`mutation($id: ID!, $a: Int!) { quote(id: $id, amount: $a) { id } }`, { id, a: amount }, token));
  const { payUrl } = ok(await server.gql(`mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }`, { id }, token))[
    'sendPaymentLink'
  ];
  return { id: id as string, payUrl: payUrl as string };
}

it('paying with 4242 returns to /pay/:token/done showing the payment, and the webhook makes it PAID once', async () => {
  const { id, payUrl } = await sent();
  const paid = await payForm(await checkoutPage(payUrl), { card_number: '4242 4242 4242 4242' });
  expect(paid.status).toBe(303);
  const done = paid.headers.get('location') as string;
  expect(done).toMatch(new RegExp(`^${payUrl}/done\\?session_id=cs_`));
  const page = await fetch(`${server.url}${new URL(done).pathname}${new URL(done).search}`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('Thank you — payment received');

  const after = await until(
    () => read(id),
    (r) => r.status === 'PAID',
  );
  expect(after).toMatchObject({ status: 'PAID', amountPaid: 12_500, needsAttention: false });
  const events = await until(
    async () =>
      ok(await server.gql('{ webhookEvents(first: 100) { edges { node { type status source } } } }', {}, token))[
        'webhookEvents'
      ].edges,
    (edges: any[]) =>
      edges.some(
        (e) =>
          e.node.type === 'checkout.session.completed' && e.node.source === 'WEBHOOK' && e.node.status === 'APPLIED',
      ),
  );
  expect(
    events.some(
      (e: any) =>
        e.node.type === 'checkout.session.completed' && e.node.source === 'WEBHOOK' && e.node.status === 'APPLIED',
    ),
  ).toBe(true);
  await webhooksApplied(emulator, server);
  const final = await read(id);
  expect(final.payments).toHaveLength(1);
  expect(final.timeline.filter((e: any) => e.kind === 'PAYMENT_RECEIVED')).toHaveLength(1);
  const links = ok(
    await server.gql(`query($id: ID!) { serviceRequest(id: $id) { paymentLinks { active } } }`, { id }, token),
  );
  expect(links['serviceRequest'].paymentLinks).toEqual([{ active: false }]); // the link is retired once paid
});

it('a declined card leaves the request awaiting payment, with the attempt on the timeline', async () => {
  const { id, payUrl } = await sent();
  const declined = await payForm(await checkoutPage(payUrl), { card_number: '4000 0000 0000 0002' });
  expect(declined.status).toBe(402);
  await webhooksApplied(emulator, server);
  const after = await until(
    () => read(id),
    (r) => r.timeline.some((e: any) => e.kind === 'PAYMENT_FAILED'),
  );
  expect(after.status).toBe('AWAITING_PAYMENT');
  expect(after.timeline.at(-1)).toMatchObject({ kind: 'PAYMENT_FAILED', source: 'WEBHOOK' });
});

it('a full refund through Stripe ends REFUNDED; a partial one keeps it paid', async () => {
  for (const [amount, expected] of [
    [undefined, 'REFUNDED'],
    [2_500, 'PAID'],
  ] as const) {
    const { id, payUrl } = await sent();
    await payForm(await checkoutPage(payUrl), { card_number: '4242424242424242' });
    await until(
      () => read(id),
      (r) => r.status === 'PAID',
    );
    ok(
      await server.gql(`mutation($id: ID!, $a: Int) { refund(id: $id, amount: $a) { id } }`, { id, a: amount }, token),
    );
    await webhooksApplied(emulator, server);
    const after = await until(
      () => read(id),
      (r) => r.amountRefunded === (amount ?? 12_500),
    );
    expect(after).toMatchObject({ status: expected, amountRefunded: amount ?? 12_500 });
  }
});

it('syncPayments applies what the webhooks dropped, and a second run changes nothing', async () => {
  emulator.dropNextEvents(100);
  const { id, payUrl } = await sent();
  const from = new Date(Date.now() - 60_000).toISOString();
  await payForm(await checkoutPage(payUrl), { card_number: '4242424242424242' });
  await webhooksApplied(emulator, server);
  emulator.dropNextEvents(0);
  expect((await read(id)).status).toBe('AWAITING_PAYMENT');
  const to = new Date(Date.now() + 60_000).toISOString();
  const sync = `mutation($f: DateTime!, $t: DateTime!) { syncPayments(from: $f, to: $t) { seen applied alreadyKnown ignored failed } }`;
  const first = ok(await server.gql(sync, { f: from, t: to }, token))['syncPayments'];
  expect(first.applied).toBeGreaterThan(0);
  expect(first.failed).toBe(0);
  expect(await read(id)).toMatchObject({ status: 'PAID', amountPaid: 12_500 });
  const second = ok(await server.gql(sync, { f: from, t: to }, token))['syncPayments'];
  expect(second).toMatchObject({ applied: 0, failed: 0, alreadyKnown: second.seen });
  expect((await read(id)).payments).toHaveLength(1);
});
