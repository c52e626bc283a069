import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { emulatorServerEnv, login, quotedRequest } from '../support/admin-api';
import { query, webhooksSettled } from '../support/db';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster';
import { freePort, gql, type ServerProcess, startServerProcess } from '../support/server-process';
import { deliver, paidEvent, stripeEvent } from '../support/stripe-events';

const TABLES = ['service_request', 'payment', 'payment_link', 'webhook_event', 'timeline_entry'];
const REQUEST = `id status quoteAmount quoteVersion payUrl amountPaid needsAttention scheduledFor
  paymentLinks { id stripeId url active } payments { id method amount status stripePaymentIntentId }
  timeline { kind from to source amount at }`;

let cluster: PostgresCluster;
let db: string;
let dataDir: string;
let env: Record<string, string>;
let server: ServerProcess;

beforeAll(async () => {
  cluster = await startPostgresCluster('fault-restart');
  await cluster.createDatabase('restart');
  db = cluster.urlFor('restart');
  dataDir = await mkdtemp(path.join(tmpdir(), 'sd-fault-restart-'));
  // The built-in emulator: payment links are real Stripe objects, kept (like the database) across restarts.
  env = { ...emulatorServerEnv(db, dataDir, await freePort()), PORT: String(await freePort()) }; // restarts keep the port
  server = await startServerProcess(env);
});

afterAll(async () => {
  await server?.stop('SIGKILL');
  await cluster?.destroy();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Waits until the emulator's own webhooks have landed and been applied: nothing moves for a while. */
async function settled() {
  let last = '';
  for (let quiet = 0; quiet < 3;) {
    await new Promise((r) => setTimeout(r, 500));
    const [now] = await query(
      db,
      "select count(*)::int as n, count(*) filter (where status = 'RECEIVED')::int as pending from webhook_event",
    );
    const key = JSON.stringify(now);
    quiet = key === last && now?.['pending'] === 0 ? quiet + 1 : 0;
    last = key;
  }
}

/** Everything stored about requests, payments, links and events, row by row. */
async function stored() {
  await settled();
  const rows: Record<string, unknown[]> = {};
  for (const table of TABLES) rows[table] = await query(db, `select * from ${table} order by id`);
  return rows;
}

async function seen(token: string) {
  return gql(server.url, `{ serviceRequests(first: 50) { totalCount edges { node { ${REQUEST} } } } }`, {}, token);
}

it('a kill -9 and a clean restart keep every request, payment, link and event, and the pay URLs still lead to the same links', async () => {
  let token = await login(server.url);
  const step = (mutation: string, id: string) =>
    gql(server.url, `mutation($id: ID!) { ${mutation} { id } }`, { id }, token);
  const paidByStripe = await quotedRequest(server.url, token);
  await step('sendPaymentLink(id: $id)', paidByStripe);
  expect((await deliver(server.url, paidEvent(paidByStripe, 12_500))).status).toBe(200);
  const scheduled = await quotedRequest(server.url, token);
  await step('markPaid(id: $id)', scheduled);
  await step(`schedule(id: $id, scheduledFor: "${new Date(Date.now() + 86_400_000).toISOString()}")`, scheduled);
  const awaiting = await quotedRequest(server.url, token);
  await step('sendPaymentLink(id: $id)', awaiting);
  await step('decline(id: $id, reason: "too far")', await quotedRequest(server.url, token));
  expect((await deliver(server.url, stripeEvent('customer.created', { id: 'cus_1', object: 'customer' }))).status).toBe(
    200,
  );
  await webhooksSettled(db);

  const rows = await stored();
  const api = await seen(token);
  expect(rows['payment']).toHaveLength(2);
  expect(rows['payment_link']).toHaveLength(2);
  expect(rows['webhook_event']?.filter((e: any) => e.source === 'WEBHOOK').length).toBeGreaterThanOrEqual(2);
  expect(api.serviceRequests.edges.map((e: any) => e.node.status).sort()).toEqual([
    'AWAITING_PAYMENT',
    'DECLINED',
    'PAID',
    'SCHEDULED',
  ]);
  const payUrl = api.serviceRequests.edges.find((e: any) => e.node.id === awaiting).node.payUrl as string;
  const leadsTo = async () =>
    (await fetch(payUrl.replace(/^https?:\/\/[^/]+/, server.url), { redirect: 'manual' })).headers.get('location');
  const link = await leadsTo();
  expect(link).toMatch(/^http/);

  for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
    await server.stop(signal);
    server = await startServerProcess(env);
    token = await login(server.url);
    const after = await stored();
    for (const table of ['service_request', 'payment', 'payment_link']) expect(after[table]).toEqual(rows[table]);
    // The emulator may still deliver an event the kill cut short: events and timeline only grow.
    for (const table of ['webhook_event', 'timeline_entry'])
      expect(after[table]).toEqual(expect.arrayContaining(rows[table] ?? []));
    expect(await seen(token)).toEqual(api);
    expect(await leadsTo()).toBe(link);
  }
});
