import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ROOT, serverRequire } from '../support/server-deps';
import { freePort, gql, type ServerProcess, startServerProcess } from '../support/server-process';

const Stripe = serverRequire('stripe');
const { createClient } = serverRequire('graphql-ws');
const WebSocket = serverRequire('ws');
const pg = serverRequire('pg');
const { startEmbeddedPostgres } = serverRequire(path.join(ROOT, 'server/dist/db/embedded-postgres.js'));
const pino = serverRequire('pino');

const SECRET = 'whsec_replicas_test_secret';
const stripe = new Stripe('sk_test_signing_only');
let dir: string;
let cluster: { urlFor(db: string): string; createDatabase(db: string): Promise<void>; stop(): Promise<void> };
let env: Record<string, string>;
let pgPort: number;
const servers: ServerProcess[] = [];
let token: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sd-replicas-'));
  await chmod(dir, 0o755);
  // The suite owns its PostgreSQL: killing a server leaves the database up for the other one.
  pgPort = await freePort();
  cluster = await startEmbeddedPostgres(dir, pgPort, pino({ level: 'warn' }));
  await cluster.createDatabase('replicas');
  env = {
    DATABASE_URL: cluster.urlFor('replicas'),
    STRIPE_SECRET_KEY: 'sk_test_no_stripe_needed',
    STRIPE_API_URL: 'http://127.0.0.1:9',
    STRIPE_WEBHOOK_SECRET: SECRET,
    ADMIN_EMAIL: 'owner@example.com',
    ADMIN_PASSWORD: 'replicas password 123',
    RECONCILE_INTERVAL: '0',
  };
  servers.push(await startServerProcess(env), await startServerProcess(env));
  token = (
    await gql(
      servers[0]!.url,
      'mutation { login(email: "owner@example.com", password: "replicas password 123") { token } }',
    )
  ).login.token;
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGKILL')));
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

async function quotedRequest(url: string): Promise<string> {
  const { createServiceRequest } = await gql(
    url,
    'mutation { createServiceRequest(input: { customerName: "Rep", customerEmail: "rep@example.com", description: "Replicas" }) { id } }',
    {},
    token,
  );
  await gql(url, 'mutation($id: ID!) { quote(id: $id, amount: 12500) { id } }', { id: createServiceRequest.id }, token);
  return createServiceRequest.id;
}

function paidEvent(requestId: string) {
  const hex = () => randomBytes(10).toString('hex');
  return {
    id: `evt_${hex()}`,
    object: 'event',
    api_version: Stripe.API_VERSION,
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: 'checkout.session.completed',
    data: {
      object: {
        id: `cs_test_${hex()}`,
        object: 'checkout.session',
        amount_subtotal: 12_500,
        amount_total: 12_500,
        currency: 'usd',
        status: 'complete',
        payment_status: 'paid',
        payment_intent: `pi_${hex()}`,
        metadata: { service_request_id: requestId, quote_version: '1' },
      },
    },
  };
}

