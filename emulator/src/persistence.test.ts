import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import Stripe from 'stripe';
import { afterEach, beforeEach, expect, it } from 'vitest';

import { payForm, sdkFor, startReceiver, WEBHOOK_SECRET, type Receiver } from './test-support';

import { startStripeEmulator, type StripeEmulator } from './index';

let dataDir: string;
const toClose: { close(): Promise<void> }[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'stripe-emulator-state-'));
});
afterEach(async () => {
  for (const closable of toClose.splice(0).reverse()) await closable.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function start(
  receiver?: Receiver,
  initialDelayMs = 5_000,
): Promise<{ emulator: StripeEmulator; stripe: Stripe }> {
  const emulator = await startStripeEmulator({
    port: 0,
    dataDir,
    webhookEndpoints: receiver ? [{ url: receiver.url, secret: WEBHOOK_SECRET }] : [],
    asyncPaymentDelayMs: 60_000,
    retry: { initialDelayMs, maxDelayMs: initialDelayMs, maxAttempts: 5, timeoutMs: 1_000 },
  });
  return { emulator, stripe: sdkFor(emulator.url) };
}

it('keeps objects, lists, idempotency keys and pending delayed payments across close() and a restart', async () => {
  const first = await start();
  const product = await first.stripe.products.create({ name: 'Durable' }, { idempotencyKey: 'durable-product' });
  const price = await first.stripe.prices.create({ product: product.id, unit_amount: 7_000, currency: 'usd' });
  const link = await first.stripe.paymentLinks.create({
    line_items: [{ price: price.id, quantity: 1 }],
    metadata: { service_request_id: 'r9' },
  });
  const opened = (await fetch(link.url, { redirect: 'manual' })).headers.get('location') as string;
  await payForm(opened, { payment_method: 'bank_debit', account_number: '000123456789' });
  const sessionId = opened.split('/').at(-1) as string;
  await first.emulator.close();
  expect((await readdir(dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

  const second = await start();
  toClose.push(second.emulator);
  expect(await second.stripe.products.retrieve(product.id)).toMatchObject({ name: 'Durable' });
  expect((await second.stripe.paymentLinks.retrieve(link.id)).metadata).toEqual({ service_request_id: 'r9' });
  expect((await second.stripe.paymentLinks.listLineItems(link.id)).data[0]?.price?.id).toBe(price.id);
  expect((await second.stripe.checkout.sessions.list({ payment_link: link.id })).data.map((s) => s.id)).toEqual([
    sessionId,
  ]);
  const replayed = await second.stripe.products.create({ name: 'Durable' }, { idempotencyKey: 'durable-product' });
  expect(replayed.id).toBe(product.id);
  expect(second.emulator.settleAsyncPayment(sessionId)).toBe(true);
  expect((await second.stripe.checkout.sessions.retrieve(sessionId)).payment_status).toBe('paid');
  const created = await second.stripe.products.create({ name: 'After restart' });
  expect((await second.stripe.products.list({ limit: 2 })).data.map((p) => p.id)).toEqual([created.id, product.id]);
});

it('resumes webhook deliveries that were still pending when the emulator closed', async () => {
  const receiver = await startReceiver();
  toClose.push(receiver);
  receiver.failNext(500);
  const first = await start(receiver, 300);
  const product = await first.stripe.products.create({ name: 'Eventually delivered' });
  await expect.poll(() => first.emulator.webhookAttempts().length).toBe(1);
  await first.emulator.close();

  const second = await start(receiver, 300);
  toClose.push(second.emulator);
  const deliveries = await receiver.waitFor(2);
  await second.emulator.webhooksIdle();
  const event = new Stripe('sk_test_verifier').webhooks.constructEvent(
    deliveries[1]?.body as string,
    deliveries[1]?.headers['stripe-signature'] as string,
    WEBHOOK_SECRET,
  );
  expect((event.data.object as Stripe.Product).id).toBe(product.id);
  expect(second.emulator.webhookAttempts().map((a) => [a.attempt, a.status, a.outcome])).toEqual([
    [1, 500, 'retrying'],
    [2, 200, 'delivered'],
  ]);
});

it('refuses to start over an unreadable state file rather than forget what the server refers to', async () => {
  await writeFile(path.join(dataDir, 'state.json'), '{"version":1,"objects":');
  await expect(start()).rejects.toThrow(/unreadable.*move it aside/);
});
