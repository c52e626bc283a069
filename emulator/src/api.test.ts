import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { objectSchema } from './openapi';
import { schemaProblems } from './openapi-validator';
import { failure, payForm, runEmulator, sdkFor, TEST_KEY, type Running } from './test-support';

let running: Running;
let stripe: Stripe;

beforeAll(async () => {
  running = await runEmulator({ port: 0 });
  stripe = running.stripe;
});
afterAll(() => running?.stop());

const SUCCESS_URL = 'https://shop.example/done?session_id={CHECKOUT_SESSION_ID}';

async function price(unitAmount = 12_500, currency = 'usd') {
  const product = await stripe.products.create({ name: 'Lawn mowing' });
  return stripe.prices.create({ product: product.id, unit_amount: unitAmount, currency });
}

async function paidSession() {
  const { id } = await price(4_000);
  const session = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price: id, quantity: 2 }],
    success_url: SUCCESS_URL,
    payment_intent_data: { metadata: { order: '42' } },
  });
  expect((await payForm(session.url as string, { card_number: '4242424242424242' })).status).toBe(303);
  return stripe.checkout.sessions.retrieve(session.id);
}

/**
 * The emulator's answer at `path` (raw JSON: the SDK turns some fields into objects of its own)
 * conforms to the schema of its object type in the OpenAPI description the emulator validates with.
 */
async function expectConforms(path: string) {
  const response = await fetch(`${running.emulator.url}${path}`, { headers: { authorization: `Bearer ${TEST_KEY}` } });
  const answer = (await response.json()) as { object: string; data?: { object: string }[] };
  expect(response.status).toBe(200);
  for (const object of answer.object === 'list' ? (answer.data ?? []) : [answer]) {
    expect(schemaProblems(objectSchema(object.object), object)).toEqual([]);
  }
}

