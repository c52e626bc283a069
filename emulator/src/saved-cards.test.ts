import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { payForm, runEmulator, type Running } from './test-support';

// Saving a card while paying (setup_future_usage) and charging it later off-session.
let running: Running;
let stripe: Stripe;

beforeAll(async () => {
  running = await runEmulator({ port: 0 });
  stripe = running.stripe;
});
afterAll(() => running?.stop());

const METADATA = { service_request_id: 'req-9', quote_version: '1' };
const CONSENT = 'I agree that Green Thumbs may charge this card for future visits.';

/** Pays a fresh Payment Link that saves the card, with `card`; returns the Customer and its PaymentMethod. */
async function saveCard(card: string) {
  const product = await stripe.products.create({ name: 'Lawn care' });
  const price = await stripe.prices.create({ product: product.id, unit_amount: 5_000, currency: 'usd' });
  const link = await stripe.paymentLinks.create({
    line_items: [{ price: price.id, quantity: 1 }],
    metadata: METADATA,
    payment_intent_data: { metadata: METADATA, setup_future_usage: 'off_session' },
    custom_text: { submit: { message: CONSENT } },
    restrictions: { completed_sessions: { limit: 1 } },
  });
  const opened = await fetch(link.url, { redirect: 'manual' });
  const sessionUrl = opened.headers.get('location') as string;
  const paid = await payForm(sessionUrl, { card_number: card });
  expect(paid.status).toBeLessThan(400);
  const session = await stripe.checkout.sessions.retrieve(sessionUrl.split('/').at(-1) as string);
  const intent = await stripe.paymentIntents.retrieve(session.payment_intent as string);
  return { session, intent, customer: session.customer as string, method: intent.payment_method as string };
}

const charge = (customer: string, method: string, key?: string) =>
  stripe.paymentIntents.create(
    {
      amount: 5_000,
      currency: 'usd',
      customer,
      payment_method: method,
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      off_session: true,
      confirm: true,
      description: 'Spring clean-up',
      metadata: METADATA,
    },
    key ? { idempotencyKey: key } : {},
  );

async function cardError(promise: Promise<unknown>): Promise<Stripe.errors.StripeCardError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Stripe.errors.StripeCardError);
  return error as Stripe.errors.StripeCardError;
}

describe('saving a card while paying', () => {
  it('attaches the card to a Customer made for the session, shows the consent text, keeps setup_future_usage', async () => {
    const { session, intent, customer, method } = await saveCard('4242424242424242');
    expect(session.custom_text?.submit?.message).toBe(CONSENT);
    expect(intent.setup_future_usage).toBe('off_session');
    expect(customer).toMatch(/^cus_/);
    const saved = await stripe.paymentMethods.retrieve(method);
    expect(saved).toMatchObject({ type: 'card', customer, card: { brand: 'visa', last4: '4242' } });
    const listed = await stripe.customers.listPaymentMethods(customer);
    expect(listed.data.map((m) => m.id)).toEqual([method]);
    const events = await stripe.events.list({ type: 'payment_method.attached', limit: 10 });
    expect(events.data.some((e) => (e.data.object as { id: string }).id === method)).toBe(true);
  });

  it('saves nothing without setup_future_usage', async () => {
    const product = await stripe.products.create({ name: 'Once' });
    const price = await stripe.prices.create({ product: product.id, unit_amount: 900, currency: 'usd' });
    const link = await stripe.paymentLinks.create({ line_items: [{ price: price.id, quantity: 1 }] });
    const sessionUrl = (await fetch(link.url, { redirect: 'manual' })).headers.get('location') as string;
    await payForm(sessionUrl, { card_number: '4242424242424242' });
    const session = await stripe.checkout.sessions.retrieve(sessionUrl.split('/').at(-1) as string);
    const intent = await stripe.paymentIntents.retrieve(session.payment_intent as string);
    expect(session.customer).toBeNull();
    expect((await stripe.paymentMethods.retrieve(intent.payment_method as string)).customer).toBeNull();
  });
});

