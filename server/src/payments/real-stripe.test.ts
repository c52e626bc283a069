import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { EntityManager } from '@mikro-orm/postgresql';
import pino from 'pino';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { loadSettings } from '../settings';
import { freePort } from '../test-support/global-setup';
import { REAL_STRIPE_KEY, realStripeTarget } from '../test-support/real-stripe-mode';
import type { ObjectMetadata } from './provider';
import { startStripeBackend, type StripeBackend } from './stripe-backend';
import { createStripeClient, StripeProvider } from './stripe.provider';

/**
 * The Stripe suite: the project's own Stripe calls (`StripeProvider`, chosen by `startStripeBackend`)
 * checked against what Stripe then reports — every assertion reads the object back, never the
 * arguments sent. Without STRIPE_TEST_SECRET_KEY it runs on the built-in emulator (CI); with it,
 * against Stripe's test mode, where it must run or fail: a key Stripe refuses or an API it cannot
 * reach fails every case with the cause (`real-stripe-guard.test.ts` shows both). Each case
 * registers the clean-up of what it creates as soon as it exists.
 *
 * A case is one `it` here; the objects shared by several are made in `beforeAll`. Paying by API
 * with one of Stripe's test PaymentMethods is `payByApi`, which also gives the money back at the end.
 * A dispute case pays the same way with `pm_card_createDispute` (Stripe opens the dispute a few
 * seconds after the payment, the emulator at once), reads the dispute back by its charge, and closes
 * it as its clean-up; a disputed charge is not refunded.
 */
const target = realStripeTarget(process.env);
const run = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const metadata: ObjectMetadata = { service_request_id: `stripe-suite-${run}`, quote_version: '1' };
const cleanups: (() => Promise<unknown>)[] = [];

let dir: string;
let backend: StripeBackend;
let stripe: Stripe;
let provider: StripeProvider;
let customerId: string;
/** A test card saved on `customerId` for off-session charges, as a paid checkout with `setup_future_usage` saves one. */
let savedCard: string;

/** Pays `amount` cents by API with one of Stripe's test PaymentMethods (`pm_card_visa`) for the suite's Customer. */
async function payByApi(paymentMethod: string, amount: number, extra: Partial<Stripe.PaymentIntentCreateParams> = {}) {
  const intent = await stripe.paymentIntents.create(
    {
      amount,
      currency: 'usd',
      customer: customerId,
      payment_method: paymentMethod,
      confirm: true,
      // Cards only: nothing that would need the customer to be redirected (as the provider asks).
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      metadata: { ...metadata },
      ...extra,
    },
    { idempotencyKey: `stripe-suite-${run}-pay-${paymentMethod}-${amount}` },
  );
  cleanups.push(() => refundWhatIsLeft(intent.id));
  return intent;
}

/** Gives back whatever a test payment has left, so the test account's balance is not left inflated. */
async function refundWhatIsLeft(paymentIntentId: string) {
  const intent = await stripe.paymentIntents.retrieve(paymentIntentId, { expand: ['latest_charge'] });
  const charge = intent.latest_charge as Stripe.Charge | null;
  // Stripe refuses to refund a disputed charge: the dispute decides where its money goes.
  if (intent.status === 'succeeded' && charge && !charge.disputed && charge.amount_refunded < charge.amount)
    await stripe.refunds.create({ payment_intent: intent.id });
}

/** Accepts a test dispute as lost unless it is already closed, so a case that failed midway leaves none open. */
async function closeIfOpen(disputeId: string) {
  const { status } = await stripe.disputes.retrieve(disputeId);
  if (status === 'needs_response' || status === 'warning_needs_response') await stripe.disputes.close(disputeId);
}

/** Fails with the reason when the configured Stripe cannot be used, instead of letting each case fail on its own. */
async function mustReach(client: Stripe) {
  try {
    await client.customers.list({ limit: 1 });
  } catch (error) {
    if (error instanceof Stripe.errors.StripeAuthenticationError)
      throw new Error(
        `real-Stripe suite cannot run: authentication failed at ${target.host} (${error.message}); check ${REAL_STRIPE_KEY}`,
      );
    if (error instanceof Stripe.errors.StripeConnectionError)
      throw new Error(`real-Stripe suite cannot run: cannot reach ${target.host} (${error.message})`);
    throw error;
  }
}

