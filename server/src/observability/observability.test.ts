import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';

import express from 'express';
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
  await deliver(server, stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 12_500 })));
  await deliver(server, stripeEvent('checkout.session.expired', { id: 'cs_x', object: 'checkout.session' }));
  await fetch(`${server.url}/pay/unknown-token`);
  const text = await (await fetch(`${server.url}/metrics`)).text();
  expect(metric(text, 'webhook_events_total{type="checkout.session.completed",result="applied"}')).toBe('1');
  expect(Number(metric(text, 'webhook_processing_seconds_count{type="checkout.session.completed"}'))).toBe(1);
  expect(metric(text, 'checkout_sessions_expired_total')).toBe('1');
  expect(metric(text, 'pay_page_visits_total{outcome="unknown"}')).toBe('1');
  expect(metric(text, 'webhook_inbox_backlog')).toBe('0');
  expect(metric(text, 'webhook_inbox_oldest_pending_seconds')).toBe('0');
  expect(text).toMatch(/graphql_operation_seconds_count\{operation="other",type="mutation"\} \d+/);
});

it("labels GraphQL operations with the SPA's names only, every other name as `other`", async () => {
  const named = (name: string) => server.gql(`query ${name} { me { id } }`, {}, token);
  await named('Me');
  for (let i = 0; i < 20; i++) await named(`Invented${i}`);
  const text = await (await fetch(`${server.url}/metrics`)).text();
  const labels = new Set([...text.matchAll(/graphql_operation_seconds_count\{operation="([^"]*)"/g)].map((m) => m[1]));
  expect(labels).toContain('Me');
  expect(labels).toContain('other');
  expect([...labels].filter((label) => label?.startsWith('Invented'))).toEqual([]);
});

it("the SPA's operation names are the committed ones (the server build writes them)", () => {
  const root = path.resolve(__dirname, '../..');
  const derived = execFileSync(process.execPath, ['scripts/spa-operations.mjs', '--print'], { cwd: root });
  const committed = readFileSync(path.join(root, 'src/observability/spa-operations.json'), 'utf8');
  expect(JSON.parse(committed)).toEqual(JSON.parse(derived.toString()));
  expect(JSON.parse(committed)).toEqual(expect.arrayContaining(['Login', 'Me', 'ServiceRequests']));
});

it('keeps /metrics to the bearer token when METRICS_TOKEN is set', async () => {
  const secret = 'scrape-token-0123456789';
  const app = express().use(server.services.metrics.route(secret));
  const listener = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => listener.once('listening', resolve));
  const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/metrics`;
  try {
    for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${secret}`, `Bearer ${secret}x`]) {
      const refused = await fetch(url, { headers: authorization ? { authorization } : {} });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await refused.text()).toContain('METRICS_TOKEN');
    }
    const allowed = await fetch(url, { headers: { authorization: `Bearer ${secret}` } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toContain('graphql_operation_seconds');
  } finally {
    await new Promise((resolve) => listener.close(resolve));
  }
});

it("exports the event loop's longest delay since the last scrape", async () => {
  const scrape = async () =>
    Number(metric(await (await fetch(`${server.url}/metrics`)).text(), 'nodejs_eventloop_lag_max_seconds'));
  await scrape();
  const until = Date.now() + 300;
  while (Date.now() < until); // the server runs in this process: this stalls its event loop
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(await scrape()).toBeGreaterThanOrEqual(0.25);
  expect(await scrape()).toBeLessThan(0.25);
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
