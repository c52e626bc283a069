import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startStripeEmulator, type StripeEmulator } from '@service-desk/stripe-emulator';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { freePort } from '../test-support/global-setup';
import { sideEffectsDone } from '../test-support/jobs';
import { createRequest } from '../test-support/requests';
import { errorCode, ok, startTestServer, type TestServer } from '../test-support/test-server';
import { StripeAttempt } from './stripe-attempt.entity';

const KEY = 'sk_test_payments';
let dir: string;
let emulator: StripeEmulator;
let server: TestServer;
let checkoutServer: TestServer;
let stripe: Stripe;
let token: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sd-payments-'));
  await chmod(dir, 0o755);
  emulator = await startStripeEmulator({ port: await freePort(), dataDir: dir, webhookEndpoints: [] });
  const env = { STRIPE_SECRET_KEY: KEY, STRIPE_API_URL: emulator.url, BUSINESS_NAME: 'Green Thumbs' };
  server = await startTestServer(env);
  // A second replica on the same database, minting Checkout Sessions: the setting switched with links outstanding.
  checkoutServer = await startTestServer({
    ...env,
    PAYMENT_PRIMITIVE: 'checkout_session',
    DATABASE_URL: server.settings.DATABASE_URL as string,
  });
  const url = new URL(emulator.url);
  stripe = new Stripe(KEY, { host: url.hostname, port: Number(url.port), protocol: 'http' });
  token = await server.login();
});
afterAll(async () => {
  await checkoutServer?.close();
  await server?.close();
  await emulator?.close();
  await rm(dir, { recursive: true, force: true });
});

const FIELDS = `id status quoteAmount quoteVersion payUrl paymentLinks { id stripeId url amount currency quoteVersion active }`;

async function quoted(amount = 12_500) {
  const { id } = await createRequest(server, token);
  ok(await server.gql(`mutation($id: ID!, $a: Int!) { quote(id: $id, amount: $a) { id } }`, { id, a: amount }, token));
  return id as string;
}

async function send(id: string) {
  return server.gql(`mutation($id: ID!) { sendPaymentLink(id: $id) { ${FIELDS} } }`, { id }, token);
}

async function read(id: string) {
  return ok(await server.gql(`query($id: ID!) { serviceRequest(id: $id) { ${FIELDS} } }`, { id }, token))[
    'serviceRequest'
  ];
}

/** Follows /pay/:token one hop, as the customer's browser would. */
async function visit(payUrl: string, base = server.url) {
  const { pathname } = new URL(payUrl);
  return fetch(`${base}${pathname}`, { redirect: 'manual' });
}

