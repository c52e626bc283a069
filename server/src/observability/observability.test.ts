import { Writable } from 'node:stream';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { createLogger } from '../logger';
import { createRequest } from '../test-support/requests';
import { checkoutSession, deliver, stripeEvent } from '../test-support/stripe-events';
import { ok, startTestServer, type TestServer } from '../test-support/test-server';

const lines: Record<string, any>[] = [];
let server: TestServer;
let token: string;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  server = await startTestServer({}, createLogger('info', sink));
  token = await server.login();
});
afterAll(() => server.close());

const metric = (text: string, name: string) =>
  text
    .split('\n')
    .find((line) => line.startsWith(name))
    ?.split(' ')
    .at(-1);

it('/metrics answers "did the webhook arrive, was it applied, how long did it take"', async () => {
  const { id } = await createRequest(server, token);
  ok(await server.gql(`mutation($id: ID!) { quote(id: $id, amount: 12500) { id } }`, { id }, token));
  await deliver(
    server.url,
    stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 12_500 })),
  );
  await deliver(server.url, stripeEvent('checkout.session.expired', { id: 'cs_x', object: 'checkout.session' }));
  await fetch(`${server.url}/pay/unknown-token`);
  const text = await (await fetch(`${server.url}/metrics`)).text();
  expect(metric(text, 'webhook_events_total{type="checkout.session.completed",result="applied"}')).toBe('1');
  expect(Number(metric(text, 'webhook_processing_seconds_count{type="checkout.session.completed"}'))).toBe(1);
  expect(metric(text, 'checkout_sessions_expired_total')).toBe('1');
  expect(metric(text, 'pay_page_visits_total{outcome="unknown"}')).toBe('1');
  expect(metric(text, 'webhook_inbox_backlog')).toBe('0');
  expect(metric(text, 'webhook_inbox_oldest_pending_seconds')).toBe('0');
  expect(text).toMatch(/graphql_operation_seconds_count\{operation="anonymous",type="mutation"\} \d+/);
});

it('logs JSON with the request id on every line written while serving, and no secrets', async () => {
  lines.length = 0;
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'trace-me-42' },
    body: JSON.stringify({ query: '{ serviceRequest(id: "00000000-0000-4000-8000-000000000000") { id } }' }),
  });
  expect(response.headers.get('x-request-id')).toBe('trace-me-42');
  await new Promise((r) => setTimeout(r, 50));
  const mine = lines.filter((l) => l['reqId'] === 'trace-me-42');
  expect(mine.length).toBeGreaterThan(0);
  expect(JSON.stringify(lines)).not.toContain(token);
});
