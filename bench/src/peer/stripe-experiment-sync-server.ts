/**
 * Stripe's own sync engine (`stripe-experiment-sync`): `StripeSync.processWebhook` behind node:http,
 * on its own schema (tables generated from Stripe's OpenAPI description). Its Stripe client is
 * pointed at the emulator; the account is given, so it never asks Stripe which account it syncs.
 */
import type Stripe from 'stripe';

import { EXPERIMENT_API_VERSION, experimentSync } from './stripe-experiment-sync';
import { emulatorStripe, engineOptions, serveEngine } from './webhook-server';

const sync = await experimentSync.StripeSync.create({
  ...engineOptions(),
  stripeAccountId: 'acct_bench',
  stripeApiVersion: EXPERIMENT_API_VERSION,
  logger: { info: () => undefined, warn: () => undefined, error: console.error, debug: () => undefined } as never,
});
// Built for api.stripe.com; the webhook handler holds the same client, so both are repointed.
const client = emulatorStripe();
sync.stripe = client;
(sync.webhook as unknown as { deps: { stripe: Stripe } }).deps.stripe = client;

serveEngine(
  (body, signature) => sync.webhook.processWebhook(body, signature),
  () => sync.close(),
);
