import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm } from '@service-desk/stripe-emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ServiceRequestAction as A } from '../engine/lifecycle';
import { startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { acceptQuote, createRequest } from '../test-support/requests';
import { checkoutSession, deliver, stripeEvent } from '../test-support/stripe-events';
import { type GraphQLResponse, ok, type TestServer } from '../test-support/test-server';

let server: TestServer;
let emulator: StripeEmulator;
let close: () => Promise<void>;
let token: string;

beforeAll(async () => {
  ({ server, emulator, close } = await startEmulatedServer(
    { TRUST_PROXY: 'loopback' }, // each customer accepts from an address of their own (a limit per address)
    { asyncPaymentDelayMs: 3_600_000 }, // a bank debit stays processing for the whole test
  ));
  token = await server.login();
}, 60_000);
afterAll(async () => {
  await close?.();
});

const gql = (query: string, variables: Record<string, unknown> = {}) => server.gql(query, variables, token);
const TOMORROW = () => new Date(Date.now() + 86_400_000).toISOString();

/** Each action as the admin runs it, through its own mutation. */
const RUN: Record<A, (id: string) => Promise<GraphQLResponse>> = {
  [A.QUOTE]: (id) => gql('mutation($id: ID!) { quote(id: $id, amount: 7000) { id } }', { id }),
  [A.SEND_LINK]: (id) => gql('mutation($id: ID!) { sendPaymentLink(id: $id) { id } }', { id }),
  [A.ROTATE_PAY_URL]: (id) => gql('mutation($id: ID!) { rotatePayUrl(id: $id) { id } }', { id }),
  [A.MARK_PAID]: (id) => gql('mutation($id: ID!) { markPaid(id: $id) { id } }', { id }),
  [A.SCHEDULE]: (id) =>
    gql('mutation($id: ID!, $at: DateTime!) { schedule(id: $id, scheduledFor: $at) { id } }', { id, at: TOMORROW() }),
  [A.COMPLETE]: (id) => gql('mutation($id: ID!) { complete(id: $id) { id } }', { id }),
  [A.DECLINE]: (id) => gql('mutation($id: ID!) { decline(id: $id, reason: "no") { id } }', { id }),
  [A.CANCEL]: (id) => gql('mutation($id: ID!) { cancel(id: $id) { id } }', { id }),
  [A.REFUND]: (id) => gql('mutation($id: ID!) { refund(id: $id) { id } }', { id }),
  [A.CHARGE_SAVED_CARD]: (id) => gql('mutation($id: ID!) { chargeSavedCard(id: $id) { id } }', { id }),
  [A.CHECK_WITH_STRIPE]: (id) => gql('mutation($id: ID!) { checkWithStripe(id: $id) { id } }', { id }),
  [A.RESOLVE_ATTENTION]: (id) =>
    gql('mutation($id: ID!) { resolveAttention(id: $id, note: "called them") { id } }', { id }),
  [A.EXTEND_VALIDITY]: (id) =>
    gql('mutation($id: ID!, $at: DateTime!) { extendQuoteValidity(id: $id, validUntil: $at) { id } }', {
      id,
      at: TOMORROW(),
    }),
  [A.SEND_BALANCE_LINK]: (id) => gql('mutation($id: ID!) { sendBalanceLink(id: $id) { id } }', { id }),
};

async function created(email?: string): Promise<string> {
  return (await createRequest(server, token, email ? { customerEmail: email } : {})).id;
}
async function quoted(
  email?: string,
  saveCard = false,
  terms: { requireAcceptance?: boolean; validUntil?: string } = {},
): Promise<string> {
  const id = await created(email);
  const quote = `mutation($id: ID!, $s: Boolean!, $r: Boolean!, $v: DateTime) {
    quote(id: $id, amount: 5000, saveCard: $s, requireAcceptance: $r, validUntil: $v) { id } }`;
  ok(await gql(quote, { id, s: saveCard, r: terms.requireAcceptance ?? false, v: terms.validUntil ?? null }));
  return id;
}
/** A customer who saved a card paying an earlier request. */
async function savedCardCustomer(): Promise<string> {
  const email = `saved-${Math.random().toString(36).slice(2)}@example.com`;
  await paidOnStripe(true, email);
  return email;
}
/** Waits until the request's timeline has an entry of `kind` (a job's, after its commit). */
async function untilOnTimeline(id: string, kind: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { timeline } = ok(await gql('query($id: ID!) { serviceRequest(id: $id) { timeline { kind } } }', { id }))[
      'serviceRequest'
    ];
    if (timeline.some((entry: { kind: string }) => entry.kind === kind)) return;
    if (Date.now() > deadline) throw new Error(`no ${kind} on the timeline`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
let customers = 0;
async function linked(email?: string, saveCard = false, deposit = false): Promise<{ id: string; payUrl: string }> {
  const id = await quoted(email, saveCard);
  if (deposit) {
    const requote =
      'mutation($id: ID!, $s: Boolean!) { quote(id: $id, amount: 5000, depositPercent: 30, saveCard: $s) { id } }';
    ok(await gql(requote, { id, s: saveCard }));
  }
  const { payUrl } = ok(await gql('mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }', { id }))[
    'sendPaymentLink'
  ];
  // The customer chooses to pay the deposit, from an address of their own.
  if (deposit) await acceptQuote(server, payUrl, 'deposit', `198.51.100.${(customers += 1) % 250}`);
  return { id, payUrl };
}
/** Pays the request's link on the emulator's page, as the customer would. */
async function payOnStripe(payUrl: string, card = '4242424242424242', email = 'payer@example.com'): Promise<void> {
  const toLink = await fetch(`${server.url}${new URL(payUrl).pathname}`, { redirect: 'manual' });
  const toSession = await fetch(toLink.headers.get('location') as string, { redirect: 'manual' });
  const paid = await payForm(toSession.headers.get('location') as string, { card_number: card, email });
  expect(paid.status).toBe(303);
}
async function paidOnStripe(saveCard = false, email?: string, deposit = false): Promise<string> {
  const { id, payUrl } = await linked(email, saveCard, deposit);
  await payOnStripe(payUrl, undefined, email);
  await webhooksApplied(emulator, server);
  return id;
}
async function paidByHand(): Promise<string> {
  const id = await quoted();
  ok(await RUN[A.MARK_PAID](id));
  return id;
}

/**
 * Requests in every status, and with each fact a guard reads: a payment processing, money to
 * refund or none, a saved card, an acceptance awaited, a quote expired, attention raised.
 */
const STATES: Record<string, () => Promise<string>> = {
  requested: () => created(),
  quoted: () => quoted(),
  'awaiting payment': async () => (await linked()).id,
  'a bank debit processing': async () => {
    const id = await quoted();
    await deliver(
      server,
      stripeEvent(
        'checkout.session.completed',
        checkoutSession({
          requestId: id,
          amount: 5_000,
          paymentStatus: 'unpaid',
          paymentMethodTypes: ['us_bank_account'],
        }),
      ),
    );
    return id;
  },
  'quoted, for a customer with a saved card': async () => quoted(await savedCardCustomer()),
  'quoted for acceptance, not accepted yet, for a customer with a saved card': async () =>
    quoted(await savedCardCustomer(), false, { requireAcceptance: true }),
  'a quote past its validity, for a customer with a saved card': async () => {
    const id = await quoted(await savedCardCustomer(), false, {
      validUntil: new Date(Date.now() + 1_500).toISOString(),
    });
    await untilOnTimeline(id, 'QUOTE_EXPIRED');
    return id;
  },
  'paid by hand': paidByHand,
  'deposit paid on Stripe': () => paidOnStripe(false, undefined, true),
  'deposit paid, scheduled': async () => {
    const id = await paidOnStripe(false, undefined, true);
    ok(await RUN[A.SCHEDULE](id));
    return id;
  },
  'deposit paid by a customer with a saved card': () =>
    paidOnStripe(true, `deposit-${Math.random().toString(36).slice(2)}@example.com`, true),
  'paid on Stripe': () => paidOnStripe(),
  scheduled: async () => {
    const id = await paidOnStripe();
    ok(await RUN[A.SCHEDULE](id));
    return id;
  },
  completed: async () => {
    const id = await paidByHand();
    ok(await RUN[A.SCHEDULE](id));
    ok(await RUN[A.COMPLETE](id));
    return id;
  },
  declined: async () => {
    const id = await quoted();
    ok(await RUN[A.DECLINE](id));
    return id;
  },
  'canceled, then paid on Stripe (attention)': async () => {
    const { id, payUrl } = await linked();
    emulator.pauseWebhooks();
    await payOnStripe(payUrl);
    ok(await RUN[A.CANCEL](id));
    emulator.resumeWebhooks();
    await webhooksApplied(emulator, server);
    return id;
  },
  refunded: async () => {
    const id = await paidOnStripe();
    ok(await RUN[A.REFUND](id));
    await webhooksApplied(emulator, server);
    return id;
  },
};

/** What each state is there for: the guard fact it sets shows in the list (so the test covers it). */
const SHOWS: Record<string, { has?: A[]; lacks?: A[] }> = {
  'a bank debit processing': { lacks: [A.QUOTE, A.MARK_PAID, A.DECLINE, A.CANCEL] },
  'quoted, for a customer with a saved card': { has: [A.CHARGE_SAVED_CARD] },
  quoted: { lacks: [A.CHARGE_SAVED_CARD, A.ROTATE_PAY_URL] },
  'quoted for acceptance, not accepted yet, for a customer with a saved card': { lacks: [A.CHARGE_SAVED_CARD] },
  'a quote past its validity, for a customer with a saved card': {
    has: [A.EXTEND_VALIDITY],
    lacks: [A.SEND_LINK, A.CHARGE_SAVED_CARD],
  },
  'paid by hand': { lacks: [A.REFUND] },
  'paid on Stripe': { has: [A.REFUND], lacks: [A.SEND_BALANCE_LINK] },
  // A new quote keeps the deposit (deposits.test.ts).
  'deposit paid on Stripe': { has: [A.SCHEDULE, A.SEND_BALANCE_LINK, A.REFUND, A.QUOTE], lacks: [A.MARK_PAID] },
  'deposit paid, scheduled': { has: [A.COMPLETE, A.SEND_BALANCE_LINK] },
  'deposit paid by a customer with a saved card': { has: [A.CHARGE_SAVED_CARD, A.SEND_BALANCE_LINK] },
  'canceled, then paid on Stripe (attention)': { has: [A.REFUND, A.RESOLVE_ATTENTION] },
};

async function allowed(id: string): Promise<A[]> {
  return ok(await gql('query($id: ID!) { serviceRequest(id: $id) { allowedActions } }', { id }))['serviceRequest'][
    'allowedActions'
  ];
}

describe('ServiceRequest.allowedActions', () => {
  it.each(Object.entries(STATES))(
    '%s: every listed action succeeds, every other is refused',
    async (name, build) => {
      const id = await build();
      const listed = await allowed(id);
      expect(listed).toEqual(expect.arrayContaining(SHOWS[name]?.has ?? []));
      for (const action of SHOWS[name]?.lacks ?? []) expect(listed).not.toContain(action);
      for (const action of Object.values(A).filter((a) => !listed.includes(a))) {
        const answer = await RUN[action](id);
        expect
          .soft(answer.errors?.[0]?.extensions.code, `${action} is not listed, so it must be refused`)
          .toBeDefined();
      }
      expect.soft(await allowed(id)).toEqual(listed); // the refusals changed nothing
      for (const action of listed) {
        const fresh = await build();
        expect(await allowed(fresh)).toEqual(listed);
        const answer = await RUN[action](fresh);
        expect.soft(answer.errors, `${action} is listed, so it must succeed`).toBeUndefined();
      }
    },
    180_000,
  );
});
