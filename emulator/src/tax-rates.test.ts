import type Stripe from 'stripe';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { payForm, runEmulator, type Running } from './test-support';

let running: Running;
let stripe: Stripe;
beforeAll(async () => {
  running = await runEmulator({ port: 0 });
  stripe = running.stripe;
});
afterAll(() => running?.stop());

const session = (lineItems: Stripe.Checkout.SessionCreateParams.LineItem[]) =>
  stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: lineItems,
    success_url: 'https://shop.example/done',
  });
const line = (name: string, unitAmount: number, quantity: number, taxRates: string[], currency = 'usd') => ({
  price_data: { currency, unit_amount: unitAmount, product_data: { name } },
  quantity,
  tax_rates: taxRates,
});

it('computes each line’s tax as Stripe does: exclusive on top, inclusive within, half up per line', async () => {
  const sales = await stripe.taxRates.create({ display_name: 'Sales tax', percentage: 8.875, inclusive: false });
  const vat = await stripe.taxRates.create({ display_name: 'VAT', percentage: 20, inclusive: true });
  expect(sales).toMatchObject({ object: 'tax_rate', percentage: 8.875, inclusive: false, active: true });
  expect(await stripe.taxRates.retrieve(vat.id)).toMatchObject({ display_name: 'VAT', inclusive: true });

  const created = await session([
    line('Labour', 5000, 1, [sales.id]), // 443.75 → 444
    line('Mulch', 1250, 3, [vat.id]), // 3750 × 20/120 = 625
    line('Disposal', 2000, 1, []),
  ]);
  expect(created.amount_subtotal).toBe(10_750);
  expect(created.total_details?.amount_tax).toBe(444 + 625);
  expect(created.amount_total).toBe(10_750 + 444);
  const items = await stripe.checkout.sessions.listLineItems(created.id);
  expect(items.data.map((i) => [i.amount_subtotal, i.amount_tax, i.amount_total])).toEqual([
    [5000, 444, 5444],
    [3750, 625, 3750],
    [2000, 0, 2000],
  ]);

  // The customer pays the total, tax included.
  const paid = await payForm(created.url as string, { card_number: '4242424242424242', email: 'ada@example.com' });
  expect(paid.status).toBe(303);
  const intent = await stripe.paymentIntents.retrieve(
    (await stripe.checkout.sessions.retrieve(created.id)).payment_intent as string,
  );
  expect(intent.amount).toBe(11_194);
});

it('rounds taxes to what three-decimal currencies charge, and refuses unknown or inactive rates', async () => {
  const rate = await stripe.taxRates.create({ display_name: 'VAT', percentage: 5, inclusive: false });
  const kwd = await session([line('Work', 1850, 1, [rate.id], 'kwd')]); // 92.5 → 90 (amounts end in 0)
  expect([kwd.amount_subtotal, kwd.total_details?.amount_tax, kwd.amount_total]).toEqual([1850, 90, 1940]);

  await expect(session([line('Work', 1000, 1, ['txr_missing'])])).rejects.toMatchObject({
    type: 'StripeInvalidRequestError',
    param: 'line_items[0][tax_rates][0]',
  });
  await stripe.taxRates.update(rate.id, { active: false });
  const inactive = await stripe.taxRates.list({ active: false, inclusive: false });
  expect(inactive.data.map((r) => r.id)).toEqual([rate.id]);
  expect((await stripe.taxRates.list({ active: true, inclusive: true })).data.map((r) => r.display_name)).toEqual([
    'VAT',
  ]);
  await expect(session([line('Work', 1000, 1, [rate.id])])).rejects.toMatchObject({
    message: expect.stringContaining('inactive'),
  });
  await expect(
    stripe.taxRates.create({ display_name: 'Bad', percentage: 8.87501, inclusive: false }),
  ).rejects.toMatchObject({
    param: 'percentage',
  });
});
