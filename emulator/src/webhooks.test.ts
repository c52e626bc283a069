import Stripe from 'stripe';
import { afterEach, describe, expect, it } from 'vitest';

import { payForm, runEmulator, startReceiver, WEBHOOK_SECRET, type Receiver, type Running } from './test-support';
import { DEFAULT_RETRY, type RetryPolicy } from './webhook-delivery';

const verifier = new Stripe('sk_test_verifier_only');
const started: (Running | Receiver)[] = [];

afterEach(async () => {
  for (const running of started.splice(0).reverse()) {
    if ('emulator' in running) await running.stop();
    else await running.close();
  }
});

/** An emulator delivering to a fresh receiver, with retries fast enough for tests. */
async function setup(retry: RetryPolicy = { initialDelayMs: 20, maxDelayMs: 100, maxAttempts: 4, timeoutMs: 1_000 }) {
  const receiver = await startReceiver();
  started.push(receiver);
  const running = await runEmulator({
    port: 0,
    webhookEndpoints: [{ url: receiver.url, secret: WEBHOOK_SECRET }],
    retry,
  });
  started.push(running);
  return { receiver, running, stripe: running.stripe, emulator: running.emulator };
}

/** Verifies a delivery's signature exactly as a receiver using the SDK would. */
function verified(delivery: { body: string; headers: Record<string, string | string[] | undefined> }): Stripe.Event {
  return verifier.webhooks.constructEvent(
    delivery.body,
    delivery.headers['stripe-signature'] as string,
    WEBHOOK_SECRET,
  );
}

