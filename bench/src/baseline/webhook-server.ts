/**
 * The bare baseline for webhook ingest: node:http + pg, the SDK's signature check, and the same
 * durable writes as the project (inbox row with dedupe, payment, status, timeline, link retirement,
 * logged notify) in one transaction. No framework, no ORM, no validation beyond what the writes need.
 */
import { createServer } from 'node:http';

import pg from 'pg';
import Stripe from 'stripe';

const stripe = new Stripe('sk_test_baseline');
const secret = process.env['STRIPE_WEBHOOK_SECRET'] as string;
const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });

interface Session {
  metadata?: Record<string, string>;
  payment_intent?: string;
  amount_subtotal?: number;
  currency?: string;
  payment_method_types?: string[];
}

async function record(event: Stripe.Event): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const inserted = await client.query(
      `insert into webhook_event (id, type, livemode, api_version, payload, status, source, attempts, received_at, created_at)
       values ($1, $2, $3, $4, $5, 'RECEIVED', 'WEBHOOK', 0, now(), to_timestamp($6))
       on conflict (id) do nothing`,
      [event.id, event.type, event.livemode, event.api_version, event, event.created],
    );
    if (inserted.rowCount === 1 && event.type === 'checkout.session.completed') await apply(client, event);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

async function apply(client: pg.PoolClient, event: Stripe.Event): Promise<void> {
  const session = event.data.object as Session;
  const requestId = session.metadata?.['service_request_id'];
  const { rows } = await client.query<{ status: string; quote_amount: number; currency: string }>(
    'select status, quote_amount, currency from service_request where id = $1 for update',
    [requestId],
  );
  const request = rows[0];
  if (!request || !session.payment_intent) return;
  const known = await client.query('select 1 from payment where stripe_payment_intent_id = $1', [
    session.payment_intent,
  ]);
  if (known.rowCount === 0) {
    await client.query(
      `insert into payment (id, service_request_id, method, stripe_payment_intent_id, payment_method_type, amount, currency, refunded, status, disputed, created_at)
       values (gen_random_uuid(), $1, 'STRIPE', $2, $3, $4, $5, 0, 'SUCCEEDED', false, now())`,
      [requestId, session.payment_intent, session.payment_method_types?.[0], session.amount_subtotal, session.currency],
    );
    const payable = ['QUOTED', 'AWAITING_PAYMENT'].includes(request.status);
    const agrees = payable && session.amount_subtotal === request.quote_amount && session.currency === request.currency;
    await client.query(
      `insert into timeline_entry (service_request_id, kind, "from", "to", source, amount, at)
       values ($1, 'PAYMENT_RECEIVED', $2, $3, 'WEBHOOK', $4, now())`,
      [requestId, agrees ? request.status : null, agrees ? 'PAID' : null, session.amount_subtotal],
    );
    await client.query(
      `update service_request set status = $2, needs_attention = needs_attention or $3, version = version + 1, updated_at = now()
       where id = $1`,
      [requestId, agrees ? 'PAID' : request.status, !agrees],
    );
    await client.query(`update payment_link set active = false where service_request_id = $1 and active`, [requestId]);
    // Logged and told in one statement, as the project does (the log lets a listener catch up).
    await client.query(
      `with logged as (
         insert into service_request_change (service_request_id, previous_status, status, source)
         values ($1, $2, $3, 'WEBHOOK') returning seq::text, service_request_id as id, previous_status as "previousStatus", status, source, at)
       select pg_notify('service_request_changed', row_to_json(logged)::text) from logged`,
      [requestId, request.status, agrees ? 'PAID' : request.status],
    );
  }
  await client.query(`update webhook_event set status = 'APPLIED', attempts = 1, processed_at = now() where id = $1`, [
    event.id,
  ]);
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(Buffer.concat(chunks), String(req.headers['stripe-signature']), secret);
    } catch {
      res.writeHead(400).end();
      return;
    }
    record(event).then(
      () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}'),
      () => res.writeHead(503).end(),
    );
  });
});
server.listen(Number(process.env['PORT']), '127.0.0.1', () => console.log('listening'));
process.once('SIGTERM', () => server.close(() => void pool.end()));