function post(url: string, event: unknown) {
  const body = JSON.stringify(event);
  return fetch(`${url}/webhooks/stripe`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'stripe-signature': stripe.webhooks.generateTestHeaderString({ payload: body, secret: SECRET }),
    },
    body,
  });
}

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: env['DATABASE_URL'] });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe('two server processes on one database behave as one system', () => {
  it('a subscriber on one sees a payment applied by the other', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const id = await quotedRequest(a.url);
    const received: any[] = [];
    const client = createClient({
      url: `${a.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    client.subscribe(
      { query: 'subscription($id: ID) { serviceRequestChanged(id: $id) { status source } }', variables: { id } },
      { next: (m: unknown) => received.push(m), error: () => undefined, complete: () => undefined },
    );
    await new Promise((r) => setTimeout(r, 500));
    expect((await post(b.url, paidEvent(id))).status).toBe(200);
    for (let i = 0; i < 50 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    await client.dispose();
    expect(received.map((m) => m.data.serviceRequestChanged)).toEqual([{ status: 'PAID', source: 'WEBHOOK' }]);
  });

  it('one event delivered many times to both at once has one effect', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const id = await quotedRequest(a.url);
    const event = paidEvent(id);
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => post(i % 2 ? a.url : b.url, event).then((r) => r.status)),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
    const payments = await query<{ n: string }>('select count(*) as n from payment where service_request_id = $1', [
      id,
    ]);
    expect(Number(payments[0]?.n)).toBe(1);
    const paidEntries = await query<{ n: string }>(
      "select count(*) as n from timeline_entry where service_request_id = $1 and kind = 'PAYMENT_RECEIVED'",
      [id],
    );
    expect(Number(paidEntries[0]?.n)).toBe(1);
  });

  it('killing one while events stream in loses no accepted event', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const ids = await Promise.all(Array.from({ length: 30 }, () => quotedRequest(b.url)));
    const events = ids.map(paidEvent);
    const accepted: string[] = [];
    const deliveries = events.map(async (event, i) => {
      await new Promise((r) => setTimeout(r, i * 10));
      const response = await post(a.url, event).catch(() => undefined);
      if (response?.status === 200) accepted.push(event.id);
    });
    setTimeout(() => void a.stop('SIGKILL'), 120);
    await Promise.all(deliveries);
    // Stripe redelivers what was not acknowledged; here, to the surviving replica.
    for (const event of events.filter((e) => !accepted.includes(e.id)))
      expect((await post(b.url, event)).status).toBe(200);
    // Whatever the killed process accepted but had not applied, the survivor's worker applies.
    for (let i = 0; i < 60; i++) {
      const [row] = await query<{ n: string }>(
        "select count(*) as n from webhook_event where status <> 'APPLIED' and id = any($1)",
        [events.map((e) => e.id)],
      );
      if (Number(row?.n) === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const states = await query<{ status: string; n: string }>(
      'select status, count(*) as n from service_request where id = any($1) group by status',
      [ids],
    );
    expect(states).toEqual([{ status: 'PAID', n: String(ids.length) }]);
    const payments = await query<{ n: string }>(
      'select count(*) as n from payment where service_request_id = any($1)',
      [ids],
    );
    expect(Number(payments[0]?.n)).toBe(ids.length);
    servers[0] = await startServerProcess(env); // back to two for any later test
  });

  it('with PostgreSQL down a webhook gets 503, never a 200 without a record; once it is back, redelivery applies it once', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const id = await quotedRequest(a.url);
    const event = paidEvent(id);
    await cluster.stop();
    try {
      expect((await post(a.url, event)).status).toBe(503);
      expect((await fetch(`${b.url}/readyz`)).status).toBe(503);
    } finally {
      cluster = await startEmbeddedPostgres(dir, pgPort, pino({ level: 'warn' }));
    }
    // Both servers recover by themselves; Stripe redelivers, to either.
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await post(i % 2 ? a.url : b.url, event)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    expect((await post(b.url, event)).status).toBe(200);
    const rows = await query<{ status: string }>('select status from service_request where id = $1', [id]);
    expect(rows).toEqual([{ status: 'PAID' }]);
    const payments = await query<{ n: string }>('select count(*) as n from payment where service_request_id = $1', [
      id,
    ]);
    expect(Number(payments[0]?.n)).toBe(1);
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200);
  });

  it('SIGTERM closes subscriptions with 1001 (clients reconnect elsewhere) and exits cleanly', async () => {
    const server = await startServerProcess(env);
    let exited: Promise<number | null> | undefined;
    const closed = new Promise<number>((resolve) => {
      const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
      socket.on('open', () =>
        socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
      );
      socket.on('message', (data: Buffer) => {
        if (JSON.parse(data.toString()).type === 'connection_ack') exited = server.stop('SIGTERM');
      });
      socket.on('close', (code: number) => resolve(code));
    });
    expect(await closed).toBe(1001);
    expect(await exited).toBe(0);
  });
});