describe('products, prices and customers', () => {
  it('creates, retrieves, updates and lists products, merging and unsetting metadata', async () => {
    const product = await stripe.products.create({
      name: 'Hedge trimming',
      description: 'Front and back',
      metadata: { a: '1', b: '2' },
    });
    expect(product).toMatchObject({
      object: 'product',
      name: 'Hedge trimming',
      description: 'Front and back',
      active: true,
      livemode: false,
    });
    expect(product.id).toMatch(/^prod_/);
    const updated = await stripe.products.update(product.id, {
      name: 'Hedges',
      description: '',
      metadata: { a: '', c: '3' },
    });
    expect(updated).toMatchObject({ name: 'Hedges', description: null, metadata: { b: '2', c: '3' } });
    expect(await stripe.products.retrieve(product.id)).toEqual(updated);
    const listed = await stripe.products.list({ ids: [product.id] });
    expect(listed.data.map((p) => p.id)).toEqual([product.id]);
    await expectConforms(`/v1/products/${product.id}`);
    // Archived, as the real-Stripe suite cleans up its products.
    expect((await stripe.products.update(product.id, { active: false })).active).toBe(false);
    expect((await stripe.products.list({ ids: [product.id], active: true })).data).toEqual([]);
  });

  it('creates prices (also with inline product_data), archives them with active=false and filters lists', async () => {
    const created = await price(2_500);
    expect(created).toMatchObject({
      object: 'price',
      unit_amount: 2_500,
      currency: 'usd',
      type: 'one_time',
      active: true,
    });
    expect(String(created.unit_amount_decimal)).toBe('2500');
    const archived = await stripe.prices.update(created.id, { active: false, nickname: 'old quote' });
    expect(archived).toMatchObject({ active: false, nickname: 'old quote' });
    const inline = await stripe.prices.create({
      currency: 'jpy',
      unit_amount: 5_000,
      product_data: { name: 'Tea', metadata: { request: '42' } },
    });
    expect(await stripe.products.retrieve(inline.product as string)).toMatchObject({
      name: 'Tea',
      metadata: { request: '42' },
    });
    const active = await stripe.prices.list({ product: created.product as string, active: false });
    expect(active.data.map((p) => p.id)).toEqual([created.id]);
    await expectConforms(`/v1/prices?product=${created.product}&limit=100`);
    await expectConforms(`/v1/prices/${inline.id}`);
  });

  it('deletes a customer: a stub answers for it, and lists and payments no longer see it', async () => {
    const customer = await stripe.customers.create({ email: 'gone@example.com' });
    expect(await stripe.customers.del(customer.id)).toEqual({ id: customer.id, object: 'customer', deleted: true });
    expect(await stripe.customers.retrieve(customer.id)).toEqual({
      id: customer.id,
      object: 'customer',
      deleted: true,
    });
    expect((await stripe.customers.list({ email: 'gone@example.com' })).data).toEqual([]);
    const charge = await failure(
      stripe.paymentIntents.create({ amount: 1_000, currency: 'usd', customer: customer.id }),
    );
    expect(charge).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'customer' });
    expect(await failure(stripe.customers.del(customer.id))).toMatchObject({ statusCode: 404 });
    const events = await stripe.events.list({ type: 'customer.deleted' });
    expect(events.data.map((e) => (e.data.object as Stripe.Customer).id)).toContain(customer.id);
  });

  it('creates, updates and lists customers by email', async () => {
    const customer = await stripe.customers.create({ email: 'ann@example.com', name: 'Ann' });
    const updated = await stripe.customers.update(customer.id, { phone: '+15555550123', metadata: { vip: 'yes' } });
    expect(updated).toMatchObject({
      email: 'ann@example.com',
      name: 'Ann',
      phone: '+15555550123',
      metadata: { vip: 'yes' },
    });
    expect((await stripe.customers.retrieve(customer.id)) as Stripe.Customer).toMatchObject({ phone: '+15555550123' });
    const found = await stripe.customers.list({ email: 'ann@example.com' });
    expect(found.data.map((c) => c.id)).toEqual([customer.id]);
    await expectConforms(`/v1/customers/${customer.id}`);
  });

  it('pages newest first with the SDK auto-pagination over more than 100 objects, and backwards with ending_before', async () => {
    const email = 'many@example.com';
    const ids: string[] = [];
    for (let i = 0; i < 105; i++) ids.push((await stripe.customers.create({ email })).id);
    const seen: string[] = [];
    for await (const customer of stripe.customers.list({ email, limit: 100 })) seen.push(customer.id);
    expect(seen).toEqual([...ids].reverse());
    const first = await stripe.customers.list({ email, limit: 3 });
    expect(first).toMatchObject({ object: 'list', has_more: true, url: '/v1/customers' });
    const before = await stripe.customers.list({ email, limit: 2, ending_before: seen[4] as string });
    expect(before.data.map((c) => c.id)).toEqual(seen.slice(2, 4));
    const missing = await failure(stripe.customers.list({ starting_after: 'cus_nope' }));
    expect(missing).toMatchObject({ code: 'resource_missing', param: 'starting_after', statusCode: 404 });
  });
});

