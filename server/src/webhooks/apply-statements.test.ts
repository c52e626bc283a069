import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm } from '@service-desk/stripe-emulator/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { startEmulatedServer } from '../test-support/emulated-server';
import { createRequest } from '../test-support/requests';
import { ok, type TestServer } from '../test-support/test-server';
import type { StripeEventLike } from './handlers/types';
import { HANDLED_EVENT_TYPES } from './inbox';

let emulator: StripeEmulator;
let server: TestServer;
let token: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, emulator, close } = await startEmulatedServer());
  token = await server.login();
});
afterAll(() => close?.());

/** The SQL statements `run` sent through the ORM's connection, transaction control included. */
async function statements(run: () => Promise<unknown>): Promise<string[]> {
  const knex = server.orm.em.getConnection().getKnex();
  const sent: string[] = [];
  const onQuery = (query: { sql: string }) => sent.push(query.sql);
  knex.on('query', onQuery);
  try {
    await run();
  } finally {
    knex.off('query', onQuery);
  }
  return sent;
}

/** A request quoted and sent its Payment Link, paid on the emulator's hosted page; the events Stripe emitted for it, in its order. */
async function paidThroughItsLink(): Promise<{ id: string; events: StripeEventLike[] }> {
  const { id } = await createRequest(server, token);
  ok(await server.gql('mutation($id: ID!) { quote(id: $id, amount: 12500) { id } }', { id }, token));
  const { payUrl } = ok(await server.gql('mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }', { id }, token))[
    'sendPaymentLink'
  ];
  const since = Math.floor(Date.now() / 1000) - 1;
  const toLink = await fetch(`${server.url}${new URL(payUrl).pathname}`, { redirect: 'manual' });
  const toSession = await fetch(toLink.headers.get('location') as string, { redirect: 'manual' });
  const paid = await payForm(toSession.headers.get('location') as string, { card_number: '4242 4242 4242 4242' });
  expect(paid.status).toBe(303);
  const listed = await fetch(`${emulator.url}/v1/events?limit=100&created[gte]=${since}`, {
    headers: { authorization: 'Bearer sk_test_emulated' },
  });
  const { data } = (await listed.json()) as { data: StripeEventLike[] };
  const events = data.filter((e) => HANDLED_EVENT_TYPES.includes(e.type) && JSON.stringify(e).includes(id)).reverse(); // the list is newest first
  return { id, events };
}

it('applying a Payment Link payment costs a pinned number of statements per event', async () => {
  // Webhooks held: this test records and applies each event itself, one at a time, counting.
  emulator.pauseWebhooks();
  const { id, events } = await paidThroughItsLink();
  expect(events.map((e) => e.type).sort()).toEqual([
    'charge.succeeded',
    'checkout.session.completed',
    'payment_intent.succeeded',
  ]);
  const inbox = server.services.inbox;
  const counted: Record<string, string[]> = {};
  for (const event of events) {
    await inbox.record(event, 'WEBHOOK');
    counted[event.type] = await statements(() => inbox.process(event.id));
  }
  const status = ok(await server.gql('query($id: ID!) { serviceRequest(id: $id) { status } }', { id }, token));
  expect(status['serviceRequest']).toEqual({ status: 'PAID' });
  // Pinned so that a statement added to the apply path is seen (docs/performance.md: each costs a
  // socket write and a context switch to PostgreSQL, the largest share of the apply's time). Stripe
  // emits the charge first: it is parked (its payment unknown), then applied when the session's
  // transaction releases it (the session's count includes it: 14 + 5).
  expect(Object.fromEntries(Object.entries(counted).map(([type, sql]) => [type, sql.length]))).toEqual({
    'payment_intent.succeeded': 4, // BEGIN, claim, ignored, COMMIT
    'charge.succeeded': 6, // BEGIN, claim, no payment yet, parked, COMMIT, and the look after the park
    'checkout.session.completed': 19,
  });
}, 60_000);
