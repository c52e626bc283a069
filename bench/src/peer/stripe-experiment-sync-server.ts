/**
 * Stripe's own sync engine (`stripe-experiment-sync`): `StripeSync.processWebhook` behind node:http,
 * on its own schema (tables generated from Stripe's OpenAPI description). Its Stripe client is
 * pointed at the emulator; the account is given, so it never asks Stripe which account it syncs.
 */
import { createServer } from 'node:http';

import Stripe from 'stripe';

import { eventLoopRoute } from '../event-loop';
import { EXPERIMENT_API_VERSION, experimentSync } from './stripe-experiment-sync';

const api = new URL(process.env['STRIPE_API_URL'] as string);
const sync = await experimentSync.StripeSync.create({
  poolConfig: { connectionString: process.env['DATABASE_URL'], max: 10 },
  stripeSecretKey: process.env['STRIPE_SECRET_KEY'] as string,
  stripeWebhookSecret: process.env['STRIPE_WEBHOOK_SECRET'] as string,
  stripeAccountId: 'acct_bench',
  stripeApiVersion: EXPERIMENT_API_VERSION,
  backfillRelatedEntities: false,
  logger: { info: () => undefined, warn: () => undefined, error: console.error, debug: () => undefined } as never,
});
// Built for api.stripe.com; the webhook handler holds the same client, so both are repointed.
const client = new Stripe(process.env['STRIPE_SECRET_KEY'] as string, {
  host: api.hostname,
  port: Number(api.port),
  protocol: 'http',
  telemetry: false,
});
sync.stripe = client;
(sync.webhook as unknown as { deps: { stripe: Stripe } }).deps.stripe = client;

const eventLoop = eventLoopRoute();
const server = createServer((req, res) => {
  if (eventLoop(req, res)) return;
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    sync.webhook.processWebhook(Buffer.concat(chunks), req.headers['stripe-signature'] as string | undefined).then(
      () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}'),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        res.writeHead(/signature/i.test(message) ? 400 : 500).end(message);
      },
    );
  });
});
server.listen(Number(process.env['PORT']), '127.0.0.1', () => console.log('listening'));
process.once('SIGTERM', () => server.close(() => void sync.close()));