describe('payment links', () => {
  it('creates, retrieves, deactivates and lists links, and lists their line items', async () => {
    const { id } = await price();
    const link = await stripe.paymentLinks.create({
      line_items: [{ price: id, quantity: 1 }],
      metadata: { service_request_id: 'r1', quote_version: '1' },
      payment_intent_data: { metadata: { service_request_id: 'r1', quote_version: '1' }, description: 'Lawn mowing' },
      restrictions: { completed_sessions: { limit: 1 } },
      after_completion: { type: 'redirect', redirect: { url: SUCCESS_URL } },
      customer_creation: 'always',
    });
    expect(link).toMatchObject({
      object: 'payment_link',
      active: true,
      currency: 'usd',
      restrictions: { completed_sessions: { count: 0, limit: 1 } },
      payment_intent_data: { metadata: { service_request_id: 'r1' }, description: 'Lawn mowing' },
    });
    expect(link.url).toBe(`${running.emulator.publicUrl}/b/${link.id}`);
    const items = await stripe.paymentLinks.listLineItems(link.id);
    expect(items.data).toHaveLength(1);
    expect(items.data[0]).toMatchObject({
      object: 'item',
      amount_total: 12_500,
      quantity: 1,
      description: 'Lawn mowing',
      price: { id },
    });
    const inactive = await stripe.paymentLinks.update(link.id, { active: false });
    expect(inactive.active).toBe(false);
    expect((await stripe.paymentLinks.retrieve(link.id)).active).toBe(false);
    const listed = await stripe.paymentLinks.list({ active: false, limit: 100 });
    expect(listed.data.map((l) => l.id)).toContain(link.id);
    const expanded = await stripe.paymentLinks.retrieve(link.id, { expand: ['line_items'] });
    expect(expanded.line_items?.data[0]?.price?.id).toBe(id);
    await expectConforms(`/v1/payment_links/${link.id}?expand[]=line_items`);
    await expectConforms(`/v1/payment_links/${link.id}/line_items`);
  });

  it('refuses what Payment Links do not take: expires_at, customer, and an amount below the minimum', async () => {
    const { id } = await price();
    const line_items = [{ price: id, quantity: 1 }];
    const expiring = await failure(
      stripe.paymentLinks.create({
        line_items,
        expires_at: Math.floor(Date.now() / 1000) + 3600,
      } as Stripe.PaymentLinkCreateParams),
    );
    expect(expiring).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(expiring).toMatchObject({
      code: 'parameter_unknown',
      param: 'expires_at',
      message: 'Received unknown parameter: expires_at',
    });
    const customer = await failure(
      stripe.paymentLinks.create({ line_items, customer: 'cus_1' } as Stripe.PaymentLinkCreateParams),
    );
    expect(customer).toMatchObject({ code: 'parameter_unknown', param: 'customer' });
    const cheap = await price(49);
    const small = await failure(stripe.paymentLinks.create({ line_items: [{ price: cheap.id, quantity: 1 }] }));
    expect(small).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(small).toMatchObject({ code: 'amount_too_small', param: 'line_items[0][price]' });
    const archived = await stripe.prices.update(id, { active: false });
    const inactive = await failure(stripe.paymentLinks.create({ line_items: [{ price: archived.id, quantity: 1 }] }));
    expect(inactive).toMatchObject({ param: 'line_items[0][price]', message: expect.stringContaining('inactive') });
  });
});