describe('charging a saved card off-session', () => {
  it('4242 succeeds at once, with payment_intent.succeeded and the metadata', async () => {
    const { customer, method } = await saveCard('4242424242424242');
    const since = Math.floor(Date.now() / 1000) - 1;
    const intent = await charge(customer, method);
    expect(intent).toMatchObject({ status: 'succeeded', amount_received: 5_000, metadata: METADATA, customer });
    const read = await stripe.paymentIntents.retrieve(intent.id);
    expect(read).toMatchObject({
      description: 'Spring clean-up',
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      payment_method_types: ['card'],
    });
    expect((await stripe.charges.retrieve(read.latest_charge as string)).description).toBe('Spring clean-up');
    const events = await stripe.events.list({ created: { gte: since }, limit: 100 });
    const types = events.data
      .filter((e) => [intent.id, intent.latest_charge].includes((e.data.object as { id: string }).id))
      .map((e) => e.type)
      .reverse();
    expect(types).toEqual(['payment_intent.created', 'charge.succeeded', 'payment_intent.succeeded']);
  });

  it('4000 0025 0000 3155 fails with authentication_required and no charge', async () => {
    const { customer, method } = await saveCard('4000002500003155');
    const error = await cardError(charge(customer, method));
    expect(error.code).toBe('authentication_required');
    expect(error.statusCode).toBe(402);
    const intent = await stripe.paymentIntents.retrieve(error.payment_intent?.id as string);
    expect(intent).toMatchObject({
      status: 'requires_payment_method',
      latest_charge: null,
      last_payment_error: { code: 'authentication_required' },
    });
  });

  it('4000 0000 0000 9995 is declined for insufficient funds, with a failed charge', async () => {
    // A card that paid when saved and has run out of funds since (the page would decline 9995 itself).
    const { customer, method } = await saveCard('4242424242424242');
    const switched = await fetch(`${running.emulator.url}/_emulator/payment_methods/${method}/behaves_as`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ number: '4000000000009995' }),
    });
    expect(switched.status).toBe(200);
    const error = await cardError(charge(customer, method));
    expect(error).toMatchObject({ code: 'card_declined', decline_code: 'insufficient_funds' });
    const charges = await stripe.charges.list({ payment_intent: error.payment_intent?.id as string });
    expect(charges.data.map((c) => c.status)).toEqual(['failed']);
  });

  it('replays a retry with the same key: one PaymentIntent, one charge, even for a decline', async () => {
    const { customer, method } = await saveCard('4242424242424242');
    const first = await charge(customer, method, 'retry-key-ok');
    const again = await charge(customer, method, 'retry-key-ok');
    expect(again.id).toBe(first.id);
    expect((await stripe.charges.list({ payment_intent: first.id })).data).toHaveLength(1);

    const declined = await saveCard('4000002500003155');
    const e1 = await cardError(charge(declined.customer, declined.method, 'retry-key-auth'));
    const e2 = await cardError(charge(declined.customer, declined.method, 'retry-key-auth'));
    expect(e2.payment_intent?.id).toBe(e1.payment_intent?.id);
  });

  it('refuses a card of another customer, off_session without confirm, and confirm without a card', async () => {
    const { method } = await saveCard('4242424242424242');
    const other = await stripe.customers.create({ email: 'other@example.com' });
    await expect(charge(other.id, method)).rejects.toThrow(/attached to another customer/);
    await expect(
      stripe.paymentIntents.create({ amount: 500, currency: 'usd', customer: other.id, off_session: true }),
    ).rejects.toThrow(/off_session can only be used when confirm=true/);
    await expect(
      stripe.paymentIntents.create({ amount: 500, currency: 'usd', customer: other.id, confirm: true }),
    ).rejects.toThrow(/missing a payment method/);
  });
});
