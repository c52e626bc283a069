import { afterAll, beforeAll, expect, it } from 'vitest';

import { createRequest } from '../test-support/requests';
import { charge, checkoutSession, deliver, refundedCharge, stripeEvent } from '../test-support/stripe-events';
import { errorCode, ok, startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = await server.login();
});
afterAll(() => server.close());

async function quoted(amount: number, currency?: string) {
  const { id } = await createRequest(server, token);
  ok(
    await server.gql(
      `mutation($id: ID!, $a: Int!, $c: String) { quote(id: $id, amount: $a, currency: $c) { id } }`,
      { id, a: amount, c: currency },
      token,
    ),
  );
  return id as string;
}

const REPORT = `query($f: DateTime!, $t: DateTime!, $c: String, $z: String) {
  paymentsReport(from: $f, to: $t, currency: $c, timeZone: $z) {
    currency paid refunded count currencies byDay { key paid refunded count } byMethod { key paid refunded count } } }`;

it('totals what was paid and refunded in the period, by day and by payment method, in one currency', async () => {
  const card = await quoted(12_500);
  const session = checkoutSession({ requestId: card, amount: 12_500 });
  await deliver(server, stripeEvent('checkout.session.completed', session));
  // How the customer paid comes from the charge (the session lists the methods offered, not the one used).
  const paidBy = charge({ paymentIntent: session.payment_intent, amount: 12_500, methodType: 'card' });
  await deliver(server, stripeEvent('charge.succeeded', paidBy));
  await deliver(server, stripeEvent('charge.refunded', refundedCharge(session.payment_intent, 12_500, 2_500)));
  const cash = await quoted(4_000);
  ok(await server.gql(`mutation($id: ID!) { markPaid(id: $id) { id } }`, { id: cash }, token));
  const euros = await quoted(9_000, 'eur');
  ok(await server.gql(`mutation($id: ID!) { markPaid(id: $id) { id } }`, { id: euros }, token));

  const today = new Date().toISOString().slice(0, 10);
  const range = { f: new Date(Date.now() - 86_400_000).toISOString(), t: new Date(Date.now() + 60_000).toISOString() };
  const report = ok(await server.gql(REPORT, range, token))['paymentsReport'];
  expect(report).toEqual({
    currency: 'usd',
    paid: 16_500,
    refunded: 2_500,
    count: 2,
    currencies: ['usd', 'eur'],
    byDay: [{ key: today, paid: 16_500, refunded: 2_500, count: 2 }],
    byMethod: [
      { key: 'card', paid: 12_500, refunded: 2_500, count: 1 },
      { key: 'manual', paid: 4_000, refunded: 0, count: 1 },
    ],
  });
  expect(ok(await server.gql(REPORT, { ...range, c: 'EUR' }, token))['paymentsReport']).toMatchObject({
    currency: 'eur',
    paid: 9_000,
  });
  const before = { f: '2020-01-01T00:00:00Z', t: '2020-02-01T00:00:00Z' };
  expect(ok(await server.gql(REPORT, before, token))['paymentsReport']).toMatchObject({
    paid: 0,
    byDay: [],
    byMethod: [],
  });
  expect(errorCode(await server.gql(REPORT, { f: range.t, t: range.f }, token))).toBe('BAD_USER_INPUT');

  // Days are those of the zone asked for: UTC+14 is a day ahead of UTC for ten hours of every day.
  const zone = 'Pacific/Kiritimati';
  const localToday = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
  expect(ok(await server.gql(REPORT, { ...range, z: zone }, token))['paymentsReport'].byDay).toEqual([
    { key: localToday, paid: 16_500, refunded: 2_500, count: 2 },
  ]);
  // Without a zone, the days are the business's (its settings' time zone).
  ok(
    await server.gql(
      'mutation($i: BusinessSettingsInput!) { updateBusinessSettings(input: $i) { timeZone } }',
      { i: { timeZone: zone } },
      token,
    ),
  );
  expect(ok(await server.gql(REPORT, range, token))['paymentsReport'].byDay).toEqual([
    { key: localToday, paid: 16_500, refunded: 2_500, count: 2 },
  ]);
  const badZone = await server.gql(REPORT, { ...range, z: 'Mars/Olympus_Mons' }, token);
  expect(errorCode(badZone)).toBe('BAD_USER_INPUT');
  expect(badZone.errors?.[0]?.extensions?.['field']).toBe('timeZone');
});