describe('checkout sessions', () => {
  it('creates a session with Stripe defaults, expands and lists its line items, lists by filter and expires it', async () => {
    const customer = await stripe.customers.create({ email: 'bo@example.com' });
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      customer: customer.id,
      line_items: [
        { quantity: 1, price_data: { currency: 'jpy', unit_amount: 5_000, product_data: { name: 'Tea ceremony' } } },
      ],
      metadata: { service_request_id: 'r2' },
      success_url: SUCCESS_URL,
      cancel_url: 'https://shop.example/cancel',
    });
    const now = Date.now() / 1000;
    expect(session).toMatchObject({
      object: 'checkout.session',
      mode: 'payment',
      status: 'open',
      payment_status: 'unpaid',
      amount_subtotal: 5_000,
      amount_total: 5_000,
      currency: 'jpy',
      customer: customer.id,
      payment_intent: null,
      payment_link: null,
      metadata: { service_request_id: 'r2' },
      livemode: false,
      success_url: SUCCESS_URL,
    });
    expect(session.id).toMatch(/^cs_test_/);
    expect(session.url).toBe(`${running.emulator.publicUrl}/c/pay/${session.id}`);
    expect(session.expires_at).toBeGreaterThan(now + 24 * 3600 - 60);
    expect(session.expires_at).toBeLessThanOrEqual(now + 24 * 3600 + 1);

    const expanded = await stripe.checkout.sessions.retrieve(session.id, { expand: ['line_items', 'customer'] });
    expect(expanded.line_items?.data[0]).toMatchObject({
      description: 'Tea ceremony',
      amount_total: 5_000,
      currency: 'jpy',
    });
    expect((expanded.customer as Stripe.Customer).email).toBe('bo@example.com');
    expect((await stripe.checkout.sessions.listLineItems(session.id)).data).toHaveLength(1);

    const created = { gte: session.created, lte: session.created };
    const open = await stripe.checkout.sessions.list({ status: 'open', created, limit: 100 });
    expect(open.data.map((s) => s.id)).toContain(session.id);
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired).toMatchObject({ status: 'expired', url: null });
    expect(
      (await stripe.checkout.sessions.list({ status: 'open', created, limit: 100 })).data.map((s) => s.id),
    ).not.toContain(session.id);
    const again = await failure(stripe.checkout.sessions.expire(session.id));
    expect(again).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    await expectConforms(`/v1/checkout/sessions/${session.id}?expand[]=line_items&expand[]=customer`);
  });

  it.each([
    ['expires_at 48 h ahead', { expires_at: Math.floor(Date.now() / 1000) + 48 * 3600 }, { param: 'expires_at' }],
    ['expires_at 10 minutes ahead', { expires_at: Math.floor(Date.now() / 1000) + 600 }, { param: 'expires_at' }],
    ['no success_url', { success_url: undefined }, { code: 'parameter_missing', param: 'success_url' }],
    ['an unknown parameter', { colour: 'green' }, { code: 'parameter_unknown', param: 'colour' }],
    [
      'an unknown nested parameter',
      { payment_intent_data: { colour: 'green' } },
      { code: 'parameter_unknown', param: 'payment_intent_data[colour]' },
    ],
    [
      'an amount below the minimum',
      {
        line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 49, product_data: { name: 'Gum' } } }],
      },
      { code: 'amount_too_small', param: 'line_items[0][price_data][unit_amount]' },
    ],
    [
      'a missing price',
      { line_items: [{ quantity: 1, price: 'price_missing' }] },
      { code: 'resource_missing', param: 'line_items[0][price]' },
    ],
    ['a bad enum value', { mode: 'barter' }, { param: 'mode' }],
    ['a non-integer', { expires_at: 'tomorrow' }, { code: 'parameter_invalid_integer', param: 'expires_at' }],
    ['an empty required string', { success_url: '' }, { code: 'parameter_invalid_empty', param: 'success_url' }],
  ])('refuses %s', async (_, change, expected) => {
    const params = {
      mode: 'payment',
      line_items: [
        { quantity: 1, price_data: { currency: 'usd', unit_amount: 1_000, product_data: { name: 'Weeding' } } },
      ],
      success_url: SUCCESS_URL,
      ...change,
    } as Stripe.Checkout.SessionCreateParams;
    const error = await failure(stripe.checkout.sessions.create(params));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ type: 'StripeInvalidRequestError', ...expected });
    expect(error.requestId).toMatch(/^req_/);
  });

  it("what the project's server sends a session is honoured: nickname, product, description, setup_future_usage, consent text, expiry", async () => {
    const product = await stripe.products.create({ name: 'Gutter cleaning' });
    const price = await stripe.prices.create({
      product: product.id,
      unit_amount: 7_500,
      currency: 'usd',
      nickname: 'Request 42',
      metadata: { request: '42' },
    });
    expect(await stripe.prices.retrieve(price.id)).toMatchObject({
      nickname: 'Request 42',
      metadata: { request: '42' },
    });
    const customer = await stripe.customers.create({ email: 'ann@example.com' });
    const expiresAt = Math.floor(Date.now() / 1000) + 3_600;
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      customer: customer.id,
      custom_text: { submit: { message: 'I agree to be charged later.' } },
      line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 7_500, product: product.id } }],
      payment_intent_data: { description: 'Gutters, front', setup_future_usage: 'off_session', metadata: { a: '1' } },
      success_url: SUCCESS_URL,
      expires_at: expiresAt,
    });
    expect(session.expires_at).toBe(expiresAt);
    const page = await (await fetch(session.url as string)).text();
    expect(page).toContain('I agree to be charged later.');
    const [item] = (await stripe.checkout.sessions.listLineItems(session.id)).data;
    expect((item?.price as Stripe.Price).product).toBe(product.id);
    await payForm(session.url as string, { card_number: '4242424242424242' });
    const paid = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] });
    expect(paid.custom_text.submit?.message).toBe('I agree to be charged later.');
    expect(paid.payment_intent).toMatchObject({
      description: 'Gutters, front',
      setup_future_usage: 'off_session',
      customer: customer.id,
    });
  });

  it("takes the parameters of the SDK's API version, and refuses what it does not declare", async () => {
    const customer = await stripe.customers.create({ business_name: 'Green Thumbs LLC', individual_name: 'Ann' });
    expect(customer).toMatchObject({ business_name: 'Green Thumbs LLC', individual_name: 'Ann' });
    const unknown = await failure(stripe.customers.create({ nickname: 'Greenie' } as Stripe.CustomerCreateParams));
    expect(unknown).toMatchObject({ code: 'parameter_unknown', param: 'nickname', statusCode: 400 });
  });

  it('refuses a missing required parameter, per the description', async () => {
    const error = await failure(
      stripe.prices.create({ unit_amount: 100, product: 'prod_x' } as Stripe.PriceCreateParams),
    );
    expect(error).toMatchObject({
      code: 'parameter_missing',
      param: 'currency',
      message: 'Missing required param: currency.',
    });
  });
});

