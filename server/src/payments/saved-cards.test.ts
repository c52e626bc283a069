import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm, sdkFor } from '@service-desk/stripe-emulator/testing';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cardConsentText } from '../mail/messages';
import { startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { sideEffectsDone } from '../test-support/jobs';
import { createRequest, REQUEST_FIELDS } from '../test-support/requests';
import { errorCode, ok, type TestServer } from '../test-support/test-server';
import { AttemptState, StripeAttempt } from './stripe-attempt.entity';

// Returning customers: a card saved (with consent) while paying, charged off-session later.
let emulator: StripeEmulator;
let stripe: Stripe;
let server: TestServer;
let token: string;
const KEY = 'sk_test_saved_cards';

let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, emulator, close } = await startEmulatedServer({ STRIPE_SECRET_KEY: KEY }));
  stripe = sdkFor(emulator.url, KEY);
  token = await server.login();
});
afterAll(() => close?.());

const gql = async (query: string, variables: Record<string, unknown> = {}) => server.gql(query, variables, token);
const read = async (id: string) =>
  ok(await gql(`query($id: ID!) { serviceRequest(id: $id) { ${REQUEST_FIELDS} payUrl customer { id } } }`, { id }))[
    'serviceRequest'
  ];
const customerOf = async (id: string) =>
  ok(
    await gql(
      `query($id: ID!) { customer(id: $id) { stripeCustomerId savedCard { brand last4 expMonth expYear consentedAt consentText } totalPaid } }`,
      { id },
    ),
  )['customer'];
const quote = (id: string, amount: number, saveCard = false) =>
  gql(`mutation($id: ID!, $a: Int!, $s: Boolean!) { quote(id: $id, amount: $a, saveCard: $s) { id saveCard } }`, {
    id,
    a: amount,
    s: saveCard,
  });
const chargeSavedCard = (id: string) =>
  gql(`mutation($id: ID!) { chargeSavedCard(id: $id) { ${REQUEST_FIELDS} payUrl } }`, { id });

/** Follows /pay/:token to the emulator's page and pays it with `card`. */
async function payThroughLink(payUrl: string, card: string, email: string) {
  const toLink = await fetch(`${server.url}${new URL(payUrl).pathname}`, { redirect: 'manual' });
  expect(toLink.status).toBe(303);
  const toSession = await fetch(toLink.headers.get('location') as string, { redirect: 'manual' });
  const sessionUrl = toSession.headers.get('location') as string;
  const page = await (await fetch(sessionUrl)).text();
  const paid = await payForm(sessionUrl, { card_number: card, email });
  expect(paid.status).toBe(303);
  return page;
}

/** A returning customer: a first request paid with `card` on a link that offered to save it. */
async function customerWithSavedCard(card: string) {
  const email = `returning-${Math.random().toString(36).slice(2)}@example.com`;
  const first = await createRequest(server, token, { customerEmail: email });
  expect(ok(await quote(first.id, 5_000, true))['quote'].saveCard).toBe(true);
  const { payUrl } = ok(await gql(`mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }`, { id: first.id }))[
    'sendPaymentLink'
  ];
  const page = await payThroughLink(payUrl, card, email);
  await webhooksApplied(emulator, server);
  const paidFirst = await read(first.id);
  expect(paidFirst.status).toBe('PAID');
  return { email, page, first: paidFirst, customerId: paidFirst.customer.id as string };
}

async function quotedRequestFor(email: string, amount = 7_500) {
  const request = await createRequest(server, token, { customerEmail: email, description: 'Monthly lawn care' });
  ok(await quote(request.id, amount));
  return request.id as string;
}

const intentsFor = async (requestId: string) =>
  (await stripe.paymentIntents.list({ limit: 100 })).data.filter((i) => i.metadata['service_request_id'] === requestId);

async function mailsTo(email: string): Promise<{ to: string; kind: string; subject: string; text: string }[]> {
  const { outbox } = ok(await gql(`{ outbox(first: 100) { edges { node { to kind subject text } } } }`));
  return outbox.edges.map((e: any) => e.node).filter((m: { to: string }) => m.to === email);
}

