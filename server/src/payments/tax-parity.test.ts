import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import {
  amountProblem,
  amountStep,
  formatPercentage,
  lineAmount,
  PERCENT_SCALE,
  QUANTITY_SCALE,
  quoteTotals,
} from '@service-desk/currency';
import { startStripeEmulator, type StripeEmulator } from '@service-desk/stripe-emulator';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';

import type { QuoteLineRow } from '../data/quote-lines';
import { sessionLines } from './stripe-lines';
import { createStripeClient, StripeProvider } from './stripe.provider';

// Our subtotal, tax and total (currency/src/quote-math.ts) against what the emulator's Checkout
// Session reports for the same lines, sent as the server sends them (stripe-lines.ts, the provider).
let emulator: StripeEmulator;
let provider: StripeProvider;
let customerId: string;
let dir: string;
let attempt = 0;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sd-tax-parity-'));
  emulator = await startStripeEmulator({ port: 0, dataDir: dir, webhookEndpoints: [] });
  provider = new StripeProvider(createStripeClient('sk_test_tax_parity', emulator.url), 'emulator:test');
  customerId = await provider.createCustomer('parity@example.com', 'Parity', 'parity-customer');
});
afterAll(async () => {
  await emulator?.close();
  await rm(dir, { recursive: true, force: true });
});

/** One Stripe Tax Rate per (percentage, behaviour), made once. */
const stripeRates = new Map<string, string>();
async function stripeRate(percentage: number, inclusive: boolean): Promise<string> {
  const key = `${percentage}:${inclusive}`;
  let id = stripeRates.get(key);
  if (!id) {
    const text = formatPercentage(percentage);
    id = await provider.createTaxRate({ displayName: `Tax ${text}`, percentage: text, inclusive }, `rate-${key}`);
    stripeRates.set(key, id);
  }
  return id;
}

const rate = fc.record({
  // Up to four decimals, above 0 and below 100 %.
  percentage: fc.oneof(
    fc.integer({ min: 1, max: 100 * PERCENT_SCALE - 1 }),
    fc.constantFrom(88_750, 200_000, 50_000, 125_000),
  ),
  inclusive: fc.boolean(),
});
const line = fc.record({
  // Whole and fractional quantities (thousandths), the fractional ones sent as one unit of the line's amount.
  quantity: fc.oneof(
    fc.integer({ min: 1, max: 20 }).map((q) => q * QUANTITY_SCALE),
    fc.integer({ min: 1, max: 20_000 }),
  ),
  units: fc.integer({ min: 1, max: 200_000 }),
  rate: fc.option(rate, { nil: undefined }),
});

it('computes the same subtotal, tax and total as the Checkout Session, in zero-, two- and three-decimal currencies', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom('jpy', 'usd', 'eur', 'kwd', 'bhd'),
      fc.array(line, { minLength: 1, maxLength: 6 }),
      async (currency, drafts) => {
        const step = amountStep(currency);
        const inputs = drafts.map((d) => ({
          quantity: d.quantity,
          unitAmount: d.units * step,
          tax: d.rate,
        }));
        const ours = quoteTotals(inputs, currency);
        fc.pre(amountProblem(ours.total, currency) === undefined);
        const rows: QuoteLineRow[] = await Promise.all(
          inputs.map(async (input, i) => ({
            id: `line-${i}`,
            description: `Work ${i}`,
            quantity: input.quantity,
            unitAmount: input.unitAmount,
            amount: lineAmount(input.quantity, input.unitAmount, currency),
            tax: (ours.lines[i] as { tax: number }).tax,
            taxRate: input.tax
              ? {
                  id: await stripeRate(input.tax.percentage, input.tax.inclusive),
                  name: 'Tax',
                  percentage: formatPercentage(input.tax.percentage),
                  inclusive: input.tax.inclusive,
                }
              : null,
          })),
        );
        attempt += 1;
        const { id } = await provider.createCheckoutSession({
          customerId,
          lines: sessionLines(rows, new Map(rows.flatMap((r) => (r.taxRate ? [[r.taxRate.id, r.taxRate.id]] : [])))),
          currency,
          description: 'Tax parity',
          metadata: { service_request_id: 'parity', quote_version: String(attempt) },
          successUrl: 'https://shop.example/done?session_id={CHECKOUT_SESSION_ID}',
          cancelUrl: 'https://shop.example/pay',
          expiresAt: new Date(Date.now() + 3_600_000),
          idempotencyKey: `parity-${attempt}`,
        });
        const session = (await provider.retrieveCheckoutSession(id)).raw;
        expect({
          subtotal: session.amount_subtotal,
          tax: session.total_details?.amount_tax,
          total: session.amount_total,
        }).toEqual({ subtotal: ours.subtotal, tax: ours.taxAmount, total: ours.total });
      },
    ),
    { numRuns: 150 },
  );
}, 120_000);