describe('sendPaymentLink with Payment Links', () => {
  it('mints a Price and a Payment Link for the quote, mails the stable URL, and /pay leads there', async () => {
    const id = await quoted(12_500);
    const sent = ok(await send(id))['sendPaymentLink'];
    expect(sent.status).toBe('AWAITING_PAYMENT');
    expect(sent.payUrl).toMatch(new RegExp(`^${server.settings.PUBLIC_BASE_URL}/pay/[A-Za-z0-9_-]{43}$`));
    expect(sent.paymentLinks).toHaveLength(1);
    const [link] = sent.paymentLinks;
    expect(link).toMatchObject({ amount: 12_500, currency: 'usd', quoteVersion: 1, active: true });

    const atStripe = await stripe.paymentLinks.retrieve(link.stripeId);
    expect(atStripe.active).toBe(true);
    expect(atStripe.metadata).toEqual({ service_request_id: id, quote_version: '1' });
    expect(atStripe.payment_intent_data?.metadata).toEqual({ service_request_id: id, quote_version: '1' });
    expect(atStripe.restrictions?.completed_sessions.limit).toBe(1);
    const items = await stripe.paymentLinks.listLineItems(link.stripeId);
    expect(items.data[0]?.price?.unit_amount).toBe(12_500);

    const response = await visit(sent.payUrl);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toMatch(new RegExp(`^${link.url.replace(/[.?]/g, '\\$&')}`));
    expect(response.headers.get('cache-control')).toBe('no-store');

    const mail = ok(
      await server.gql('{ outbox(first: 50) { edges { node { kind to subject text status } } } }', {}, token),
    );
    const message = mail['outbox'].edges.map((e: any) => e.node).find((m: any) => m.text.includes(sent.payUrl));
    expect(message).toMatchObject({ kind: 'PAYMENT_LINK', status: 'PENDING' });
    expect(message.subject).toContain('Green Thumbs');
    expect(message.text).toContain('$125.00');
  });

  it('sending twice, even at once, makes one link; a resend keeps it and says so', async () => {
    const id = await quoted();
    const results = await Promise.all([send(id), send(id)]);
    expect(results.filter((r) => !r.errors)).not.toHaveLength(0);
    for (const r of results.filter((r) => r.errors)) expect(errorCode(r)).toBe('CONFLICT');
    ok(await send(id)); // a resend from AWAITING_PAYMENT
    const after = await read(id);
    expect(after.paymentLinks).toHaveLength(1);
    const atStripe = await stripe.paymentLinks.list({ limit: 100 });
    expect(atStripe.data.filter((l) => l.metadata?.['service_request_id'] === id)).toHaveLength(1);
  });

  it('a re-quote retires the old link at Stripe and /pay leads to a link for the new amount', async () => {
    const id = await quoted(12_500);
    const first = ok(await send(id))['sendPaymentLink'];
    const old = first.paymentLinks[0];
    const requoted = ok(
      await server.gql(`mutation($id: ID!) { quote(id: $id, amount: 15000) { ${FIELDS} } }`, { id }, token),
    )['quote'];
    expect(requoted.status).toBe('QUOTED');
    expect(requoted.paymentLinks[0]).toMatchObject({ stripeId: old.stripeId, active: false });
    await sideEffectsDone(server); // closed at Stripe by a job, after the commit
    expect((await stripe.paymentLinks.retrieve(old.stripeId)).active).toBe(false);

    const response = await visit(first.payUrl);
    expect(response.status).toBe(303);
    const after = await read(id);
    expect(after.paymentLinks).toHaveLength(2);
    const [current] = after.paymentLinks; // newest first
    expect(current).toMatchObject({ amount: 15_000, quoteVersion: 2, active: true });
    expect(response.headers.get('location')).toContain(current.url);
    expect(after.payUrl).toBe(first.payUrl); // the customer's URL survives re-quotes
  });

  it('a Stripe failure leaves the request unchanged, and the retry replays the same attempt', async () => {
    const id = await quoted();
    emulator.failNextRequests(10, { status: 500, type: 'api_error', message: 'Injected outage' });
    const failed = await send(id);
    emulator.failNextRequests(0);
    expect(errorCode(failed)).toBe('PAYMENT_PROVIDER_ERROR');
    expect(failed.errors?.[0]?.message).toContain('Injected outage');
    const unchanged = await read(id);
    expect(unchanged).toMatchObject({ status: 'QUOTED', payUrl: null, paymentLinks: [] });

    const sent = ok(await send(id))['sendPaymentLink'];
    expect(sent.paymentLinks).toHaveLength(1);
    const attempts = await server.orm.em.fork().find(StripeAttempt, { scope: id });
    expect(attempts.map((a) => [a.purpose, a.attempt, a.state])).toEqual([['payment_link', 1, 'SUCCEEDED']]);
  });

  it('decline, cancel and payment close the link; /pay then explains instead of redirecting', async () => {
    for (const [mutation, title] of [
      ['decline(id: $id, reason: "out of area")', 'Request declined'],
      ['cancel(id: $id)', 'Request canceled'],
      ['markPaid(id: $id)', 'Already paid'],
    ] as const) {
      const id = await quoted();
      const sent = ok(await send(id))['sendPaymentLink'];
      ok(await server.gql(`mutation($id: ID!) { r: ${mutation} { id } }`, { id }, token));
      await sideEffectsDone(server);
      expect((await stripe.paymentLinks.retrieve(sent.paymentLinks[0].stripeId)).active).toBe(false);
      const page = await visit(sent.payUrl);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(title);
    }
  });

  it('an unknown token is a 404 page; rotatePayUrl retires the old URL', async () => {
    const id = await quoted();
    const sent = ok(await send(id))['sendPaymentLink'];
    expect((await fetch(`${server.url}/pay/not-a-token`)).status).toBe(404);
    const rotated = ok(await server.gql(`mutation($id: ID!) { rotatePayUrl(id: $id) { payUrl } }`, { id }, token))[
      'rotatePayUrl'
    ];
    expect(rotated.payUrl).not.toBe(sent.payUrl);
    expect((await visit(sent.payUrl)).status).toBe(404);
    expect((await visit(rotated.payUrl)).status).toBe(303);
  });

  it('refuses to send a link before a quote, and refunds of money that did not go through Stripe', async () => {
    const { id } = await createRequest(server, token);
    expect(errorCode(await send(id))).toBe('INVALID_TRANSITION');
    const paid = await quoted();
    ok(await server.gql(`mutation($id: ID!) { markPaid(id: $id) { id } }`, { id: paid }, token));
    const refund = await server.gql(`mutation($id: ID!) { refund(id: $id) { id } }`, { id: paid }, token);
    expect(errorCode(refund)).toBe('CONFLICT');
    expect(refund.errors?.[0]?.message).toContain('outside Stripe');
  });
});

