/**
 * The bare baseline for webhook ingest: node:http + pg, the SDK's signature check, and what the
 * project does today for a payment through a Payment Link, with nothing else: in one transaction the
 * inbox row (with dedupe), then by type — `checkout.session.completed`: the payment, the timeline
 * entry, the status, the request's links retired and the logged notify; `charge.succeeded`: the
 * payment's method, or parked until its payment is known (released by the payment's own event);
 * `payment_intent.succeeded` of a checkout: ignored — and the event's outcome. Two events of one
 * PaymentIntent are serialised by an advisory lock on it. After the commit and before the 2xx (the
 * inline design the project had before it acknowledged first), the retired links are closed at Stripe (the link deactivated, its price
 * archived, its open sessions listed and expired) and marked closed; `SIDE_EFFECTS_PAUSED=true`
 * skips those calls, to measure the apply path alone. No framework, no ORM, no validation beyond
 * what the writes need.
 */
import pg from 'pg';
import Stripe from 'stripe';

import { serveWebhooks } from '../webhook-endpoint';

const stripe = new Stripe(process.env['STRIPE_SECRET_KEY'] ?? 'sk_test_baseline', {
  ...(process.env['STRIPE_API_URL']
    ? (({ hostname, port }) => ({ host: hostname, port: Number(port), protocol: 'http' as const }))(
        new URL(process.env['STRIPE_API_URL']),
      )
    : {}),
  maxNetworkRetries: 2,
  telemetry: false,
});
const secret = process.env['STRIPE_WEBHOOK_SECRET'] as string;
const sideEffectsPaused = process.env['SIDE_EFFECTS_PAUSED'] === 'true';
const pool = new pg.Pool({ connectionString: process.env['DATABASE_URL'], max: 10 });

interface Retired {
  id: string;
  kind: string;
  stripe_id: string;
  stripe_price_id: string | null;
}

type Outcome = { status: 'APPLIED' | 'IGNORED' } | { status: 'PARKED'; waitingFor: string };

const intentOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : ((value as { id?: string } | null)?.id ?? undefined);

async function record(event: Stripe.Event): Promise<Retired[]> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    const inserted = await client.query(
      `insert into webhook_event (id, type, livemode, api_version, payload, status, source, attempts, received_at, created_at)
       values ($1, $2, $3, $4, $5, 'RECEIVED', 'WEBHOOK', 0, now(), to_timestamp($6))
       on conflict (id) do nothing`,
      [event.id, event.type, event.livemode, event.api_version, event, event.created],
    );
    const retired: Retired[] = [];
    if (inserted.rowCount === 1) {
      const outcome = await apply(client, event, retired);
      await client.query(
        `update webhook_event set status = $2, waiting_for = $3, attempts = 1, processed_at = now() where id = $1`,
        [event.id, outcome.status, outcome.status === 'PARKED' ? outcome.waitingFor : null],
      );
    }
    await client.query('commit');
    return retired;
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

async function apply(client: pg.PoolClient, event: Stripe.Event, retired: Retired[]): Promise<Outcome> {
  const object = event.data.object as unknown as Record<string, unknown>;
  const paymentIntent = intentOf(object['payment_intent']);
  if (event.type === 'checkout.session.completed' && paymentIntent) {
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [paymentIntent]);
    retired.push(...(await receivePayment(client, event, paymentIntent)));
    // Charges that came first waited for this payment: applied now.
    const parked = await client.query<{ id: string; payload: Stripe.Event }>(
      `update webhook_event set status = 'APPLIED', waiting_for = null, attempts = attempts + 1, processed_at = now()
       where status = 'PARKED' and waiting_for = $1 returning id, payload`,
      [paymentIntent],
    );
    for (const row of parked.rows) await recordCharge(client, row.payload, paymentIntent);
    return { status: 'APPLIED' };
  }
  if (event.type === 'charge.succeeded' && paymentIntent) {
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [paymentIntent]);
    return (await recordCharge(client, event, paymentIntent))
      ? { status: 'APPLIED' }
      : { status: 'PARKED', waitingFor: paymentIntent };
  }
  return { status: 'IGNORED' }; // a checkout's payment_intent.succeeded: settled by its session
}

async function recordCharge(client: pg.PoolClient, event: Stripe.Event, paymentIntent: string): Promise<boolean> {
  const charge = event.data.object as Stripe.Charge;
  const updated = await client.query(
    'update payment set payment_method_type = coalesce($2, payment_method_type) where stripe_payment_intent_id = $1',
    [paymentIntent, charge.payment_method_details?.type ?? null],
  );
  return updated.rowCount === 1;
}

