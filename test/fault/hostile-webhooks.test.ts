import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { login, quotedRequest, serverEnv } from '../support/admin-api';
import { count, query, webhooksSettled } from '../support/db';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster';
import { gql, type ServerProcess, startServerProcess } from '../support/server-process';
import { deliver, paidEvent, sign, stripeEvent, stripeId } from '../support/stripe-events';
import { type Subscriber, subscribeChanges } from '../support/subscriber';

const AMOUNT = 12_500;
const ONE_MIB = 1024 * 1024;
let cluster: PostgresCluster;
let db: string;
let server: ServerProcess;
let token: string;
let subscriber: Subscriber;
/** A quoted request every hostile body names: had one got through, it would be paid. */
let target: string;

beforeAll(async () => {
  cluster = await startPostgresCluster('fault-hostile');
  await cluster.createDatabase('hostile');
  db = cluster.urlFor('hostile');
  server = await startServerProcess(serverEnv(db));
  token = await login(server.url);
  target = await quotedRequest(server.url, token, AMOUNT);
  subscriber = await subscribeChanges(server.url, token);
});

afterAll(async () => {
  await subscriber?.close();
  await server?.stop('SIGKILL');
  await cluster?.destroy();
});

type Json = Record<string, unknown>;
const ENVELOPE = ['id', 'type', 'created', 'livemode', 'data'] as const;

/** JSON values of every kind, with unicode of every plane in keys and strings. */
const anyJson = fc.jsonValue({ maxDepth: 3, depthSize: 'small', stringUnit: 'binary' });
/** Keys that try to reach an object's prototype once parsed and merged. */
const pollutingKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString');

const wrongValueFor: Record<(typeof ENVELOPE)[number], fc.Arbitrary<unknown>> = {
  id: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant(''), fc.array(anyJson), fc.object()),
  type: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.constant(''), fc.object()),
  created: fc.oneof(
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(1e300, -1e300, 1.5, -1, 8.64e15),
    fc.object(),
  ),
  livemode: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object()),
  data: fc.oneof(
    fc.string(),
    fc.integer(),
    fc.constant(null),
    fc.array(anyJson),
    fc.constant({}),
    fc.record({ object: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(anyJson)) }),
  ),
};

const event = () => paidEvent(target, AMOUNT) as unknown as Json;

/** A signed body that is not a Stripe event: what Stripe never sends, whoever signed it. */
const malformed: fc.Arbitrary<{ body: string; why: string }> = fc.oneof(
  fc.integer({ min: 1, max: 400 }).map((cut) => {
    const body = JSON.stringify(event());
    return { body: body.slice(0, Math.min(cut, body.length - 1)), why: 'truncated JSON' };
  }),
  fc
    .constantFrom(...ENVELOPE)
    .chain((field) => wrongValueFor[field].map((value) => ({ field, value })))
    .map(({ field, value }) => ({ body: JSON.stringify({ ...event(), [field]: value }), why: 'wrong type' })),
  fc.constantFrom(...ENVELOPE).map((field) => {
    const { [field]: dropped, ...rest } = event();
    return {
      body: JSON.stringify({ ...rest, ['__proto__']: { [field]: dropped } }),
      why: `${field} only in __proto__`,
    };
  }),
  fc
    .dictionary(fc.oneof(pollutingKey, fc.string({ unit: 'binary' })), anyJson, { maxKeys: 8 })
    .map((object) => ({ body: JSON.stringify(object), why: 'an object that is no event' })),
  anyJson
    .filter((value) => typeof value !== 'object' || value === null || Array.isArray(value))
    .map((value) => ({ body: JSON.stringify(value), why: 'not an object' })),
  fc.string({ unit: 'binary', minLength: 1 }).map((text) => ({ body: text, why: 'not JSON' })),
);

/** A genuine event body under a signature that is not for it. */
const forged: fc.Arbitrary<{ body: string; signature: string }> = fc.oneof(
  fc.jsonValue().map((other) => ({ body: JSON.stringify(event()), signature: sign(JSON.stringify(other)) })),
  fc.constant(null).map(() => {
    const body = JSON.stringify(event());
    return { body: body.replace(String(AMOUNT), '1'), signature: sign(body) };
  }),
  fc
    .constant(null)
    .map(() => ({ body: JSON.stringify(event()), signature: sign(JSON.stringify(event()), 'whsec_someone_else') })),
  fc
    .string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 200 })
    .map((signature) => ({ body: JSON.stringify(event()), signature })),
);