describe('webhook delivery', () => {
  it('delivers each event signed so that stripe.webhooks.constructEvent accepts it, shaped like Stripe events', async () => {
    const { receiver, stripe, emulator } = await setup();
    const product = await stripe.products.create({ name: 'Signed' }, { idempotencyKey: 'signed-product' });
    const [delivery] = await receiver.waitFor(1);
    const event = verified(delivery as NonNullable<typeof delivery>);
    expect(event).toMatchObject({
      object: 'event',
      type: 'product.created',
      api_version: '2026-10-28.endive',
      livemode: false,
      pending_webhooks: 1,
      request: { idempotency_key: 'signed-product' },
      data: { object: { id: product.id, name: 'Signed' } },
    });
    expect(event.id).toMatch(/^evt_/);
    expect(event.request?.id).toMatch(/^req_/);
    expect(() =>
      verifier.webhooks.constructEvent(
        delivery?.body as string,
        delivery?.headers['stripe-signature'] as string,
        'whsec_other',
      ),
    ).toThrow(Stripe.errors.StripeSignatureVerificationError);
    await emulator.webhooksIdle();
    expect((await stripe.events.retrieve(event.id)).pending_webhooks).toBe(0);
    expect(emulator.webhookAttempts()).toEqual([
      expect.objectContaining({
        eventId: event.id,
        type: 'product.created',
        attempt: 1,
        status: 200,
        outcome: 'delivered',
      }),
    ]);
  });

  it('delivers a paid checkout to every endpoint, each signed with its own secret', async () => {
    const first = await startReceiver();
    const second = await startReceiver();
    started.push(first, second);
    const running = await runEmulator({
      port: 0,
      webhookEndpoints: [
        { url: first.url, secret: WEBHOOK_SECRET },
        { url: second.url, secret: 'whsec_second_endpoint' },
      ],
    });
    started.push(running);
    const session = await running.stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [
        { quantity: 1, price_data: { currency: 'usd', unit_amount: 5_000, product_data: { name: 'Raking' } } },
      ],
      success_url: 'https://shop.example/done',
    });
    await payForm(session.url as string, { card_number: '4242424242424242' });
    const types = [
      'payment_intent.created',
      'charge.succeeded',
      'payment_intent.succeeded',
      'checkout.session.completed',
    ];
    expect((await first.waitFor(4)).map((d) => verified(d).type)).toEqual(types);
    const atSecond = await second.waitFor(4);
    expect(
      atSecond.map(
        (d) =>
          verifier.webhooks.constructEvent(d.body, d.headers['stripe-signature'] as string, 'whsec_second_endpoint')
            .type,
      ),
    ).toEqual(types);
  });

  it('retries with backoff after a 500 until the endpoint answers 2xx, logging each attempt', async () => {
    const { receiver, stripe, emulator } = await setup();
    receiver.failNext(500, 503);
    await stripe.products.create({ name: 'Retried' });
    const deliveries = await receiver.waitFor(3);
    expect(new Set(deliveries.map((d) => verified(d).id)).size).toBe(1);
    await emulator.webhooksIdle();
    expect(emulator.webhookAttempts().map((a) => [a.attempt, a.status, a.outcome])).toEqual([
      [1, 500, 'retrying'],
      [2, 503, 'retrying'],
      [3, 200, 'delivered'],
    ]);
    const log = (await (await fetch(`${emulator.url}/_emulator/webhooks/attempts`)).json()) as { data: unknown[] };
    expect(log.data).toHaveLength(3);
  });

  it('counts a redirect as a failed delivery and retries it, never following it', async () => {
    const { receiver, stripe, emulator } = await setup();
    receiver.failNext(302, 308);
    await stripe.customers.create({ email: 'moved@example.com' });
    await receiver.waitFor(3);
    await emulator.webhooksIdle();
    expect(emulator.webhookAttempts().map((a) => [a.attempt, a.status, a.outcome])).toEqual([
      [1, 302, 'retrying'],
      [2, 308, 'retrying'],
      [3, 200, 'delivered'],
    ]);
    expect(receiver.received.map((d) => d.path)).toEqual(['/webhooks/stripe', '/webhooks/stripe', '/webhooks/stripe']);
  });

  it("retries on Stripe's test-mode schedule by default (three retries, doubling from 30 minutes), compressed by a switch", async () => {
    const compress = 60_000; // 30 minutes become 30 ms
    const { receiver, stripe, emulator } = await setup({ ...DEFAULT_RETRY, compress });
    receiver.failNext(500, 500, 500, 500, 500);
    await stripe.customers.create({ email: 'down@example.com' });
    await receiver.waitFor(4);
    await emulator.webhooksIdle();
    const attempts = emulator.webhookAttempts();
    expect(attempts.map((a) => [a.attempt, a.status, a.outcome])).toEqual([
      [1, 500, 'retrying'],
      [2, 500, 'retrying'],
      [3, 500, 'retrying'],
      [4, 500, 'gave_up'],
    ]);
    const gaps = attempts.slice(1).map((a, i) => Date.parse(a.at) - Date.parse(attempts[i]!.at));
    [30, 60, 120].forEach((minutes, i) => expect(gaps[i]).toBeGreaterThanOrEqual((minutes * 60_000) / compress - 5));
    expect(receiver.received).toHaveLength(4);
  });

  it('counts an endpoint that does not answer in time, or at all, as failed, and gives up after the last attempt', async () => {
    const retry = { initialDelayMs: 10, maxDelayMs: 20, maxAttempts: 2, timeoutMs: 200 };
    const { receiver, stripe, emulator } = await setup(retry);
    receiver.failNext('hang', 'hang');
    await stripe.products.create({ name: 'Too slow' });
    await emulator.webhooksIdle();
    expect(emulator.webhookAttempts().map((a) => [a.attempt, a.status, a.outcome, a.error])).toEqual([
      [1, null, 'retrying', 'timed out after 200 ms'],
      [2, null, 'gave_up', 'timed out after 200 ms'],
    ]);
    expect(emulator.webhookStatus().pending).toBe(0);

    // Nothing listens on port 9 (discard): every attempt is refused.
    const unreachable = await runEmulator({
      port: 0,
      webhookEndpoints: [{ url: 'http://127.0.0.1:9/webhooks', secret: WEBHOOK_SECRET }],
      retry,
    });
    started.push(unreachable);
    await unreachable.stripe.products.create({ name: 'Nobody home' });
    await unreachable.emulator.webhooksIdle();
    expect(unreachable.emulator.webhookAttempts().map((a) => [a.attempt, a.status, a.outcome])).toEqual([
      [1, null, 'retrying'],
      [2, null, 'gave_up'],
    ]);
  });

  it('delivers each event several times when asked (duplicates)', async () => {
    const { receiver, stripe, emulator } = await setup();
    emulator.configureWebhooks({ duplicates: 3 });
    await stripe.products.create({ name: 'Thrice' });
    const deliveries = await receiver.waitFor(3);
    expect(deliveries.map((d) => verified(d).id)).toEqual(
      Array(3).fill(verified(deliveries[0] as NonNullable<(typeof deliveries)[0]>).id),
    );
  });

  it('holds events while paused and sends them, reversed or shuffled, on resume', async () => {
    const { receiver, stripe, emulator } = await setup();
    emulator.pauseWebhooks();
    const names = ['one', 'two', 'three', 'four'];
    for (const name of names) await stripe.products.create({ name });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(receiver.received).toHaveLength(0);
    emulator.configureWebhooks({ order: 'reverse' });
    emulator.resumeWebhooks();
    const reversed = await receiver.waitFor(4);
    expect(reversed.map((d) => (verified(d).data.object as Stripe.Product).name)).toEqual([...names].reverse());

    emulator.pauseWebhooks();
    emulator.configureWebhooks({ order: 'shuffle' });
    for (const name of names) await stripe.products.create({ name: `${name}-again` });
    emulator.resumeWebhooks();
    const shuffled = (await receiver.waitFor(8)).slice(4).map((d) => (verified(d).data.object as Stripe.Product).name);
    expect([...shuffled].sort()).toEqual(names.map((name) => `${name}-again`).sort());
  });

  it('drops events when asked: they can be listed (for reconciliation) but never arrive', async () => {
    const { receiver, stripe, emulator } = await setup();
    emulator.dropNextEvents(1);
    const dropped = await stripe.products.create({ name: 'Lost' });
    const kept = await stripe.products.create({ name: 'Found' });
    const [delivery] = await receiver.waitFor(1);
    expect((verified(delivery as NonNullable<typeof delivery>).data.object as Stripe.Product).id).toBe(kept.id);
    await emulator.webhooksIdle();
    expect(receiver.received).toHaveLength(1);
    const listed = await stripe.events.list({ type: 'product.created', delivery_success: false });
    expect(listed.data.map((e) => (e.data.object as Stripe.Product).id)).toEqual([dropped.id]);
    expect(emulator.webhookAttempts()[0]).toMatchObject({ outcome: 'dropped', type: 'product.created' });
  });

  it('delays deliveries when asked', async () => {
    const { receiver, stripe, emulator } = await setup();
    emulator.configureWebhooks({ delayMs: 300 });
    const before = Date.now();
    await stripe.products.create({ name: 'Later' });
    await receiver.waitFor(1);
    expect(Date.now() - before).toBeGreaterThanOrEqual(290);
  });

  it('exposes the switches through the admin API', async () => {
    const { receiver, stripe, emulator } = await setup();
    const admin = async (path: string, body: unknown = {}) => {
      const response = await fetch(`${emulator.url}/_emulator${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    };
    expect(await admin('/webhooks/settings', { duplicates: 2, delay_ms: 0, order: 'reverse' })).toMatchObject({
      status: 200,
      body: { duplicates: 2, order: 'reverse' },
    });
    expect((await admin('/webhooks/settings', { order: 'sideways' })).status).toBe(400);
    expect((await admin('/webhooks/pause')).body).toMatchObject({ paused: true });
    await stripe.products.create({ name: 'Held' });
    expect((await admin('/webhooks/resume')).body).toMatchObject({ paused: false });
    expect((await admin('/webhooks/idle')).status).toBe(200);
    expect(receiver.received).toHaveLength(2);
    expect((await admin('/webhooks/drop', { count: 1 })).body).toMatchObject({ dropping: 1 });
    expect((await admin('/reset')).status).toBe(200);
    expect(emulator.webhookStatus()).toMatchObject({ duplicates: 1, order: 'in_order', paused: false, dropping: 0 });
    expect((await stripe.products.list()).data).toHaveLength(0);
  });
});
