import { defineConfig } from 'vitest/config';

import base from './vitest.config';

/**
 * The Stripe suite alone, without the PostgreSQL cluster it does not use:
 *   STRIPE_TEST_SECRET_KEY=sk_test_… pnpm --filter server test:stripe
 */
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['src/payments/real-stripe.test.ts'], globalSetup: [] },
});
