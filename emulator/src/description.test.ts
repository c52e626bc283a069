import { readFileSync } from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DESCRIPTION_FILE, objectSchema } from './openapi';
import { schemaProblems } from './openapi-validator';
import { describeSdk } from './sdk-description';
import { payForm, runEmulator, TEST_KEY, type Running } from './test-support';

let running: Running;

beforeAll(async () => {
  running = await runEmulator({ port: 0 });
});
afterAll(() => running?.stop());

const get = async (path: string) => {
  const answer = await fetch(`${running.emulator.url}${path}`, { headers: { authorization: `Bearer ${TEST_KEY}` } });
  expect(answer.status).toBe(200);
  return (await answer.json()) as { object: string; data: { id: string; object: string; [key: string]: any }[] };
};

describe('the description', () => {
  it("is the installed SDK's: the committed file is what the refresh script makes from it", () => {
    const committed = JSON.parse(readFileSync(DESCRIPTION_FILE, 'utf8')) as unknown;
    // On a difference: pnpm --filter @service-desk/stripe-emulator describe
    expect(describeSdk()).toEqual(committed);
  });
});

it('reports a field the description lacks, a missing one and a wrong type', async () => {
  const customer = await running.stripe.customers.create({ email: 'bo@example.com' });
  const raw = (await get('/v1/customers')).data.find((c) => c.id === customer.id) as Record<string, unknown>;
  expect(schemaProblems(objectSchema('customer'), raw)).toEqual([]);
  const missing = { ...raw };
  delete missing['invoice_settings'];
  expect(schemaProblems(objectSchema('customer'), { ...missing, account_balance: 0, created: 'today' })).toEqual([
    '$.invoice_settings is required',
    '$.created should be an integer',
    '$.account_balance is not in the description',
  ]);
});

describe('every emulated object has the shape the description gives its type', () => {
  it('in keys (none missing, none extra) and types, for each object type the emulator makes', async () => {
    const { stripe } = running;
    const link = await stripe.paymentLinks.create({
      line_items: [
        { quantity: 1, price_data: { currency: 'usd', unit_amount: 2_500, product_data: { name: 'Hedges' } } },
      ] as never,
      payment_intent_data: { setup_future_usage: 'off_session' },
    });
    const opened = await fetch(link.url, { redirect: 'manual' });
    const sessionUrl = opened.headers.get('location') as string;
    expect((await payForm(sessionUrl, { card_number: '4242424242424242', email: 'ann@example.com' })).status).toBe(303);
    const [session] = (await stripe.checkout.sessions.list({ payment_link: link.id })).data;
    const intent = await stripe.paymentIntents.retrieve(session?.payment_intent as string);
    await stripe.refunds.create({ payment_intent: intent.id, amount: 500 });
    const held = await stripe.paymentIntents.create({
      amount: 1_000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      capture_method: 'manual',
      confirm: true,
    });
    await stripe.paymentIntents.cancel(held.id);
    const disputed = await stripe.paymentIntents.create({
      amount: 3_000,
      currency: 'usd',
      payment_method: 'pm_card_createDispute',
      confirm: true,
    });
    const [dispute] = (await stripe.disputes.list({ payment_intent: disputed.id })).data;
    const file = await stripe.files.create({
      purpose: 'dispute_evidence',
      file: { data: Buffer.from('%PDF-1.4\n%%EOF\n'), name: 'receipt.pdf', type: 'application/pdf' },
    });
    await stripe.disputes.update(dispute?.id as string, {
      evidence: { receipt: file.id, uncategorized_text: 'winning_evidence' },
    });
    const rate = await stripe.taxRates.create({ display_name: 'Sales tax', percentage: 8.875, inclusive: false });
    const taxed = await stripe.checkout.sessions.create({
      mode: 'payment',
      success_url: 'https://shop.example/done',
      line_items: [
        {
          quantity: 2,
          price_data: { currency: 'usd', unit_amount: 1_250, product_data: { name: 'Mulch' } },
          tax_rates: [rate.id],
        },
      ],
    });

    const seen = new Set<string>();
    const conforms = (object: { object: string }) => {
      seen.add(object.object);
      expect(schemaProblems(objectSchema(object.object), object), object.object).toEqual([]);
    };
    for (const path of [
      '/v1/products',
      '/v1/prices',
      '/v1/customers',
      '/v1/payment_links',
      '/v1/checkout/sessions',
      `/v1/checkout/sessions/${session?.id}/line_items`,
      `/v1/checkout/sessions/${taxed.id}/line_items`,
      '/v1/tax_rates',
      '/v1/payment_intents',
      '/v1/charges',
      '/v1/refunds',
      '/v1/disputes',
      `/v1/customers/${intent.customer as string}/payment_methods`,
      '/v1/events?limit=100',
    ]) {
      for (const object of (await get(path)).data) {
        conforms(object);
        if (object.object === 'event') conforms(object['data'].object);
      }
    }
    conforms(await stripe.files.retrieve(file.id));
    expect([...seen].sort()).toEqual([
      'charge',
      'checkout.session',
      'customer',
      'dispute',
      'event',
      'file',
      'item',
      'payment_intent',
      'payment_link',
      'payment_method',
      'price',
      'product',
      'refund',
      'tax_rate',
    ]);
  });
});
