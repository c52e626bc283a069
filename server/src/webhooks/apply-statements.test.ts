import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm } from '@service-desk/stripe-emulator/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { startEmulatedServer } from '../test-support/emulated-server';
import { checkoutPage, createRequest } from '../test-support/requests';
import { statements } from '../test-support/statements';
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

/** A request quoted and sent its Payment Link, paid on the emulator's hosted page; the events Stripe emitted for it, in its order. */
async function paidThroughItsLink(): Promise<{ id: string; events: StripeEventLike[] }> {
  const { id } = await createRequest(server, token);
  ok(await server.gql('mutation($id: ID!) { quote(id: $id, amount: 12500) { id } }', { id }, token));
  const { payUrl } = ok(await server.gql('mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }', { id }, token))[
    'sendPaymentLink'
  ];
  const since = Math.floor(Date.now() / 1000) - 1;
  const paid = await payForm(await checkoutPage(server, payUrl), { card_number: '4242 4242 4242 4242' });
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
    counted[event.type] = (await statements(server, () => inbox.process(event.id))).sent;
  }
  const status = ok(await server.gql('query($id: ID!) { serviceRequest(id: $id) { status } }', { id }, token));
  expect(status['serviceRequest']).toEqual({ status: 'PAID' });
  // Pinned so that a statement added to the apply path is seen (docs/performance.md: each costs a
  // socket write and a context switch to PostgreSQL, the largest share of the apply's time). Stripe
  // emits the charge first: it is parked (its payment unknown), then applied when the session's
  // transaction releases it (the session's count includes it: 14 + 5), and one more look for events
  // parked while that transaction was open (webhooks.test.ts, "parked while its payment is being recorded").
  expect(Object.fromEntries(Object.entries(counted).map(([type, sql]) => [type, sql.length]))).toEqual({
    'payment_intent.succeeded': 4, // BEGIN, claim, ignored, COMMIT
    'charge.succeeded': 6, // BEGIN, claim, no payment yet, parked, COMMIT, and the look after the park
    'checkout.session.completed': 20,
  });
}, 60_000);
