import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { payForm, runEmulator, type Running } from './test-support';

let running: Running;
let stripe: Stripe;

beforeAll(async () => {
  running = await runEmulator({ port: 0, asyncPaymentDelayMs: 60_000 });
  stripe = running.stripe;
});
afterAll(() => running?.stop());

const SUCCESS_URL = 'https://shop.example/pay/done?session_id={CHECKOUT_SESSION_ID}';
const METADATA = { service_request_id: 'req-1', quote_version: '2' };

async function link(options: { amount?: number; currency?: string; limit?: number; redirect?: boolean } = {}) {
  const product = await stripe.products.create({ name: 'Garden cleanup' });
  const price = await stripe.prices.create({
    product: product.id,
    unit_amount: options.amount ?? 12_500,
    currency: options.currency ?? 'usd',
  });
  return stripe.paymentLinks.create({
    line_items: [{ price: price.id, quantity: 1 }],
    metadata: METADATA,
    payment_intent_data: { metadata: METADATA },
    ...(options.limit ? { restrictions: { completed_sessions: { limit: options.limit } } } : {}),
    after_completion:
      options.redirect === false
        ? { type: 'hosted_confirmation', hosted_confirmation: { custom_message: 'We will be in touch.' } }
        : { type: 'redirect', redirect: { url: SUCCESS_URL } },
  });
}

/** Opens a Payment Link as a browser would: its URL redirects (303) to a fresh session. */
async function open(url: string) {
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status).toBe(303);
  const location = response.headers.get('location') as string;
  const id = location.split('/').at(-1) as string;
  return { url: location, session: await stripe.checkout.sessions.retrieve(id) };
}

/** Event types emitted since `since`, oldest first, for objects tied to `session`. */
async function eventsOf(session: Stripe.Checkout.Session, since: number): Promise<string[]> {
  const events = await stripe.events.list({ created: { gte: since }, limit: 100 });
  const refreshed = await stripe.checkout.sessions.retrieve(session.id);
  const intent = refreshed.payment_intent as string;
  return events.data
    .filter((event) => {
      const object = event.data.object as { id: string; payment_intent?: string };
      return object.id === session.id || object.id === intent || object.payment_intent === intent;
    })
    .map((event) => event.type)
    .reverse();
}

describe('the hosted checkout page', () => {
  it('shows the business, product and amount with labelled fields', async () => {
    const { url } = await open((await link({ amount: 12_500 })).url);
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('request-id')).toMatch(/^req_/);
    const html = await page.text();
    for (const text of ['Green Thumbs', 'Garden cleanup', '$125.00', 'Test mode']) expect(html).toContain(text);
    for (const [id, label] of [
      ['email', 'Email'],
      ['card_number', 'Card number'],
      ['card_expiry', 'Expiry date'],
      ['card_cvc', 'Security code'],
      ['account_number', 'Account number'],
    ]) {
      expect(html).toMatch(new RegExp(`<label for="${id}">${label}`));
      expect(html).toContain(`<input id="${id}"`);
    }
    expect(html).toContain('Bank debit (test');
  });

  it.each([
    [5_000, 'jpy', '¥5,000'],
    [12_340, 'kwd', 'KWD'],
    [1_999, 'eur', '€19.99'],
  ])('formats %i %s for its currency', async (amount, currency, shown) => {
    const { url } = await open((await link({ amount, currency })).url);
    expect(await (await fetch(url)).text()).toContain(shown);
  });
});

