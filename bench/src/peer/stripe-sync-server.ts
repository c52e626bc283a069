/**
 * The peer: `@supabase/stripe-sync-engine`'s `processWebhook` behind node:http, on its own schema
 * (its CommonJS build, whose migrations work). It lands the session in `stripe.checkout_sessions`
 * and fetches its line items from Stripe: here the emulator, as the engine has no host setting.
 */
import { createServer } from 'node:http';

import Stripe from 'stripe';

import { eventLoopRoute } from '../event-loop';
import { engine } from './engine';

const { StripeSync } = engine;

const api = new URL(process.env['STRIPE_API_URL'] as string);
const sync = new StripeSync({
  poolConfig: { connectionString: process.env['DATABASE_URL'], max: 10 },
  stripeSecretKey: process.env['STRIPE_SECRET_KEY'] as string,
  stripeWebhookSecret: process.env['STRIPE_WEBHOOK_SECRET'] as string,
  backfillRelatedEntities: false,
});
// The engine builds its client for api.stripe.com; point it at the emulator, as STRIPE_API_URL does for the project.
(sync as unknown as { stripe: Stripe }).stripe = new Stripe(process.env['STRIPE_SECRET_KEY'] as string, {
  host: api.hostname,
  port: Number(api.port),
  protocol: 'http',
  telemetry: false,
});

const eventLoop = eventLoopRoute();
const server = createServer((req, res) => {
  if (eventLoop(req, res)) return;
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    sync.processWebhook(Buffer.concat(chunks), req.headers['stripe-signature'] as string | undefined).then(
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
