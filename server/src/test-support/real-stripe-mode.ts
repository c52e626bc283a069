/**
 * Which Stripe the Stripe suite (`payments/real-stripe.test.ts`) talks to: Stripe's test mode
 * when STRIPE_TEST_SECRET_KEY is set (at `STRIPE_TEST_API_URL` when that is set too, for a
 * Stripe-compatible API), else the built-in emulator.
 */
export const REAL_STRIPE_KEY = 'STRIPE_TEST_SECRET_KEY';
export const REAL_STRIPE_SUITE = 'src/payments/real-stripe.test.ts';

export interface RealStripeTarget {
  /** The test key; undefined: the built-in emulator. */
  key: string | undefined;
  apiUrl: string | undefined;
  /** What the suite names when it cannot reach it. */
  host: string;
  /** Why the configured target cannot be used at all. */
  problem: string | undefined;
}

export function realStripeTarget(env: NodeJS.ProcessEnv): RealStripeTarget {
  const key = env[REAL_STRIPE_KEY] || undefined;
  const apiUrl = env['STRIPE_TEST_API_URL'] || undefined;
  if (!key) return { key, apiUrl: undefined, host: 'the built-in emulator', problem: undefined };
  return {
    key,
    apiUrl,
    host: apiUrl ? new URL(apiUrl).host : 'api.stripe.com',
    // The suite creates, pays and refunds: never with a live key.
    problem: /^(sk|rk)_test_/.test(key)
      ? undefined
      : `${REAL_STRIPE_KEY} must be a test-mode key (sk_test_… or rk_test_…); the suite creates, pays and refunds`,
  };
}

/** The one line a run prints when the suite ran without Stripe, or undefined when it ran against Stripe. */
export function skippedRealStripeLine(env: NodeJS.ProcessEnv): string | undefined {
  if (realStripeTarget(env).key) return undefined;
  return (
    `real-Stripe mode skipped: ${REAL_STRIPE_KEY} is not set, so ${REAL_STRIPE_SUITE} ran against the built-in ` +
    `emulator only; someone holding a Stripe test key runs it against Stripe (README, "The Stripe suite")`
  );
}