describe('payments, refunds and events', () => {
  it('exposes the PaymentIntent and Charge of a paid session, with expansion on objects and lists', async () => {
    const session = await paidSession();
    const expanded = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent.latest_charge'] });
    const intent = expanded.payment_intent as Stripe.PaymentIntent;
    expect(intent).toMatchObject({
      status: 'succeeded',
      amount: 8_000,
      amount_received: 8_000,
      metadata: { order: '42' },
    });
    const charge = intent.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({
      status: 'succeeded',
      paid: true,
      amount: 8_000,
      payment_intent: intent.id,
      payment_method_details: { type: 'card', card: { last4: '4242' } },
    });
    expect(await stripe.paymentIntents.retrieve(intent.id)).toMatchObject({ id: intent.id, latest_charge: charge.id });
    expect((await stripe.charges.list({ payment_intent: intent.id })).data.map((c) => c.id)).toEqual([charge.id]);
    expect((await stripe.paymentIntents.list({ limit: 100 })).data.map((p) => p.id)).toContain(intent.id);
    const listed = await stripe.checkout.sessions.list({ payment_intent: intent.id, expand: ['data.payment_intent'] });
    expect((listed.data[0]?.payment_intent as Stripe.PaymentIntent).status).toBe('succeeded');
    const bad = await failure(stripe.checkout.sessions.retrieve(session.id, { expand: ['currency'] }));
    expect(bad.message).toBe('This property cannot be expanded (currency).');
    await expectConforms(`/v1/checkout/sessions/${session.id}?expand[]=payment_intent.latest_charge`);
    await expectConforms(`/v1/charges/${charge.id}`);
    await expectConforms(`/v1/checkout/sessions?payment_intent=${intent.id}&expand[]=data.payment_intent`);
  });

  it('refunds partially then fully, updating the charge, and refuses more', async () => {
    const session = await paidSession();
    const intentId = session.payment_intent as string;
    const partial = await stripe.refunds.create({
      payment_intent: intentId,
      amount: 3_000,
      metadata: { reason: 'late' },
    });
    expect(partial).toMatchObject({
      object: 'refund',
      amount: 3_000,
      status: 'succeeded',
      payment_intent: intentId,
      metadata: { reason: 'late' },
    });
    const intent = await stripe.paymentIntents.retrieve(intentId);
    expect(await stripe.charges.retrieve(intent.latest_charge as string)).toMatchObject({
      amount_refunded: 3_000,
      refunded: false,
    });
    const rest = await stripe.refunds.create({ charge: intent.latest_charge as string });
    expect(rest.amount).toBe(5_000);
    expect(await stripe.charges.retrieve(intent.latest_charge as string)).toMatchObject({
      amount_refunded: 8_000,
      refunded: true,
    });
    expect(await stripe.refunds.retrieve(partial.id)).toEqual(partial);
    expect((await stripe.refunds.list({ payment_intent: intentId })).data.map((r) => r.id)).toEqual([
      rest.id,
      partial.id,
    ]);
    const more = await failure(stripe.refunds.create({ payment_intent: intentId, amount: 1 }));
    expect(more).toMatchObject({ code: 'charge_already_refunded' });
    await expectConforms(`/v1/refunds?payment_intent=${intentId}`);
  });

  it('refuses a refund larger than what is left', async () => {
    const session = await paidSession();
    const error = await failure(
      stripe.refunds.create({ payment_intent: session.payment_intent as string, amount: 8_001 }),
    );
    expect(error).toMatchObject({ code: 'amount_too_large', param: 'amount' });
  });

  it('records events, retrievable and listable by type, types and created range', async () => {
    const session = await paidSession();
    const since = session.created;
    const completed = await stripe.events.list({
      type: 'checkout.session.completed',
      created: { gte: since },
      limit: 100,
    });
    const event = completed.data.find(
      (e) => (e.data.object as Stripe.Checkout.Session).id === session.id,
    ) as Stripe.Event;
    expect(event).toMatchObject({
      object: 'event',
      api_version: '2026-10-28.endive',
      livemode: false,
      type: 'checkout.session.completed',
    });
    expect(await stripe.events.retrieve(event.id)).toEqual(event);
    const wildcard = await stripe.events.list({ type: 'payment_intent.*', created: { gte: since }, limit: 100 });
    expect(new Set(wildcard.data.map((e) => e.type))).toEqual(
      new Set(['payment_intent.created', 'payment_intent.succeeded']),
    );
    const several = await stripe.events.list({
      types: ['charge.succeeded', 'checkout.session.completed'],
      created: { gte: since },
      limit: 100,
    });
    expect(several.data.every((e) => ['charge.succeeded', 'checkout.session.completed'].includes(e.type))).toBe(true);
    expect(
      (await stripe.events.list({ created: { lt: since - 3600 }, limit: 100 })).data.every(
        (e) => e.created < since - 3600,
      ),
    ).toBe(true);
    const refund = await stripe.refunds.create(
      { payment_intent: session.payment_intent as string },
      { idempotencyKey: 'refund-events' },
    );
    const refundEvents = await stripe.events.list({
      types: ['refund.created', 'refund.updated', 'charge.refunded'],
      limit: 3,
    });
    expect(refundEvents.data.map((e) => e.type)).toEqual(['refund.updated', 'charge.refunded', 'refund.created']);
    expect(refundEvents.data[0]).toMatchObject({
      request: { idempotency_key: 'refund-events' },
      data: { object: { id: refund.id, status: 'succeeded' }, previous_attributes: { status: 'pending' } },
    });
    await expectConforms(`/v1/events?limit=100`);
  });
});