describe('paying with test cards', () => {
  it('4242 4242 4242 4242 succeeds: the session completes with the link metadata and the customer returns to the success URL', async () => {
    const since = Math.floor(Date.now() / 1000);
    const { url, session } = await open((await link()).url);
    expect(session).toMatchObject({
      status: 'open',
      payment_status: 'unpaid',
      metadata: METADATA,
      success_url: SUCCESS_URL,
    });
    const response = await payForm(url, { card_number: '4242 4242 4242 4242', name: 'Ann Gardener' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`https://shop.example/pay/done?session_id=${session.id}`);

    const paid = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] });
    expect(paid).toMatchObject({
      status: 'complete',
      payment_status: 'paid',
      amount_subtotal: 12_500,
      customer_details: { email: 'customer@example.com', name: 'Ann Gardener' },
      url: null,
    });
    const intent = paid.payment_intent as Stripe.PaymentIntent;
    expect(intent).toMatchObject({ status: 'succeeded', amount_received: 12_500, metadata: METADATA });
    expect(intent.latest_charge).toMatchObject({
      status: 'succeeded',
      paid: true,
      billing_details: { email: 'customer@example.com' },
    });
    expect(await eventsOf(session, since)).toEqual([
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.succeeded',
      'checkout.session.completed',
    ]);

    const done = await fetch(url);
    expect(await done.text()).toContain('Payment complete');
  });

  it.each([
    ['4000 0000 0000 0002', 'card_declined', 'generic_decline', 'Your card was declined.'],
    ['4000 0000 0000 9995', 'card_declined', 'insufficient_funds', 'Your card has insufficient funds.'],
  ])(
    '%s is declined (%s/%s): the page says why, the session stays open, and a good card then pays',
    async (card, code, declineCode, message) => {
      const since = Math.floor(Date.now() / 1000);
      const { url, session } = await open((await link()).url);
      const declined = await payForm(url, { card_number: card });
      expect(declined.status).toBe(402);
      const html = await declined.text();
      expect(html).toContain(`role="alert" class="error">${message.replace("'", '&#39;')}`);
      expect(html).toContain('value="customer@example.com"');

      const stillOpen = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
      expect(stillOpen).toMatchObject({ status: 'open', payment_status: 'unpaid' });
      const intent = stillOpen.payment_intent as Stripe.PaymentIntent;
      expect(intent).toMatchObject({
        status: 'requires_payment_method',
        last_payment_error: { type: 'card_error', code, decline_code: declineCode },
      });
      expect(await stripe.charges.retrieve(intent.latest_charge as string)).toMatchObject({
        status: 'failed',
        failure_code: code,
      });
      expect(await eventsOf(session, since)).toEqual([
        'payment_intent.created',
        'charge.failed',
        'payment_intent.payment_failed',
      ]);

      expect((await payForm(url, { card_number: '4242424242424242' })).status).toBe(303);
      const paid = await stripe.checkout.sessions.retrieve(session.id);
      expect(paid).toMatchObject({ status: 'complete', payment_intent: intent.id });
    },
  );

  it('refuses an invalid card number before charging anything', async () => {
    const { url, session } = await open((await link()).url);
    const response = await payForm(url, { card_number: '4242 4242 4242 4241' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Your card number is invalid.');
    expect((await stripe.checkout.sessions.retrieve(session.id)).payment_intent).toBeNull();
  });

  it('a link without a redirect shows its confirmation message after paying', async () => {
    const { url, session } = await open((await link({ redirect: false })).url);
    const response = await payForm(url, { card_number: '4242424242424242' });
    expect(response.headers.get('location')).toBe(url);
    const page = await (await fetch(url)).text();
    expect(page).toContain('Payment complete');
    expect(page).toContain('We will be in touch.');
    expect((await stripe.checkout.sessions.retrieve(session.id)).success_url).toBeNull();
  });

  it('uses the session customer_email and creates a Customer when the link asks for one', async () => {
    const product = await stripe.products.create({ name: 'Pruning' });
    const price = await stripe.prices.create({ product: product.id, unit_amount: 900, currency: 'usd' });
    const plink = await stripe.paymentLinks.create({
      line_items: [{ price: price.id, quantity: 3 }],
      customer_creation: 'always',
    });
    const { url, session } = await open(plink.url);
    expect(session.amount_total).toBe(2_700);
    await payForm(url, { card_number: '4242424242424242', email: 'newcustomer@example.com' });
    const paid = await stripe.checkout.sessions.retrieve(session.id);
    expect(paid.customer).toMatch(/^cus_/);
    expect((await stripe.customers.retrieve(paid.customer as string)) as Stripe.Customer).toMatchObject({
      email: 'newcustomer@example.com',
    });

    const direct = await stripe.checkout.sessions.create({
      mode: 'payment',
      customer_email: 'fixed@example.com',
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: SUCCESS_URL,
    });
    expect(await (await fetch(direct.url as string)).text()).toMatch(/value="fixed@example.com" readonly/);
    await payForm(direct.url as string, { card_number: '4242424242424242', email: 'other@example.com' });
    expect((await stripe.checkout.sessions.retrieve(direct.id)).customer_details?.email).toBe('fixed@example.com');
  });
});

