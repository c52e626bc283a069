import { describe, expect, it } from 'vitest';

import { createStripeClient, StripeProvider } from './stripe.provider';

// Opt-in: runs the provider against real Stripe test mode. CI here has no route to Stripe; the
// emulator's validation is the offline guard. Run it with
//   STRIPE_TEST_SECRET_KEY=sk_test_… pnpm --filter server exec vitest run src/payments/real-stripe.test.ts
const key = process.env['STRIPE_TEST_SECRET_KEY'];
if (!key) console.info('real Stripe test skipped: set STRIPE_TEST_SECRET_KEY=sk_test_… to run it');

describe.skipIf(!key?.startsWith('sk_test_') && !key?.startsWith('rk_test_'))('against real Stripe test mode', () => {
  it('creates a link for a quote with the metadata, amount and limit the server relies on, and deactivates it', async () => {
    const stripe = createStripeClient(key as string, undefined);
    const provider = new StripeProvider(stripe, 'stripe:test');
    const run = `${Date.now()}`;
    const metadata = { service_request_id: `real-stripe-test-${run}`, quote_version: '1' };
    const link = await provider.createPaymentLink({
      lines: [
        { name: 'Real Stripe test work', unitAmount: 12_000, quantity: 1 },
        { name: 'Sales tax 2.875 %', unitAmount: 345, quantity: 1 },
      ],
      currency: 'usd',
      description: 'Real Stripe test',
      metadata,
      successUrl: 'https://example.com/pay/token/done?session_id={CHECKOUT_SESSION_ID}',
      priceKey: `sd-test-price-${run}`,
      linkKey: `sd-test-link-${run}`,
    });
    const fetched = await stripe.paymentLinks.retrieve(link.id);
    expect(fetched.active).toBe(true);
    expect(fetched.metadata).toEqual(metadata);
    expect(fetched.payment_intent_data?.metadata).toEqual(metadata);
    expect(fetched.restrictions?.completed_sessions.limit).toBe(1);
    const items = (await stripe.paymentLinks.listLineItems(link.id)).data;
    expect(items.map((item) => [item.description, item.price?.unit_amount])).toEqual([
      ['Real Stripe test work', 12_000],
      ['Sales tax 2.875 %', 345],
    ]);

    await provider.deactivatePaymentLink(link.id, link.priceIds);
    expect((await stripe.paymentLinks.retrieve(link.id)).active).toBe(false);
    for (const priceId of link.priceIds) {
      const price = await stripe.prices.retrieve(priceId);
      expect(price.active).toBe(false);
      await stripe.products.update(price.product as string, { active: false });
    }
  }, 60_000);
});