beforeAll(async () => {
  if (target.problem) throw new Error(`real-Stripe suite cannot run: ${target.problem}`);
  dir = await mkdtemp(path.join(tmpdir(), 'sd-stripe-suite-'));
  const settings = loadSettings({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    STRIPE_EMULATOR_PORT: String(await freePort()),
    // Nothing receives webhooks here: the suite reads the objects back instead.
    EMULATOR_WEBHOOK_URL: 'http://127.0.0.1:9/webhooks/stripe',
    STRIPE_WEBHOOK_SECRET: 'whsec_stripe_suite',
    ...(target.key ? { STRIPE_SECRET_KEY: target.key, STRIPE_API_URL: target.apiUrl } : {}),
  });
  // The webhook secret is given, so the backend has nothing to read from a database.
  backend = await startStripeBackend(settings, undefined as unknown as EntityManager, pino({ level: 'silent' }));
  stripe = createStripeClient(backend.secretKey, backend.apiUrl);
  await mustReach(stripe);
  provider = new StripeProvider(stripe, 'stripe:suite');

  customerId = await provider.createCustomer(
    `stripe-suite+${run}@example.com`,
    'Stripe suite',
    `stripe-suite-${run}-c`,
  );
  cleanups.push(() => stripe.customers.del(customerId));
  const saving = await payByApi('pm_card_visa', 500, { setup_future_usage: 'off_session' });
  savedCard = saving.payment_method as string;
}, 60_000);

afterAll(async () => {
  // Newest first, every clean-up tried; the first failure is then reported.
  const failures: unknown[] = [];
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => failures.push(error));
  await backend?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  if (failures.length > 0) throw failures[0];
}, 60_000);