describe('delayed payments (bank debit)', () => {
  it.each([
    ['000123456789', 'succeeded', 'paid', 'checkout.session.async_payment_succeeded', 'payment_intent.succeeded'],
    ['000111111113', 'failed', 'unpaid', 'checkout.session.async_payment_failed', 'payment_intent.payment_failed'],
  ])(
    'account %s completes the session unpaid, then settles as %s',
    async (account, _, paymentStatus, sessionEvent, intentEvent) => {
      const since = Math.floor(Date.now() / 1000);
      const { url, session } = await open((await link()).url);
      const response = await payForm(url, { payment_method: 'bank_debit', account_number: account });
      expect(response.status).toBe(303);
      const pending = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
      expect(pending).toMatchObject({ status: 'complete', payment_status: 'unpaid' });
      expect((pending.payment_intent as Stripe.PaymentIntent).status).toBe('processing');
      expect(await (await fetch(url)).text()).toContain('Payment processing');

      expect(running.emulator.settleAsyncPayment(session.id)).toBe(true);
      expect(running.emulator.settleAsyncPayment(session.id)).toBe(false);
      const settled = await stripe.checkout.sessions.retrieve(session.id);
      expect(settled).toMatchObject({ status: 'complete', payment_status: paymentStatus });
      expect(await eventsOf(session, since)).toEqual([
        'payment_intent.created',
        'charge.pending',
        'payment_intent.processing',
        'checkout.session.completed',
        paymentStatus === 'paid' ? 'charge.succeeded' : 'charge.failed',
        intentEvent,
        sessionEvent,
      ]);
    },
  );

  it('settles by itself after the configured delay, or when told through the admin API', async () => {
    const quick = await runEmulator({ port: 0, asyncPaymentDelayMs: 50 });
    try {
      const product = await quick.stripe.products.create({ name: 'Mulch' });
      const price = await quick.stripe.prices.create({ product: product.id, unit_amount: 2_000, currency: 'usd' });
      const plink = await quick.stripe.paymentLinks.create({ line_items: [{ price: price.id, quantity: 1 }] });
      const opened = await fetch(plink.url, { redirect: 'manual' });
      const url = opened.headers.get('location') as string;
      await payForm(url, { payment_method: 'bank_debit', account_number: '000123456789' });
      const id = url.split('/').at(-1) as string;
      await expect
        .poll(async () => (await quick.stripe.checkout.sessions.retrieve(id)).payment_status, { timeout: 5_000 })
        .toBe('paid');

      const second = (await fetch(plink.url, { redirect: 'manual' })).headers.get('location') as string;
      const secondId = second.split('/').at(-1) as string;
      await payForm(second, { payment_method: 'bank_debit', account_number: '000123456789' });
      const settle = await fetch(`${quick.emulator.url}/_emulator/checkout/sessions/${secondId}/settle`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ outcome: 'failed' }),
      });
      expect(settle.status).toBe(200);
      expect(
        (await quick.stripe.checkout.sessions.retrieve(secondId, { expand: ['payment_intent'] })).payment_intent,
      ).toMatchObject({ status: 'requires_payment_method' });
      const none = await fetch(`${quick.emulator.url}/_emulator/checkout/sessions/${secondId}/settle`, {
        method: 'POST',
      });
      expect(none.status).toBe(404);
    } finally {
      await quick.stop();
    }
  });
});

describe('what cannot be paid', () => {
  it('a link whose completed_sessions limit is reached stops accepting payments, even in sessions already open', async () => {
    const plink = await link({ limit: 1 });
    const first = await open(plink.url);
    const second = await open(plink.url);
    expect((await payForm(first.url, { card_number: '4242424242424242' })).status).toBe(303);
    expect((await stripe.paymentLinks.retrieve(plink.id)).restrictions?.completed_sessions).toEqual({
      count: 1,
      limit: 1,
    });
    const refused = await payForm(second.url, { card_number: '4242424242424242' });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain('no longer available');
    const page = await fetch(plink.url, { redirect: 'manual' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('no longer available');
    expect((await stripe.checkout.sessions.retrieve(second.session.id)).status).toBe('open');
  });

  it('a deactivated link shows a "no longer available" page, but sessions already open can still be paid', async () => {
    const plink = await link();
    const opened = await open(plink.url);
    await stripe.paymentLinks.update(plink.id, { active: false, inactive_message: 'This quote was replaced.' });
    const page = await fetch(plink.url, { redirect: 'manual' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('This quote was replaced.');
    expect((await payForm(opened.url, { card_number: '4242424242424242' })).status).toBe(303);
  });

  it('an expired session cannot be paid, and a paid one cannot be paid twice', async () => {
    const plink = await link();
    const expired = await open(plink.url);
    await stripe.checkout.sessions.expire(expired.session.id);
    expect(await (await fetch(expired.url)).text()).toContain('expired');
    expect((await payForm(expired.url, { card_number: '4242424242424242' })).status).toBe(409);

    const paid = await open(plink.url);
    await payForm(paid.url, { card_number: '4242424242424242' });
    expect((await payForm(paid.url, { card_number: '4242424242424242' })).status).toBe(409);
    expect(
      (
        await stripe.charges.list({
          payment_intent: (await stripe.checkout.sessions.retrieve(paid.session.id)).payment_intent as string,
        })
      ).data,
    ).toHaveLength(1);
  });

  it('unknown links and sessions are 404 pages', async () => {
    expect((await fetch(`${running.emulator.url}/b/plink_unknown`)).status).toBe(404);
    expect((await fetch(`${running.emulator.url}/c/pay/cs_test_unknown`)).status).toBe(404);
  });
});
