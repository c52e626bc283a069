import { afterAll, beforeAll, expect, it } from 'vitest';

import { createRequest } from '../test-support/requests';
import { ok, startTestServer, type TestServer } from '../test-support/test-server';

// Checkout Sessions are minted on the customer's click, so sending needs no Stripe; and the Stripe
// these servers point at is unreachable, which shows what the customer sees when Stripe is down.
let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ PAYMENT_PRIMITIVE: 'checkout_session' });
  token = await server.login();
});
afterAll(() => server.close());

async function sentRequest() {
  const { id } = await createRequest(server, token);
  ok(await server.gql(`mutation($id: ID!) { quote(id: $id, amount: 5000) { id } }`, { id }, token));
  return ok(await server.gql(`mutation($id: ID!) { sendPaymentLink(id: $id) { id payUrl } }`, { id }, token))[
    'sendPaymentLink'
  ];
}

it('pay tokens are long random values that cannot be guessed or altered into another request', async () => {
  const [a, b] = [await sentRequest(), await sentRequest()];
  const tokenOf = (url: string) => url.split('/pay/')[1] as string;
  expect(tokenOf(a.payUrl)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(tokenOf(a.payUrl)).not.toBe(tokenOf(b.payUrl));
  const altered = [...tokenOf(a.payUrl)];
  altered[10] = altered[10] === 'A' ? 'B' : 'A';
  for (const guess of [altered.join(''), tokenOf(a.payUrl).slice(0, -1), a.id, b.id, `${tokenOf(a.payUrl)}x`]) {
    const response = await fetch(`${server.url}/pay/${guess}`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Link not found');
  }
  // The database holds only a hash of the token: reading it gives no working URL.
  const [row] = await server.orm.em
    .getConnection()
    .execute('select pay_token_hash, pay_token_sealed from service_request where id = ?', [a.id]);
  expect(JSON.stringify(row)).not.toContain(tokenOf(a.payUrl));
});

it('when Stripe cannot be reached, /pay says to try again later instead of failing blank', async () => {
  const sent = await sentRequest();
  const response = await fetch(`${server.url}/pay/${sent.payUrl.split('/pay/')[1]}`, { redirect: 'manual' });
  expect(response.status).toBe(503);
  expect(await response.text()).toContain('try again in a few minutes');
});