describe(`the project's Stripe calls, read back from ${target.key ? 'Stripe test mode' : 'the built-in emulator'}`, () => {
  it('a payment link keeps the metadata, setup_future_usage and consent text Stripe reports, and is retired', async () => {
    const link = await provider.createPaymentLink({
      lines: [
        { name: 'Stripe suite work', unitAmount: 12_000, quantity: 1 },
        { name: 'Sales tax 2.875 %', unitAmount: 345, quantity: 1 },
      ],
      currency: 'usd',
      description: 'Stripe suite',
      metadata,
      saveCard: { consentText: 'Save my card for the remaining visits.' },
      successUrl: 'https://example.com/pay/token/done?session_id={CHECKOUT_SESSION_ID}',
      priceKey: `stripe-suite-${run}-price`,
      linkKey: `stripe-suite-${run}-link`,
    });
    cleanups.push(async () => {
      await stripe.paymentLinks.update(link.id, { active: false });
      for (const priceId of link.priceIds) {
        const price = await stripe.prices.update(priceId, { active: false });
        await stripe.products.update(price.product as string, { active: false });
      }
    });

    const fetched = await stripe.paymentLinks.retrieve(link.id);
    expect(fetched).toMatchObject({
      active: true,
      url: link.url,
      metadata,
      payment_intent_data: { metadata, setup_future_usage: 'off_session', description: 'Stripe suite' },
      custom_text: { submit: { message: 'Save my card for the remaining visits.' } },
      restrictions: { completed_sessions: { limit: 1 } },
      after_completion: { type: 'redirect' },
    });
    const items = (await stripe.paymentLinks.listLineItems(link.id)).data;
    expect(items.map((item) => [item.description, item.price?.unit_amount, item.quantity])).toEqual([
      ['Stripe suite work', 12_000, 1],
      ['Sales tax 2.875 %', 345, 1],
    ]);

    await provider.deactivatePaymentLink(link.id, link.priceIds);
    expect((await stripe.paymentLinks.retrieve(link.id)).active).toBe(false);
    for (const priceId of link.priceIds) expect((await stripe.prices.retrieve(priceId)).active).toBe(false);
  });

  it('a Checkout Session for the customer, taxed by a Tax Rate: the totals and metadata Stripe reports, then expired', async () => {
    const taxRateId = await provider.createTaxRate(
      { displayName: 'Suite tax', percentage: '10', inclusive: false },
      `stripe-suite-${run}-tax`,
    );
    cleanups.push(() => stripe.taxRates.update(taxRateId, { active: false }));
    const expiresAt = new Date(Date.now() + 60 * 60_000);
    const created = await provider.createCheckoutSession({
      customerId,
      lines: [
        { name: 'Stripe suite visit', unitAmount: 10_000, quantity: 1, taxRateId },
        { name: 'Stripe suite materials', unitAmount: 1_250, quantity: 2 },
      ],
      currency: 'usd',
      description: 'Stripe suite session',
      metadata,
      saveCard: { consentText: 'Save my card for the remaining visits.' },
      successUrl: 'https://example.com/pay/token/done?session_id={CHECKOUT_SESSION_ID}',
      cancelUrl: 'https://example.com/pay/token',
      expiresAt,
      idempotencyKey: `stripe-suite-${run}-session`,
    });
    cleanups.push(() => provider.expireCheckoutSession(created.id));

    const state = await provider.retrieveCheckoutSession(created.id);
    expect(state).toMatchObject({
      status: 'open',
      paymentStatus: 'unpaid',
      amountSubtotal: 12_500,
      amountTotal: 13_500,
      currency: 'usd',
      metadata,
      expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000),
    });
    expect(state.raw).toMatchObject({
      customer: customerId,
      mode: 'payment',
      total_details: { amount_tax: 1_000 },
      custom_text: { submit: { message: 'Save my card for the remaining visits.' } },
    });
    const items = (await stripe.checkout.sessions.listLineItems(created.id)).data;
    expect(items.map((item) => [item.description, item.amount_subtotal, item.amount_tax])).toEqual([
      ['Stripe suite visit', 10_000, 1_000],
      ['Stripe suite materials', 2_500, 0],
    ]);

    await provider.expireCheckoutSession(created.id);
    expect((await provider.retrieveCheckoutSession(created.id)).status).toBe('expired');
  });

  it('an off-session charge on the saved test card succeeds, as Stripe reports it', async () => {
    expect(await provider.retrieveCard(savedCard)).toMatchObject({ brand: 'visa', last4: '4242' });
    const charged = await provider.chargeSavedCard({
      customerId,
      paymentMethodId: savedCard,
      amount: 2_000,
      currency: 'usd',
      description: 'Stripe suite visit 2',
      metadata: { ...metadata, visit: '2' },
      idempotencyKey: `stripe-suite-${run}-off-session`,
    });
    cleanups.push(() => refundWhatIsLeft(charged.id));

    const intent = await stripe.paymentIntents.retrieve(charged.id, { expand: ['latest_charge'] });
    expect(intent).toMatchObject({
      status: 'succeeded',
      amount: 2_000,
      amount_received: 2_000,
      currency: 'usd',
      customer: customerId,
      payment_method: savedCard,
      description: 'Stripe suite visit 2',
      metadata: { ...metadata, visit: '2' },
      latest_charge: { status: 'succeeded', paid: true, amount: 2_000 },
    });
    expect(await provider.retrieveState('payment', charged.id)).toBe('succeeded');
  });

  it('a refund in two parts: Stripe reports each refund and the charge refunded in full', async () => {
    const paid = await payByApi(savedCard, 3_000, { off_session: true });
    const first = await provider.refund(paid.id, 1_000, metadata, `stripe-suite-${run}-refund-1`);
    const rest = await provider.refund(paid.id, 2_000, metadata, `stripe-suite-${run}-refund-2`);

    for (const [refund, amount] of [
      [first, 1_000],
      [rest, 2_000],
    ] as const) {
      expect(await stripe.refunds.retrieve(refund.id)).toMatchObject({
        amount,
        status: 'succeeded',
        payment_intent: paid.id,
        metadata,
      });
      expect(await provider.retrieveState('refund', refund.id)).toBe('succeeded');
    }
    expect(await stripe.charges.retrieve(paid.latest_charge as string)).toMatchObject({
      amount: 3_000,
      amount_refunded: 3_000,
      refunded: true,
    });
    expect((await stripe.refunds.list({ payment_intent: paid.id })).data.map((r) => r.id).sort()).toEqual(
      [first.id, rest.id].sort(),
    );
  });

  it('a payment with the dispute test card: Stripe reports the charge disputed and the dispute, then closed as lost', async () => {
    const paid = await payByApi('pm_card_createDispute', 4_000);
    const chargeId = paid.latest_charge as string;
    // Stripe opens the dispute a few seconds after the payment (the emulator at once): wait, within bounds.
    const opened = await vi.waitFor(
      async () => {
        const [found] = (await stripe.disputes.list({ charge: chargeId })).data;
        if (!found) throw new Error(`Stripe has opened no dispute on ${chargeId} yet`);
        return found;
      },
      { timeout: 30_000, interval: 1_000 },
    );
    cleanups.push(() => closeIfOpen(opened.id));

    expect(await stripe.disputes.retrieve(opened.id)).toMatchObject({
      status: 'needs_response',
      amount: 4_000,
      currency: 'usd',
      reason: 'fraudulent',
      charge: chargeId,
      payment_intent: paid.id,
    });
    // `disputed` is what keeps `refundWhatIsLeft` from refunding the charge at clean-up.
    expect(await stripe.charges.retrieve(chargeId)).toMatchObject({
      status: 'succeeded',
      amount: 4_000,
      disputed: true,
    });

    await stripe.disputes.close(opened.id);
    expect((await stripe.disputes.retrieve(opened.id)).status).toBe('lost');
    expect(await stripe.charges.retrieve(chargeId)).toMatchObject({ disputed: true, amount_refunded: 0 });
  }, 60_000);
});