describe('protocol', () => {
  it('replays an idempotent request and refuses the key with other parameters', async () => {
    const key = `idem-${Date.now()}`;
    const first = await stripe.products.create({ name: 'Once' }, { idempotencyKey: key });
    const again = await stripe.products.create({ name: 'Once' }, { idempotencyKey: key });
    expect(again.id).toBe(first.id);
    expect(again.lastResponse.headers['idempotent-replayed']).toBe('true');
    const mismatch = await failure(stripe.products.create({ name: 'Twice' }, { idempotencyKey: key }));
    expect(mismatch).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(mismatch.statusCode).toBe(400);
    expect((await stripe.products.list({ limit: 100 })).data.filter((p) => p.name === 'Once')).toHaveLength(1);
  });

  it('answers a missing or non-test key with 401', async () => {
    const missing = await fetch(`${running.emulator.url}/v1/products`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('request-id')).toMatch(/^req_/);
    expect(((await missing.json()) as { error: { type: string } }).error.type).toBe('invalid_request_error');
    const live = await failure(sdkFor(running.emulator.url, 'sk_live_abcdefghijkl').products.list());
    expect(live).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    const basic = await fetch(`${running.emulator.url}/v1/products`, {
      headers: { authorization: `Basic ${Buffer.from(`${TEST_KEY}:`).toString('base64')}` },
    });
    expect(basic.status).toBe(200);
  });

  it('answers an unknown route with a 404 and a form body of another type with a 400', async () => {
    const unknown = await failure(stripe.rawRequest('GET', '/v1/widgets'));
    expect(unknown).toMatchObject({
      statusCode: 404,
      message: expect.stringContaining('Unrecognized request URL (GET: /v1/widgets)'),
    });
    const json = await fetch(`${running.emulator.url}/v1/products`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(json.status).toBe(400);
  });

  it.each([
    [{ status: 500, type: 'api_error' as const, message: 'Injected outage' }, Stripe.errors.StripeAPIError],
    [{ status: 429 }, Stripe.errors.StripeRateLimitError],
    [{ status: 402, code: 'card_declined' }, Stripe.errors.StripeCardError],
    [{ status: 409, type: 'idempotency_error' as const }, Stripe.errors.StripeAPIError],
  ])('fails the next calls with an injected %j, then recovers', async (injected, errorClass) => {
    running.emulator.failNextRequests(2, injected);
    for (let i = 0; i < 2; i++) {
      const error = await failure(stripe.products.list());
      expect(error).toBeInstanceOf(errorClass);
      expect(error.statusCode).toBe(injected.status);
    }
    expect((await stripe.products.list()).object).toBe('list');
  });

  it('counts the calls each operation answered, with the time of the last, over the admin API', async () => {
    const calls = async () =>
      (await (await fetch(`${running.emulator.url}/_emulator/calls`)).json()) as {
        total: number;
        operations: Record<string, { count: number; lastAt: number }>;
      };
    const before = await calls();
    const started = Date.now();
    const product = await stripe.products.create({ name: 'Counted' });
    await stripe.products.update(product.id, { name: 'Counted twice' });
    await stripe.products.update(product.id, { name: 'Counted thrice' });
    running.emulator.failNextRequests(1, { status: 503 });
    await failure(stripe.products.retrieve(product.id));
    await failure(stripe.products.retrieve('prod_missing'));
    const after = await calls();
    const delta = (operation: string) =>
      (after.operations[operation]?.count ?? 0) - (before.operations[operation]?.count ?? 0);
    expect(delta('POST /v1/products')).toBe(1);
    expect(delta('POST /v1/products/{id}')).toBe(2);
    // The injected failure is answered before any operation; a 404 for an unknown id is an answer.
    expect(delta('GET /v1/products/{id}')).toBe(1);
    expect(after.total - before.total).toBe(4);
    expect(after.operations['POST /v1/products/{id}']?.lastAt).toBeGreaterThanOrEqual(started);
  });

  it('injects failures through the admin API too, and the SDK retry with the same key succeeds after', async () => {
    const admin = (path: string, body: unknown, method = 'POST') =>
      fetch(`${running.emulator.url}/_emulator${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await admin('/failures', { count: 1, status: 500, message: 'Down for a second' })).status).toBe(200);
    const retrying = new Stripe(TEST_KEY, {
      host: '127.0.0.1',
      port: Number(new URL(running.emulator.url).port),
      protocol: 'http',
      maxNetworkRetries: 1,
    });
    const product = await retrying.products.create(
      { name: 'After outage' },
      { idempotencyKey: `after-outage-${Date.now()}` },
    );
    expect(product.name).toBe('After outage');
    expect((await admin('/failures', { count: 5, status: 503 })).status).toBe(200);
    expect((await admin('/failures', {}, 'DELETE')).status).toBe(200);
    expect((await stripe.products.list()).object).toBe('list');
    expect((await admin('/failures', { count: 1, status: 200 })).status).toBe(400);
  });
});