async function receivePayment(client: pg.PoolClient, event: Stripe.Event, paymentIntent: string): Promise<Retired[]> {
  const session = event.data.object as Stripe.Checkout.Session;
  const requestId = session.metadata?.['service_request_id'];
  const { rows } = await client.query<{
    status: string;
    quote_amount: number;
    currency: string;
    quote_version: number;
  }>('select status, quote_amount, currency, quote_version from service_request where id = $1 for update', [requestId]);
  const request = rows[0];
  if (!request) return [];
  const known = await client.query('select 1 from payment where stripe_payment_intent_id = $1', [paymentIntent]);
  if (known.rowCount !== 0) return [];
  const amount = session.amount_subtotal;
  await client.query(
    `insert into payment (id, service_request_id, method, stripe_payment_intent_id, payment_method_type, amount, currency,
       refunded, status, disputed, created_at, stripe_state, state_at, stripe_created_at, quote_version, charge_refunded)
     values (gen_random_uuid(), $1, 'STRIPE', $2, $3, $4, $5, 0, 'SUCCEEDED', false, now(), 'succeeded',
       to_timestamp($6), to_timestamp($7), $8, 0)`,
    [
      requestId,
      paymentIntent,
      session.payment_method_types?.[0],
      amount,
      session.currency,
      event.created,
      session.created,
      Number(session.metadata?.['quote_version']),
    ],
  );
  const payable = ['QUOTED', 'AWAITING_PAYMENT'].includes(request.status);
  const agrees = payable && amount === request.quote_amount && session.currency === request.currency;
  const status = agrees ? 'PAID' : request.status;
  await client.query(
    `insert into timeline_entry (service_request_id, kind, "from", "to", source, actor, amount, at, fact_key)
     values ($1, 'PAYMENT_RECEIVED', $2, $3, 'WEBHOOK', 'Stripe', $4, to_timestamp($5), $6)`,
    [
      requestId,
      agrees ? request.status : null,
      agrees ? 'PAID' : null,
      amount,
      event.created,
      `${paymentIntent}:succeeded`,
    ],
  );
  await client.query(
    `update service_request set status = $2, needs_attention = needs_attention or $3, version = version + 1, updated_at = now()
     where id = $1`,
    [requestId, status, !agrees],
  );
  // A paid request's links lead nowhere: retired here, closed at Stripe after the commit.
  const retired = await client.query<Retired>(
    `with retired as (update payment_link set active = false where service_request_id = $1 and active returning id)
     select id, kind, stripe_id, stripe_price_id from payment_link
     where service_request_id = $1 and closed_at_stripe is null and (not active or id in (select id from retired))`,
    [requestId],
  );
  // Logged and told in one statement, as the project does (the log lets a listener catch up).
  await client.query(
    `with logged as (
       insert into service_request_change (service_request_id, previous_status, status, source)
       values ($1, $2, $3, 'WEBHOOK') returning seq::text, service_request_id as id, previous_status as "previousStatus", status, source, at)
     select pg_notify('service_request_changed', row_to_json(logged)::text) from logged`,
    [requestId, request.status, status],
  );
  return retired.rows;
}

/** What /pay no longer leads to is closed at Stripe, as the project's after-commit hook does. */
async function closeAtStripe(retired: readonly Retired[]): Promise<void> {
  if (sideEffectsPaused || retired.length === 0) return;
  for (const link of retired) {
    if (link.kind === 'payment_link') {
      await stripe.paymentLinks.update(link.stripe_id, { active: false });
      if (link.stripe_price_id) await stripe.prices.update(link.stripe_price_id, { active: false });
      for await (const open of stripe.checkout.sessions.list({ payment_link: link.stripe_id, status: 'open' })) {
        await stripe.checkout.sessions.expire(open.id);
      }
    } else {
      await stripe.checkout.sessions.expire(link.stripe_id);
    }
  }
  await pool.query('update payment_link set closed_at_stripe = now() where id = any($1::uuid[])', [
    retired.map((link) => link.id),
  ]);
}

serveWebhooks(
  async (body, signature) => {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(body, String(signature), secret);
    } catch {
      return { status: 400 };
    }
    try {
      const retired = await record(event);
      // Left open on failure (as the project leaves it): closed after the request's next change.
      await closeAtStripe(retired).catch((error: unknown) => console.error('closing at Stripe:', error));
      return { status: 200 };
    } catch {
      return { status: 503 };
    }
  },
  () => pool.end(),
);