async function expectUntouched() {
  expect(await count(db, 'webhook_event')).toBe(0);
  expect(await count(db, 'payment')).toBe(0);
  expect(await query(db, 'select status from service_request where id = $1', [target])).toEqual([{ status: 'QUOTED' }]);
  expect(subscriber.of(target).filter((c) => c.source !== 'ADMIN')).toEqual([]);
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
}

describe('hostile webhook bodies', () => {
  it('a signed body that is not a Stripe event gets 400 and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(malformed, async ({ body, why }) => {
        const response = await deliver(server.url, undefined, { body });
        expect(`${why}: ${response.status}`).toBe(`${why}: 400`);
      }),
      { numRuns: 300 },
    );
    await expectUntouched();
  });

  it('a signature made for another body, with another secret or garbled gets 400 and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(forged, async ({ body, signature }) => {
        expect((await deliver(server.url, undefined, { body, signature })).status).toBe(400);
      }),
      { numRuns: 150 },
    );
    await expectUntouched();
  });

  it('a body over 1 MiB gets 413, signed or not, and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: ONE_MIB, max: ONE_MIB + 64 * 1024 }), fc.boolean(), async (size, signed) => {
        const body = JSON.stringify({ ...event(), padding: 'é'.repeat(size / 2) });
        expect((await deliver(server.url, undefined, { body, signature: signed ? sign(body) : 'v1=0' })).status).toBe(
          413,
        );
      }),
      { numRuns: 8 },
    );
    await expectUntouched();
  });

  it('after all that the server still serves: a genuine event pays the request, once', async () => {
    expect((await deliver(server.url, paidEvent(target, AMOUNT))).status).toBe(200);
    await webhooksSettled(db);
    const { serviceRequest } = await gql(
      server.url,
      'query($id: ID!) { serviceRequest(id: $id) { status } }',
      { id: target },
      token,
    );
    expect(serviceRequest.status).toBe('PAID');
    expect(await count(db, 'payment')).toBe(1);
    await subscriber.until((changes) => changes.some((c) => c.id === target && c.status === 'PAID'));
  });
});

describe('genuine events with hostile contents', () => {
  const HANDLED = [
    'checkout.session.completed',
    'checkout.session.async_payment_succeeded',
    'charge.refunded',
    'charge.dispute.created',
    'refund.updated',
  ];
  /** Any object, with NUL characters, lone surrogates and prototype keys where handlers look. */
  const hostileObject = fc.record({
    id: fc.string({ unit: 'binary' }),
    object: fc.string(),
    metadata: fc.dictionary(
      fc.oneof(pollutingKey, fc.constant('service_request_id'), fc.string()),
      fc.oneof(anyJson, fc.constantFrom('\u0000', '\ud800', '00000000-0000-4000-8000-000000000000')),
    ),
    payment_intent: fc.oneof(anyJson, fc.constant('\u0000pi')),
    amount_subtotal: anyJson,
    currency: anyJson,
    extra: anyJson,
  });

  it('are recorded once (200), change no request and leave the server serving', async () => {
    const before = await count(db, 'webhook_event');
    const ids: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...HANDLED), hostileObject, async (type, object) => {
        const hostile = stripeEvent(type, object);
        hostile.id = stripeId('evt');
        ids.push(hostile.id);
        expect((await deliver(server.url, hostile)).status).toBe(200);
      }),
      { numRuns: 100 },
    );
    expect(await count(db, 'webhook_event', 'id = any($1)', [ids])).toBe(ids.length);
    await webhooksSettled(db); // answered once recorded: each has been tried before it is looked at
    // Handlers take what they can use and ignore the rest: nothing is left failing, to be retried forever.
    expect(
      await query(db, "select type, error from webhook_event where id = any($1) and status = 'FAILED'", [ids]),
    ).toEqual([]);
    expect(await count(db, 'webhook_event')).toBe(before + ids.length);
    expect(await count(db, 'payment')).toBe(1);
    expect(await query(db, 'select status from service_request')).toEqual([{ status: 'PAID' }]);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
