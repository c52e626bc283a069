/**
 * The peer: `@supabase/stripe-sync-engine`'s `processWebhook` behind node:http, on its own schema
 * (its CommonJS build, whose migrations work). It lands the session in `stripe.checkout_sessions`
 * and fetches its line items from Stripe: here the emulator, as the engine has no host setting.
 */
import type Stripe from 'stripe';

import { engine } from './engine';
import { emulatorStripe, engineOptions, serveEngine } from './webhook-server';

const sync = new engine.StripeSync(engineOptions());
// The engine builds its client for api.stripe.com.
(sync as unknown as { stripe: Stripe }).stripe = emulatorStripe();

serveEngine(
  (body, signature) => sync.processWebhook(body, signature),
  () => sync.close(),
);