describe('PAYMENT_PRIMITIVE=checkout_session', () => {
  it('mints a session per visit, reuses an open one, and never asks for more than 24 hours', async () => {
    const id = await quoted(8_000);
    const sent = ok(await send(id))['sendPaymentLink']; // sent while Payment Links were the setting
    const first = await visit(sent.payUrl, checkoutServer.url);
    expect(first.status).toBe(303);
    const links = (await read(id)).paymentLinks;
    const session = links.find((l: any) => l.stripeId.startsWith('cs_'));
    expect(first.headers.get('location')).toBe(session.url);
    const atStripe = await stripe.checkout.sessions.retrieve(session.stripeId);
    expect(atStripe.amount_subtotal).toBe(8_000);
    expect(atStripe.metadata).toEqual({ service_request_id: id, quote_version: '1' });
    expect(atStripe.expires_at * 1000).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000);
    expect(atStripe.expires_at * 1000).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    expect(atStripe.success_url).toContain('/done?session_id={CHECKOUT_SESSION_ID}');

    const again = await visit(sent.payUrl, checkoutServer.url);
    expect(again.headers.get('location')).toBe(session.url);
    // The Payment Link sent earlier stays payable until the request changes: switching is safe.
    const link = links.find((l: any) => l.stripeId.startsWith('plink_'));
    expect((await stripe.paymentLinks.retrieve(link.stripeId)).active).toBe(true);

    ok(await checkoutServer.gql(`mutation($id: ID!) { quote(id: $id, amount: 9000) { id } }`, { id }, token));
    await sideEffectsDone(checkoutServer);
    expect((await stripe.checkout.sessions.retrieve(session.stripeId)).status).toBe('expired');
    expect((await stripe.paymentLinks.retrieve(link.stripeId)).active).toBe(false);
    const fresh = await visit(sent.payUrl, checkoutServer.url);
    const newest = (await read(id)).paymentLinks[0];
    expect(newest).toMatchObject({ amount: 9_000, quoteVersion: 2, active: true });
    expect(fresh.headers.get('location')).toBe(newest.url);
  });

  it('reuses one Stripe Customer per email', async () => {
    const a = await createRequest(server, token, { customerEmail: 'repeat@example.com' });
    const b = await createRequest(server, token, { customerEmail: 'repeat@example.com' });
    const customers = [];
    for (const { id } of [a, b]) {
      ok(await server.gql(`mutation($id: ID!) { quote(id: $id, amount: 5000) { id } }`, { id }, token));
      ok(await checkoutServer.gql(`mutation($id: ID!) { sendPaymentLink(id: $id) { id } }`, { id }, token));
      const { payUrl } = await read(id);
      await visit(payUrl, checkoutServer.url);
      const session = (await read(id)).paymentLinks[0];
      customers.push((await stripe.checkout.sessions.retrieve(session.stripeId)).customer);
    }
    expect(customers[0]).toMatch(/^cus_/);
    expect(customers[1]).toBe(customers[0]);
  });
});