describe('saving a card', () => {
  it('shows the consent on the Stripe page and stores the card on the customer with when and what was agreed', async () => {
    const { page, first, customerId } = await customerWithSavedCard('4242424242424242');
    const consent = cardConsentText(server.settings.BUSINESS_NAME);
    expect(page).toContain(consent.replace(/'/g, '&#39;'));
    const customer = await customerOf(customerId);
    expect(customer.savedCard).toMatchObject({
      brand: 'visa',
      last4: '4242',
      expMonth: 12,
      expYear: 2034,
      consentText: consent,
    });
    expect(Date.parse(customer.savedCard.consentedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(customer.stripeCustomerId).toMatch(/^cus_/);
    expect(first.timeline.map((t: { kind: string }) => t.kind)).toContain('CARD_SAVED');
  });

  it('saves nothing when the quote did not offer it', async () => {
    const email = `once-${Date.now()}@example.com`;
    const request = await createRequest(server, token, { customerEmail: email });
    ok(await quote(request.id, 2_000));
    const { payUrl } = ok(await gql(`mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }`, { id: request.id }))[
      'sendPaymentLink'
    ];
    const page = await payThroughLink(payUrl, '4242424242424242', email);
    await webhooksApplied(emulator, server);
    const after = await read(request.id);
    expect(after.status).toBe('PAID');
    expect(page).not.toContain('future visits');
    expect((await customerOf(after.customer.id)).savedCard).toBeNull();
  });
});

describe('chargeSavedCard', () => {
  it('charges off-session and reaches PAID once, at once and through the webhook', async () => {
    const { email, customerId } = await customerWithSavedCard('4242424242424242');
    const id = await quotedRequestFor(email);
    const charged = ok(await chargeSavedCard(id))['chargeSavedCard'];
    expect(charged.status).toBe('PAID');
    await webhooksApplied(emulator, server);
    const after = await read(id);
    expect(after.status).toBe('PAID');
    expect(after.payments).toMatchObject([{ method: 'STRIPE', amount: 7_500, status: 'SUCCEEDED' }]);
    expect(after.timeline.filter((t: { kind: string }) => t.kind === 'PAYMENT_RECEIVED')).toHaveLength(1);
    const intents = await intentsFor(id);
    expect(intents).toHaveLength(1);
    expect(intents[0]).toMatchObject({ status: 'succeeded', metadata: { quote_version: '1', charge: 'saved_card' } });
    expect((await customerOf(customerId)).totalPaid).toBe(12_500);
    expect((await mailsTo(email)).filter((m: { kind: string }) => m.kind === 'PAYMENT_LINK')).toHaveLength(1);
  });

  it('a retried charge never charges twice: after success, concurrently, and after Stripe was unreachable', async () => {
    const { email } = await customerWithSavedCard('4242424242424242');
    const first = await quotedRequestFor(email);
    ok(await chargeSavedCard(first));
    // A second call after the charge succeeded is refused and charges nothing.
    expect(errorCode(await chargeSavedCard(first))).toBe('CONFLICT');
    expect((await read(first)).status).toBe('PAID');
    expect(await intentsFor(first)).toHaveLength(1);

    const concurrent = await quotedRequestFor(email);
    const answers = await Promise.all([chargeSavedCard(concurrent), chargeSavedCard(concurrent)]);
    expect(answers.some((a) => a.data?.['chargeSavedCard']?.status === 'PAID')).toBe(true);
    for (const a of answers) if (a.errors) expect(errorCode(a)).toBe('CONFLICT');
    await webhooksApplied(emulator, server);
    expect(await intentsFor(concurrent)).toHaveLength(1);
    expect((await read(concurrent)).payments).toHaveLength(1);

    const flaky = await quotedRequestFor(email);
    // Links retired earlier are closed by background jobs: the failures must meet the charge, not them.
    await sideEffectsDone(server);
    emulator.failNextRequests(3); // the SDK's own retries fail too
    const failed = await chargeSavedCard(flaky);
    expect(errorCode(failed)).toBe('PAYMENT_PROVIDER_ERROR');
    expect((await read(flaky)).status).toBe('QUOTED');
    ok(await chargeSavedCard(flaky));
    const attempts = await server.orm.em
      .fork()
      .find(StripeAttempt, { scope: flaky, purpose: 'saved_card_charge' }, { orderBy: { attempt: 'asc' } });
    expect(attempts.map((a) => [a.attempt, a.state])).toEqual([[1, AttemptState.SUCCEEDED]]);
    expect(await intentsFor(flaky)).toHaveLength(1);
  });

  it('when the bank asks for authentication (4000 0025 0000 3155), mails the /pay link with the reason; the request stays payable', async () => {
    const { email } = await customerWithSavedCard('4000002500003155');
    const id = await quotedRequestFor(email);
    const answer = ok(await chargeSavedCard(id))['chargeSavedCard'];
    expect(answer.status).toBe('AWAITING_PAYMENT');
    expect(answer.payUrl).toMatch(/\/pay\//);
    const sent = answer.timeline.find((t: { kind: string }) => t.kind === 'LINK_SENT');
    expect(sent.note).toMatch(/Saved card not charged \(your bank asks you to confirm this payment yourself\)/);
    const mail = (await mailsTo(email)).find((m: { text: string }) => m.text.includes('Monthly lawn care'));
    expect(mail?.text).toContain(
      'We could not charge your saved card: your bank asks you to confirm this payment yourself',
    );
    expect(mail?.text).toContain(answer.payUrl);
    expect(errorCode(await chargeSavedCard(id))).toBe('CONFLICT'); // no second try at the card
    expect(await intentsFor(id)).toHaveLength(1);

    await payThroughLink(answer.payUrl, '4242424242424242', email);
    await webhooksApplied(emulator, server);
    const after = await read(id);
    expect(after.status).toBe('PAID');
    expect(after.payments).toHaveLength(1);
  });

  it('when the card is declined (4000 0000 0000 9995), mails the /pay link with Stripe’s reason', async () => {
    const { email, first } = await customerWithSavedCard('4242424242424242');
    const method = (await stripe.paymentIntents.list({ limit: 100 })).data.find(
      (i) => i.metadata['service_request_id'] === first.id,
    )?.payment_method as string;
    // The card has since run out of funds.
    emulator.changeSavedCard(method, '4000000000009995');
    const id = await quotedRequestFor(email);
    const answer = ok(await chargeSavedCard(id))['chargeSavedCard'];
    expect(answer.status).toBe('AWAITING_PAYMENT');
    expect(answer.timeline.find((t: { kind: string }) => t.kind === 'LINK_SENT').note).toContain('insufficient funds');
    await webhooksApplied(emulator, server);
    const after = await read(id);
    expect(after.timeline.map((t: { kind: string }) => t.kind)).toContain('PAYMENT_FAILED');
    expect(after.payments).toHaveLength(0);
    const mail = (await mailsTo(email)).find((m: { text: string }) => m.text.includes('Monthly lawn care'));
    expect(mail?.text).toContain('We could not charge your saved card: Your card has insufficient funds.');
  });

  it('names the business as saved in its settings in the consent, on the Stripe page and on the card', async () => {
    ok(await gql('mutation { updateBusinessSettings(input: { name: "Fern & Sons" }) { name } }'));
    try {
      const { page, customerId } = await customerWithSavedCard('4242424242424242');
      const consent = cardConsentText('Fern & Sons');
      expect(page).toContain(consent.replace(/&/g, '&amp;'));
      expect((await customerOf(customerId)).savedCard.consentText).toBe(consent);
    } finally {
      ok(await gql('mutation { updateBusinessSettings(input: { name: null }) { name } }'));
    }
  });

  it('refuses requests that are not QUOTED, customers without a saved card, unknown ids', async () => {
    const plain = await createRequest(server, token);
    expect(errorCode(await chargeSavedCard(plain.id))).toBe('CONFLICT');
    ok(await quote(plain.id, 3_000));
    const refused = await chargeSavedCard(plain.id);
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/no saved card/);
    expect((await read(plain.id)).status).toBe('QUOTED');
    expect(errorCode(await chargeSavedCard('00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
  });
});
