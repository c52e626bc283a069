import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { failure, runEmulator, type Running } from './test-support';

let running: Running;
let stripe: Stripe;

beforeAll(async () => {
  running = await runEmulator({ port: 0 });
  stripe = running.stripe;
});
afterAll(() => running?.stop());

/** The types of the events about `ids`, oldest first. */
async function eventsAbout(ids: readonly (string | null | undefined)[], since: number): Promise<string[]> {
  const events = await stripe.events.list({ created: { gte: since }, limit: 100 });
  return events.data
    .filter((e) => ids.includes((e.data.object as { id: string }).id))
    .map((e) => e.type)
    .reverse();
}

const now = () => Math.floor(Date.now() / 1000) - 1;

describe('PaymentIntents by API', () => {
  it('manual capture: authorised as requires_capture, then partly captured, the rest released, with Stripe events', async () => {
    const since = now();
    const intent = await stripe.paymentIntents.create({
      amount: 10_000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      capture_method: 'manual',
      confirm: true,
    });
    expect(intent).toMatchObject({ status: 'requires_capture', amount_capturable: 10_000, amount_received: 0 });
    const authorised = await stripe.charges.retrieve(intent.latest_charge as string);
    expect(authorised).toMatchObject({ status: 'succeeded', captured: false, amount_captured: 0, paid: true });
    await expect(stripe.refunds.create({ charge: authorised.id })).rejects.toMatchObject({ statusCode: 400 });

    const tooMuch = await failure(stripe.paymentIntents.capture(intent.id, { amount_to_capture: 10_001 }));
    expect(tooMuch).toMatchObject({ code: 'amount_too_large', param: 'amount_to_capture' });
    const captured = await stripe.paymentIntents.capture(intent.id, { amount_to_capture: 7_500 });
    expect(captured).toMatchObject({ status: 'succeeded', amount_capturable: 0, amount_received: 7_500 });
    expect(await stripe.charges.retrieve(authorised.id)).toMatchObject({
      captured: true,
      amount_captured: 7_500,
      amount_refunded: 2_500,
    });
    const again = await failure(stripe.paymentIntents.capture(intent.id));
    expect(again).toMatchObject({ code: 'payment_intent_unexpected_state', statusCode: 400 });
    expect(await eventsAbout([intent.id, authorised.id], since)).toEqual([
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.amount_capturable_updated',
      'charge.captured',
      'payment_intent.succeeded',
    ]);
  });

  it('cancel releases an authorisation in full; a succeeded or Checkout PaymentIntent cannot be canceled', async () => {
    const since = now();
    const held = await stripe.paymentIntents.create({
      amount: 4_000,
      currency: 'usd',
      payment_method: 'pm_card_mastercard',
      capture_method: 'manual',
      confirm: true,
    });
    const canceled = await stripe.paymentIntents.cancel(held.id, { cancellation_reason: 'requested_by_customer' });
    expect(canceled).toMatchObject({
      status: 'canceled',
      cancellation_reason: 'requested_by_customer',
      amount_capturable: 0,
    });
    expect(canceled.canceled_at).toBeGreaterThanOrEqual(since);
    expect(await stripe.charges.retrieve(held.latest_charge as string)).toMatchObject({
      refunded: true,
      amount_refunded: 4_000,
    });
    expect(await eventsAbout([held.id, held.latest_charge as string], since)).toEqual([
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.amount_capturable_updated',
      'charge.refunded',
      'payment_intent.canceled',
    ]);

    const unpaid = await stripe.paymentIntents.create({ amount: 900, currency: 'usd' });
    expect((await stripe.paymentIntents.cancel(unpaid.id)).status).toBe('canceled');
    const paid = await stripe.paymentIntents.create({
      amount: 900,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    const late = await failure(stripe.paymentIntents.cancel(paid.id));
    expect(late).toMatchObject({ code: 'payment_intent_unexpected_state', statusCode: 400 });
    expect(late.message).toContain('because it has a status of succeeded');
  });

  it('update then confirm: amount, metadata, customer and payment method change before the payment', async () => {
    const customer = await stripe.customers.create({ email: 'ann@example.com' });
    const intent = await stripe.paymentIntents.create({ amount: 1_000, currency: 'usd', metadata: { a: '1' } });
    const missing = await failure(stripe.paymentIntents.confirm(intent.id));
    expect(missing).toMatchObject({ code: 'payment_intent_unexpected_state' });
    const tooSmall = await failure(stripe.paymentIntents.update(intent.id, { amount: 10 }));
    expect(tooSmall).toMatchObject({ code: 'amount_too_small', param: 'amount' });
    const updated = await stripe.paymentIntents.update(intent.id, {
      amount: 2_400,
      currency: 'eur',
      description: 'Hedges',
      metadata: { a: '', b: '2' },
      customer: customer.id,
      payment_method: 'pm_card_amex',
    });
    expect(updated).toMatchObject({
      amount: 2_400,
      currency: 'eur',
      description: 'Hedges',
      metadata: { b: '2' },
      customer: customer.id,
      status: 'requires_confirmation',
    });
    const confirmed = await stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa' });
    expect(confirmed).toMatchObject({ status: 'succeeded', amount_received: 2_400 });
    const charge = await stripe.charges.retrieve(confirmed.latest_charge as string);
    expect(charge).toMatchObject({ amount: 2_400, currency: 'eur', customer: customer.id, captured: true });
    expect((await stripe.paymentMethods.retrieve(confirmed.payment_method as string)).card?.last4).toBe('4242');
    const done = await failure(stripe.paymentIntents.update(intent.id, { amount: 3_000 }));
    expect(done).toMatchObject({ code: 'payment_intent_unexpected_state' });
  });

  it("Stripe's test PaymentMethods pay, decline and ask for authentication as their cards do", async () => {
    const pay = (payment_method: string, offSession = false) =>
      stripe.paymentIntents.create({
        amount: 1_500,
        currency: 'usd',
        payment_method,
        confirm: true,
        off_session: offSession,
      });
    const visa = await pay('pm_card_visa');
    const again = await pay('pm_card_visa');
    expect(visa.status).toBe('succeeded');
    expect(visa.payment_method).toMatch(/^pm_/);
    expect(visa.payment_method).not.toBe('pm_card_visa');
    expect(again.payment_method).not.toBe(visa.payment_method);

    const declined = await failure(pay('pm_card_chargeDeclined'));
    expect(declined).toMatchObject({ type: 'StripeCardError', code: 'card_declined', decline_code: 'generic_decline' });
    const broke = await failure(pay('pm_card_chargeDeclinedInsufficientFunds'));
    expect(broke).toMatchObject({ code: 'card_declined', decline_code: 'insufficient_funds' });
    expect(broke.payment_intent?.status).toBe('requires_payment_method');

    const onSession = await pay('pm_card_authenticationRequired');
    expect(onSession).toMatchObject({ status: 'requires_action', next_action: { type: 'use_stripe_sdk' } });
    const offSession = await failure(pay('pm_card_authenticationRequired', true));
    expect(offSession).toMatchObject({ code: 'authentication_required' });

    // Confirmed later, off-session, on an intent made without a payment method.
    const intent = await stripe.paymentIntents.create({ amount: 1_500, currency: 'usd' });
    const lost = await failure(
      stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_chargeDeclinedLostCard', off_session: true }),
    );
    expect(lost).toMatchObject({ decline_code: 'lost_card' });
    const unknown = await failure(pay('pm_card_bogus'));
    expect(unknown).toMatchObject({ code: 'resource_missing', param: 'payment_method', statusCode: 404 });
  });

  it("Stripe's test card tokens make PaymentMethods of their cards", async () => {
    const fromToken = (token: string) => stripe.paymentMethods.create({ type: 'card', card: { token } });
    const visa = await fromToken('tok_visa');
    expect(visa).toMatchObject({ type: 'card', customer: null, card: { brand: 'visa', last4: '4242' } });
    const paid = await stripe.paymentIntents.create({
      amount: 2_000,
      currency: 'usd',
      payment_method: visa.id,
      confirm: true,
    });
    expect(paid.status).toBe('succeeded');
    const broke = await fromToken('tok_chargeDeclinedInsufficientFunds');
    const declined = await failure(
      stripe.paymentIntents.create({ amount: 2_000, currency: 'usd', payment_method: broke.id, confirm: true }),
    );
    expect(declined).toMatchObject({ decline_code: 'insufficient_funds' });
    expect(await failure(fromToken('tok_bogus'))).toMatchObject({ code: 'resource_missing', statusCode: 404 });
    const other = await failure(stripe.paymentMethods.create({ type: 'us_bank_account' }));
    expect(other.message).toContain('does not implement `type=us_bank_account` on POST /v1/payment_methods');
  });

  it('setup_future_usage saves the card on the Customer once paid, for off-session charges after', async () => {
    const since = now();
    const customer = await stripe.customers.create({ email: 'saver@example.com' });
    const first = await stripe.paymentIntents.create({
      amount: 2_500,
      currency: 'usd',
      customer: customer.id,
      payment_method: 'pm_card_visa',
      setup_future_usage: 'off_session',
      confirm: true,
    });
    expect(first).toMatchObject({ status: 'succeeded', setup_future_usage: 'off_session' });
    const saved = await stripe.paymentMethods.retrieve(first.payment_method as string);
    expect(saved.customer).toBe(customer.id);
    expect((await stripe.customers.listPaymentMethods(customer.id)).data.map((m) => m.id)).toEqual([saved.id]);
    const later = await stripe.paymentIntents.create({
      amount: 1_000,
      currency: 'usd',
      customer: customer.id,
      payment_method: saved.id,
      off_session: true,
      confirm: true,
    });
    expect(later.status).toBe('succeeded');
    expect(await eventsAbout([first.id, first.latest_charge as string, saved.id], since)).toEqual([
      'payment_intent.created',
      'payment_method.attached',
      'charge.succeeded',
      'payment_intent.succeeded',
    ]);

    // Without a Customer there is nobody to save it on: the card stays unattached.
    const anonymous = await stripe.paymentIntents.create({
      amount: 2_500,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      setup_future_usage: 'on_session',
      confirm: true,
    });
    expect((await stripe.paymentMethods.retrieve(anonymous.payment_method as string)).customer).toBeNull();
  });

  it('refunds and captures keep the currency’s step and eight digits, as Stripe’s amounts do', async () => {
    const paid = await stripe.paymentIntents.create({
      amount: 5_000,
      currency: 'kwd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    const odd = await failure(stripe.refunds.create({ payment_intent: paid.id, amount: 1_005 }));
    expect(odd).toMatchObject({ statusCode: 400, param: 'amount' });
    expect(odd.message).toContain('KWD amounts must end in 0');
    expect(await stripe.refunds.create({ payment_intent: paid.id, amount: 1_000 })).toMatchObject({
      amount: 1_000,
      status: 'succeeded',
    });
    const huge = await failure(stripe.refunds.create({ payment_intent: paid.id, amount: 100_000_000 }));
    expect(huge).toMatchObject({ code: 'amount_too_large', param: 'amount' });
    expect((await stripe.charges.retrieve(paid.latest_charge as string)).amount_refunded).toBe(1_000);

    const held = await stripe.paymentIntents.create({
      amount: 5_000,
      currency: 'kwd',
      payment_method: 'pm_card_visa',
      capture_method: 'manual',
      confirm: true,
    });
    const partial = await failure(stripe.paymentIntents.capture(held.id, { amount_to_capture: 2_505 }));
    expect(partial).toMatchObject({ statusCode: 400, param: 'amount_to_capture' });
    expect((await stripe.paymentIntents.retrieve(held.id)).status).toBe('requires_capture');
    expect(await stripe.paymentIntents.capture(held.id, { amount_to_capture: 2_500 })).toMatchObject({
      status: 'succeeded',
      amount_received: 2_500,
    });
  });
});
