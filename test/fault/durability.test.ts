import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { login, quotedRequest, serverEnv } from '../support/admin-api';
import { count, query, webhooksSettled } from '../support/db';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { deliver, paidEvent, paidSession, stripeEvent } from '../support/stripe-events';
import { type Subscriber, subscribeChanges } from '../support/subscriber';

const AMOUNT = 12_500;
const BATCH = 40;
let cluster: PostgresCluster;
let db: string;
let env: Record<string, string>;
let token: string;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  cluster = await startPostgresCluster('fault-durability');
  await cluster.createDatabase('durability');
  db = cluster.urlFor('durability');
  env = serverEnv(db);
  // Two processes: faults hit the first; the second's subscriber sees every committed change.
  servers.push(await startServerProcess(env), await startServerProcess(env));
  token = await login(servers[0]!.url);
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGKILL')));
  await cluster?.destroy();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retries `check` until it passes, for at most `timeoutMs`. */
async function eventually(check: () => Promise<void>, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; ;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

/**
 * Sends each event `spacingMs` after the previous, as Stripe streams them, and calls `fault` once a
 * quarter of them were acknowledged; resolves to the status each got (0: no answer).
 */
async function streamWithFault(
  url: string,
  events: { id: string }[],
  spacingMs: number,
  fault: () => Promise<unknown>,
): Promise<number[]> {
  let acknowledged = 0;
  let injected: Promise<unknown> | undefined;
  const statuses = await Promise.all(
    events.map(async (event, i) => {
      await sleep(i * spacingMs);
      const status = await deliver(url, event).then(
        (r) => r.status,
        () => 0,
      );
      if (status === 200 && ++acknowledged === Math.ceil(events.length / 4)) injected = fault();
      return status;
    }),
  );
  await injected;
  return statuses;
}

/** Stripe's retries: each event again until it is acknowledged with a 200. */
async function redeliver(url: string, events: { id: string }[]): Promise<void> {
  for (const event of events) {
    let status = 0;
    for (let attempt = 0; status !== 200 && attempt < 40; attempt++) {
      if (attempt) await sleep(500);
      status = await deliver(url, event).then(
        (r) => r.status,
        () => 0,
      );
    }
    expect(status, `redelivery of ${event.id}`).toBe(200);
  }
}

/** Every request paid exactly once: one PAID status, one payment, one PAYMENT_RECEIVED entry, every event applied. */
async function expectPaidOnce(ids: string[], eventIds: string[]) {
  await webhooksSettled(db); // acknowledged is recorded; applying follows
  expect(
    await query(db, 'select status, count(*)::int as n from service_request where id = any($1) group by status', [ids]),
  ).toEqual([{ status: 'PAID', n: ids.length }]);
  const payments = await query<{ service_request_id: string; amount: number; status: string }>(
    db,
    'select service_request_id, amount, status from payment where service_request_id = any($1)',
    [ids],
  );
  expect(payments).toHaveLength(ids.length);
  expect(new Set(payments.map((p) => p.service_request_id)).size).toBe(ids.length);
  expect(payments.every((p) => p.amount === AMOUNT && p.status === 'SUCCEEDED')).toBe(true);
  expect(await count(db, 'timeline_entry', "service_request_id = any($1) and kind = 'PAYMENT_RECEIVED'", [ids])).toBe(
    ids.length,
  );
  expect(
    await query(db, 'select status, count(*)::int as n from webhook_event where id = any($1) group by status', [
      eventIds,
    ]),
  ).toEqual([{ status: 'APPLIED', n: eventIds.length }]);
  expect(await count(db, 'service_request', 'id = any($1) and needs_attention', [ids])).toBe(0);
}

const PAID_BY_WEBHOOK = { previousStatus: 'QUOTED', status: 'PAID', source: 'WEBHOOK' };

/** What a subscriber saw of a request after the admin created and quoted it. */
const paymentChanges = (subscriber: Subscriber, id: string) =>
  subscriber
    .of(id)
    .filter((c) => c.source !== 'ADMIN')
    .map(({ previousStatus, status, source }) => ({ previousStatus, status, source }));

describe('durability', () => {
  it('kill -9 while events stream in, restart, redeliver everything: each event applied exactly once', async () => {
    const observer = servers[1]!;
    const subscriber = await subscribeChanges(observer.url, token);
    try {
      const victim = servers[0]!;
      const ids = await Promise.all(Array.from({ length: BATCH }, () => quotedRequest(observer.url, token, AMOUNT)));
      const events = ids.map((id) => paidEvent(id, AMOUNT));
      const statuses = await streamWithFault(victim.url, events, 10, () => victim.stop('SIGKILL'));
      expect(statuses).toContain(200); // the kill came mid-stream: some were acknowledged…
      expect(statuses).toContain(0); // …and some never answered
      servers[0] = await startServerProcess(env);
      await redeliver(servers[0].url, events); // Stripe redelivers; here every event, acknowledged or not

      await expectPaidOnce(
        ids,
        events.map((e) => e.id),
      );
      await subscriber.until((changes) => ids.every((id) => changes.some((c) => c.id === id && c.status === 'PAID')));
      await sleep(500); // a double application would show up as a second change
      for (const id of ids) expect(paymentChanges(subscriber, id)).toEqual([PAID_BY_WEBHOOK]);
      expect(subscriber.errors).toEqual([]);
    } finally {
      await subscriber.close();
    }
  });

  it('PostgreSQL stopped under load: 503s, never a 200 without a record; restarted, it recovers and applies every event once', async () => {
    const server = servers[0]!;
    // Twice the batch, spaced wider: PostgreSQL takes a moment to stop, and the stream must outlast that.
    const ids = await Promise.all(Array.from({ length: 2 * BATCH }, () => quotedRequest(server.url, token, AMOUNT)));
    const subscriber = await subscribeChanges(server.url, token);
    try {
      const events = ids.map((id) => paidEvent(id, AMOUNT));
      const statuses = await server.allowServerErrors(
        'PostgreSQL is stopped on purpose: events it cannot record get 503, so that Stripe retries them',
        async () => {
          const streamed = await streamWithFault(server.url, events, 25, () => cluster.stop());
          // While PostgreSQL is down the server keeps answering, and says so.
          expect((await deliver(server.url, paidEvent(ids[0]!, AMOUNT))).status).toBe(503);
          expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
          expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
          await cluster.start();
          // No restart: the same process serves again once PostgreSQL is back.
          for (let i = 0; i < 60 && (await fetch(`${server.url}/readyz`)).status !== 200; i++) await sleep(500);
          expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
          return streamed;
        },
      );

      expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
      expect(statuses).toContain(200);
      expect(statuses).toContain(503);
      const acknowledged = events.filter((_, i) => statuses[i] === 200).map((e) => e.id);
      expect(await count(db, 'webhook_event', 'id = any($1)', [acknowledged])).toBe(acknowledged.length);
      // Live updates resume too: changes made once the listener has reconnected reach the subscriber.
      await eventually(async () => {
        const probe = await quotedRequest(server.url, token, AMOUNT);
        await subscriber.until((changes) => changes.some((c) => c.id === probe && c.status === 'QUOTED'), 1_000);
      }, 30_000);

      await redeliver(server.url, events);
      await expectPaidOnce(
        ids,
        events.map((e) => e.id),
      );
      await subscriber.until((changes) => ids.every((id) => changes.some((c) => c.id === id && c.status === 'PAID')));
      await sleep(500);
      for (const id of ids) expect(paymentChanges(subscriber, id)).toEqual([PAID_BY_WEBHOOK]);
    } finally {
      await subscriber.close();
    }
  });
});

describe('concurrency', () => {
  const DELIVERIES = 1_000;

  async function deliveredAtOnce(eventsFor: (id: string) => { id: string }[]) {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const id = await quotedRequest(a.url, token, AMOUNT);
    const subscriber = await subscribeChanges(b.url, token);
    try {
      const events = eventsFor(id);
      const statuses = await Promise.all(
        events.map((event, i) => deliver(i % 2 ? a.url : b.url, event).then((r) => r.status)),
      );
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
      await expectPaidOnce([id], [...new Set(events.map((e) => e.id))]);
      await subscriber.until((changes) => changes.some((c) => c.id === id && c.status === 'PAID'));
      await sleep(500);
      expect(paymentChanges(subscriber, id)).toEqual([PAID_BY_WEBHOOK]);
    } finally {
      await subscriber.close();
    }
  }

  it(`${DELIVERIES} concurrent deliveries of one event, to two processes: one payment`, async () => {
    await deliveredAtOnce((id) => Array(DELIVERIES).fill(paidEvent(id, AMOUNT)));
  }, 120_000);

  it(`${DELIVERIES} different events for one PaymentIntent at once: one payment`, async () => {
    await deliveredAtOnce((id) => {
      const session = paidSession(id, AMOUNT);
      return Array.from({ length: DELIVERIES }, (_, i) =>
        stripeEvent(i % 2 ? 'checkout.session.async_payment_succeeded' : 'checkout.session.completed', session),
      );
    });
  }, 120_000);
});
