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
    const productId = await provider.createProduct('Service desk real-Stripe test', `sd-test-product-${run}`);
    const link = await provider.createPaymentLink({
      productId,
      amount: 12_345,
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
    expect((await stripe.paymentLinks.listLineItems(link.id)).data[0]?.price?.unit_amount).toBe(12_345);

    await provider.deactivatePaymentLink(link.id, link.priceId);
    expect((await stripe.paymentLinks.retrieve(link.id)).active).toBe(false);
    expect((await stripe.prices.retrieve(link.priceId)).active).toBe(false);
    await stripe.products.update(productId, { active: false });
  }, 60_000);
});
