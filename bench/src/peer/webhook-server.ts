/** What the peers' servers share: the engines' settings, the emulator as their Stripe, and how a delivery is answered. */
import Stripe from 'stripe';

import { serveWebhooks } from '../webhook-endpoint';

/** The engines' options from the environment the bench gives each server (DATABASE_URL, the Stripe key and secret). */
export function engineOptions() {
  return {
    poolConfig: { connectionString: process.env['DATABASE_URL'], max: 10 },
    stripeSecretKey: process.env['STRIPE_SECRET_KEY'] as string,
    stripeWebhookSecret: process.env['STRIPE_WEBHOOK_SECRET'] as string,
    backfillRelatedEntities: false,
  };
}

/** A Stripe client for STRIPE_API_URL (the emulator), as the project gets: the engines build theirs for api.stripe.com. */
export function emulatorStripe(): Stripe {
  const api = new URL(process.env['STRIPE_API_URL'] as string);
  return new Stripe(process.env['STRIPE_SECRET_KEY'] as string, {
    host: api.hostname,
    port: Number(api.port),
    protocol: 'http',
    telemetry: false,
  });
}

/** An engine's `processWebhook` as the endpoint: 200 once it is done, 400 for a signature it refuses, 500 for anything else. */
export function serveEngine(
  processWebhook: (body: Buffer, signature: string | undefined) => Promise<unknown>,
  close: () => Promise<unknown>,
): void {
  serveWebhooks(
    (body, signature) =>
      processWebhook(body, signature).then(
        () => ({ status: 200 }),
        (error: unknown) => {
          const text = error instanceof Error ? error.message : String(error);
          return { status: /signature/i.test(text) ? 400 : 500, text };
        },
      ),
    close,
  );
}
