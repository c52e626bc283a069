import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { login, quotedRequest, serverEnv } from '../support/admin-api';
import { count, query, webhookOutcome, webhooksSettled } from '../support/db';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster';
import { serverRequire } from '../support/server-deps';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { deliver, paidEvent } from '../support/stripe-events';
import { subscribeChanges } from '../support/subscriber';

const WebSocket = serverRequire('ws');

const AMOUNT = 12_500;
let cluster: PostgresCluster;
let db: string;
let env: Record<string, string>;
const servers: ServerProcess[] = [];
let token: string;

beforeAll(async () => {
  // The suite owns its PostgreSQL: killing a server leaves the database up for the other one.
  cluster = await startPostgresCluster('replicas');
  await cluster.createDatabase('replicas');
  db = cluster.urlFor('replicas');
  env = serverEnv(db);
  servers.push(await startServerProcess(env), await startServerProcess(env));
  token = await login(servers[0]!.url);
}, 180_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGKILL')));
  await cluster?.destroy();
});

describe('two server processes on one database behave as one system', () => {
  it('a subscriber on one sees a payment applied by the other', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const id = await quotedRequest(a.url, token, AMOUNT);
    const subscriber = await subscribeChanges(a.url, token);
    try {
      expect((await deliver(b.url, paidEvent(id, AMOUNT))).status).toBe(200);
      await subscriber.until((changes) => changes.some((c) => c.id === id));
      expect(subscriber.of(id)).toEqual([{ id, previousStatus: 'QUOTED', status: 'PAID', source: 'WEBHOOK' }]);
    } finally {
      await subscriber.close();
    }
  });

  it('one event delivered many times to both at once has one effect', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const id = await quotedRequest(a.url, token, AMOUNT);
    const event = paidEvent(id, AMOUNT);
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => deliver(i % 2 ? a.url : b.url, event).then((r) => r.status)),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
    await webhooksSettled(db);
    expect(await count(db, 'payment', 'service_request_id = $1', [id])).toBe(1);
    expect(await count(db, 'timeline_entry', "service_request_id = $1 and kind = 'PAYMENT_RECEIVED'", [id])).toBe(1);
  });

  it('killing one while events stream in loses no accepted event', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const ids = await Promise.all(Array.from({ length: 30 }, () => quotedRequest(b.url, token, AMOUNT)));
    const events = ids.map((id) => paidEvent(id, AMOUNT));
    const accepted: string[] = [];
    const deliveries = events.map(async (event, i) => {
      await new Promise((r) => setTimeout(r, i * 10));
      const response = await deliver(a.url, event).catch(() => undefined);
      if (response?.status === 200) accepted.push(event.id);
    });
    setTimeout(() => void a.stop('SIGKILL'), 120);
    await Promise.all(deliveries);
    // Stripe redelivers what was not acknowledged; here, to the surviving replica.
    for (const event of events.filter((e) => !accepted.includes(e.id)))
      expect((await deliver(b.url, event)).status).toBe(200);
    // Whatever the killed process accepted but had not applied, the survivor's worker applies.
    for (let i = 0; i < 60; i++) {
      const unapplied = await count(db, 'webhook_event', "status <> 'APPLIED' and id = any($1)", [
        events.map((e) => e.id),
      ]);
      if (unapplied === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const states = await query(
      db,
      'select status, count(*)::int as n from service_request where id = any($1) group by status',
      [ids],
    );
    expect(states).toEqual([{ status: 'PAID', n: ids.length }]);
    expect(await count(db, 'payment', 'service_request_id = any($1)', [ids])).toBe(ids.length);
    servers[0] = await startServerProcess(env); // back to two for any later test
  });

  it('with PostgreSQL down a webhook gets 503, never a 200 without a record; once it is back, redelivery applies it once', async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const id = await quotedRequest(a.url, token, AMOUNT);
    const event = paidEvent(id, AMOUNT);
    await cluster.stop();
    try {
      expect((await deliver(a.url, event)).status).toBe(503);
      expect((await fetch(`${b.url}/readyz`)).status).toBe(503);
    } finally {
      await cluster.start();
    }
    // Both servers recover by themselves; Stripe redelivers, to either.
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await deliver(i % 2 ? a.url : b.url, event)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 500));
    }
    expect(status).toBe(200);
    expect((await deliver(b.url, event)).status).toBe(200);
    // Answered once recorded; applied right after, by either.
    expect(await webhookOutcome(db, event.id)).toBe('APPLIED');
    expect(await query(db, 'select status from service_request where id = $1', [id])).toEqual([{ status: 'PAID' }]);
    expect(await count(db, 'payment', 'service_request_id = $1', [id])).toBe(1);
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
