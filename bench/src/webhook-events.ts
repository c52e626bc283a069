import { signature, stripeEvent } from '@service-desk/stripe-emulator/fixtures';
import Stripe from 'stripe';
import { Pool } from 'undici';

import { QUOTE } from './seed';
import { STRIPE_KEY, WEBHOOK_SECRET } from './subjects';

/** A `checkout.session.completed` as Stripe sends it, as JSON: the body to sign and post. */
export type EventBody = string;

/** The SDK client for the emulator at `url` (no retries: a failure is seen as it is). */
export function emulatorSdk(url: string): Stripe {
  const { hostname, port } = new URL(url);
  return new Stripe(STRIPE_KEY, {
    host: hostname,
    port: Number(port),
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
  });
}

/** Creates one open Checkout Session per request on the emulator, paying its quote. */
export async function createSessions(stripe: Stripe, requestIds: readonly string[], concurrency = 8) {
  const sessions: Stripe.Checkout.Session[] = new Array(requestIds.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < requestIds.length; i = next++) {
        const metadata = { service_request_id: requestIds[i] as string, quote_version: String(QUOTE.version) };
        sessions[i] = await stripe.checkout.sessions.create({
          mode: 'payment',
          line_items: [
            {
              price_data: { currency: QUOTE.currency, unit_amount: QUOTE.amount, product_data: { name: 'Bench job' } },
              quantity: 1,
            },
          ],
          success_url: 'http://127.0.0.1/pay/done?session_id={CHECKOUT_SESSION_ID}',
          metadata,
          payment_intent_data: { metadata },
        });
      }
    }),
  );
  return sessions;
}

/** The completion event of each session, as if its customer had just paid. */
export function completedEvents(sessions: readonly Stripe.Checkout.Session[], runId: string): EventBody[] {
  const created = Math.floor(Date.now() / 1000);
  return sessions.map((session, i) =>
    JSON.stringify(
      stripeEvent(
        'checkout.session.completed',
        {
          ...session,
          status: 'complete',
          payment_status: 'paid',
          payment_intent: `pi_bench_${runId}_${i}`,
          amount_subtotal: QUOTE.amount,
          amount_total: QUOTE.amount,
        },
        { id: `evt_bench_${runId}_${i}`, created, request: { id: null, idempotency_key: null } },
      ),
    ),
  );
}

/** Every event once, plus a duplicate of an earlier one after every tenth (Stripe redelivers). */
export function withDuplicates(events: readonly EventBody[]): EventBody[] {
  const out: EventBody[] = [];
  events.forEach((event, i) => {
    out.push(event);
    if (i % 10 === 9) out.push(events[Math.floor(Math.random() * (i + 1))] as EventBody);
  });
  return out;
}

/** Posts `body` signed now (signatures are checked against a 300 s tolerance); throws unless 2xx. */
export async function postWebhook(pool: Pool, body: EventBody): Promise<void> {
  const response = await pool.request({
    method: 'POST',
    path: '/webhooks/stripe',
    headers: { 'content-type': 'application/json', 'stripe-signature': signature(body, WEBHOOK_SECRET) },
    body,
  });
  const text = await response.body.text();
  if (response.statusCode >= 300) throw new Error(`HTTP ${response.statusCode}: ${text.slice(0, 200)}`);
}

/** A keep-alive pool of `connections` to `url`. */
export const poolFor = (url: string, connections: number) => new Pool(url, { connections, pipelining: 1 });
