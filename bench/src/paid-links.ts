import { performance } from 'node:perf_hooks';

import type Stripe from 'stripe';
import { Pool } from 'undici';

import { payWithTestCard } from './emulator-checkout';
import { adminToken, graphql, graphqlPool } from './graphql-client';
import { inParallel } from './load';
import { QUOTE } from './seed';
import type { EventBody } from './webhook-events';

/** The event types an endpoint registered as docs/deploy.md says receives; Stripe sends it no others. */
export const REGISTERED_EVENT_TYPES = [
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
  'payment_intent.payment_failed',
  'payment_intent.succeeded',
  'charge.pending',
  'charge.succeeded',
  'charge.failed',
  'charge.refunded',
  'refund.created',
  'refund.updated',
  'refund.failed',
  'charge.dispute.created',
  'charge.dispute.updated',
  'charge.dispute.funds_withdrawn',
  'charge.dispute.funds_reinstated',
  'charge.dispute.closed',
];

/** One request paid through its Payment Link on the emulator, and what Stripe sends the endpoint for it. */
export interface LinkPayment {
  requestId: string;
  /** The Checkout Session the link opened and the customer completed. */
  sessionId: string;
  /** The Payment Link (`plink_…`) the admin sent, live at Stripe until the payment retires it. */
  linkId: string;
  /** The registered events of this payment as Stripe emitted them (oldest first): the bodies to sign and post. */
  events: { id: string; type: string; body: EventBody }[];
}

export interface PaidLinks {
  payments: LinkPayment[];
  /** Seconds spent: requests created, quoted and sent over GraphQL; links paid; events listed. */
  seconds: { graphql: number; pay: number; events: number };
}

const CREATE = `mutation ($input: RequestServiceInput!) { createServiceRequest(input: $input) { id } }`;
const QUOTE_MUTATION = `mutation ($id: ID!, $amount: Int!) { quote(id: $id, amount: $amount) { id } }`;
const SEND = `mutation ($id: ID!) { sendPaymentLink(id: $id) { id status paymentLinks { stripeId url active } } }`;

/** Opens the link's page (a new Checkout Session) and pays it with the test card, as the customer would. */
async function payLink(pages: Pool, url: string, i: number): Promise<void> {
  const opened = await pages.request({ method: 'GET', path: new URL(url).pathname });
  await opened.body.dump();
  const location = opened.headers['location'];
  if (opened.statusCode !== 303 || typeof location !== 'string') {
    throw new Error(`opening ${url}: HTTP ${opened.statusCode}`);
  }
  await payWithTestCard(pages, new URL(location).pathname, i);
}

/** The PaymentIntent an event is about (sessions and charges name it; an intent is it). */
function intentOf(object: Record<string, unknown>): string | undefined {
  if (object['object'] === 'payment_intent') return object['id'] as string;
  const pi = object['payment_intent'];
  return typeof pi === 'string' ? pi : ((pi as { id?: string } | null)?.id ?? undefined);
}

/**
 * `count` requests taken the way users take them, on the project at `projectUrl` (running with the
 * emulator as its Stripe): created, quoted and sent a payment link over GraphQL (so each has a live
 * Payment Link and Price at Stripe), then each link opened and paid on the emulator's hosted page with
 * the test card, deliveries paused. Returns, per payment in seeding order, the registered events
 * Stripe emitted for it, listed from the emulator's event log.
 */
export async function seedPaidLinks(
  projectUrl: string,
  emulatorUrl: string,
  stripe: Stripe,
  count: number,
  concurrency = 8,
): Promise<PaidLinks> {
  const since = Math.floor(Date.now() / 1000) - 1;
  const token = await adminToken(projectUrl);
  const api = graphqlPool(projectUrl, concurrency);
  const links: { requestId: string; linkId: string; url: string }[] = new Array(count);
  let started = performance.now();
  try {
    await inParallel(count, concurrency, async (i) => {
      const input = {
        customerName: `Customer ${i}`,
        customerEmail: `customer${i}@example.com`,
        description: `Bench job ${i}`,
      };
      const { createServiceRequest } = await graphql<{ createServiceRequest: { id: string } }>(
        api,
        CREATE,
        { input },
        token,
      );
      const id = createServiceRequest.id;
      await graphql(api, QUOTE_MUTATION, { id, amount: QUOTE.amount }, token);
      const { sendPaymentLink } = await graphql<{
        sendPaymentLink: { status: string; paymentLinks: { stripeId: string; url: string; active: boolean }[] };
      }>(api, SEND, { id }, token);
      const link = sendPaymentLink.paymentLinks.find((l) => l.active);
      if (sendPaymentLink.status !== 'AWAITING_PAYMENT' || !link) {
        throw new Error(`request ${id} has no live payment link after sendPaymentLink`);
      }
      links[i] = { requestId: id, linkId: link.stripeId, url: link.url };
    });
  } finally {
    await api.close();
  }
  const graphqlSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const pages = new Pool(emulatorUrl, { connections: concurrency });
  try {
    await inParallel(count, concurrency, (i) => payLink(pages, (links[i] as (typeof links)[0]).url, i));
  } finally {
    await pages.close();
  }
  const paySeconds = (performance.now() - started) / 1000;

  started = performance.now();
  // Listed newest first; each payment's events kept in the order Stripe emitted them.
  const byIntent = new Map<string, Stripe.Event[]>();
  const sessionOfRequest = new Map<string, { session: string; intent: string }>();
  for await (const event of stripe.events.list({
    types: REGISTERED_EVENT_TYPES,
    created: { gte: since },
    limit: 100,
  })) {
    const object = event.data.object as unknown as Record<string, unknown>;
    const intent = intentOf(object);
    if (!intent) continue;
    byIntent.set(intent, [event, ...(byIntent.get(intent) ?? [])]);
    const requestId = (object['metadata'] as Record<string, string> | undefined)?.['service_request_id'];
    if (object['object'] === 'checkout.session' && requestId) {
      sessionOfRequest.set(requestId, { session: object['id'] as string, intent });
    }
  }
  const eventsSeconds = (performance.now() - started) / 1000;

  const payments = links.map(({ requestId, linkId }) => {
    const paid = sessionOfRequest.get(requestId);
    if (!paid) throw new Error(`no completed Checkout Session listed for request ${requestId}`);
    const events = (byIntent.get(paid.intent) ?? []).map((event) => ({
      id: event.id,
      type: event.type,
      body: JSON.stringify(event),
    }));
    return { requestId, sessionId: paid.session, linkId, events };
  });
  return { payments, seconds: { graphql: graphqlSeconds, pay: paySeconds, events: eventsSeconds } };
}
