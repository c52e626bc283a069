import { randomBytes } from 'node:crypto';
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

import { formatAmount } from '@service-desk/currency';
import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm } from '@service-desk/stripe-emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { sideEffectsDone } from '../test-support/jobs';
import { checkoutPage, sentRequest } from '../test-support/requests';
import { ok, type TestServer } from '../test-support/test-server';

/**
 * /pay/:token/done must not be a way to spend the account's Stripe rate limit: the server's
 * Stripe calls go through a counting proxy in front of the emulator, and each test counts them.
 */

/** A plain HTTP proxy that records every call (`GET /v1/checkout/sessions/cs_…`) before forwarding it. */
async function countingProxy() {
  const calls: string[] = [];
  let target = '';
  const proxy = createServer((req, res) => {
    calls.push(`${req.method} ${req.url}`);
    const headers = { ...req.headers };
    delete headers.host;
    const upstream = forward(new URL(req.url ?? '/', target), { method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    calls,
    forwardTo: (url: string) => void (target = url),
    close: () =>
      new Promise<void>((resolve) => {
        proxy.close(() => resolve());
        proxy.closeAllConnections();
      }),
  };
}

const retrievesOf = (calls: readonly string[], sessionId?: string) =>
  calls.filter((c) => c.startsWith(`GET /v1/checkout/sessions/${sessionId ?? 'cs_'}`));

const randomSessionId = () => `cs_test_${randomBytes(24).toString('hex')}`;

describe.each(['payment_link', 'checkout_session'] as const)('with PAYMENT_PRIMITIVE=%s', (primitive) => {
  let proxy: Awaited<ReturnType<typeof countingProxy>>;
  let emulator: StripeEmulator;
  let server: TestServer;
  let token: string;
  let close: () => Promise<void>;
  let address = 0;

  beforeAll(async () => {
    proxy = await countingProxy();
    ({ server, emulator, close } = await startEmulatedServer({
      PAYMENT_PRIMITIVE: primitive,
      STRIPE_API_URL: proxy.url,
      // The test plays a proxy in front of the server, forwarding each test's own client address.
      TRUST_PROXY: '127.0.0.1',
    }));
    proxy.forwardTo(emulator.url);
    token = await server.login();
  });
  afterAll(async () => {
    await close?.();
    await proxy?.close();
  });

  /** Each test comes from a client address of its own, forwarded by the trusted proxy (TRUST_PROXY). */
  const newClient = () => {
    address += 1;
    const from = `203.0.113.${address}`;
    return (path: string) => fetch(`${server.url}${path}`, { headers: { 'x-forwarded-for': from } });
  };

  /** Calls the server made to Stripe while `run` ran (after the webhooks and side-effect jobs settled). */
  async function stripeCallsDuring(run: () => Promise<void>): Promise<string[]> {
    await webhooksApplied(emulator, server);
    await sideEffectsDone(server); // closing a retired session retrieves it too
    const before = proxy.calls.length;
    await run();
    return proxy.calls.slice(before);
  }

  async function sent(amount: number) {
    const description = `Fix the fence, job ${randomBytes(6).toString('hex')}`;
    const { id, payUrl } = await sentRequest(server, token, amount, { description });
    return { id, description, path: new URL(payUrl).pathname };
  }

  /** Pays with 4242 and returns where Stripe sends the customer back (`/pay/:token/done?session_id=…`). */
  async function pay(payPath: string): Promise<{ done: string; sessionId: string }> {
    const paid = await payForm(await checkoutPage(server, payPath), { card_number: '4242 4242 4242 4242' });
    expect(paid.status).toBe(303);
    const done = new URL(paid.headers.get('location') as string);
    expect(done.pathname).toBe(`${payPath}/done`);
    return { done: `${done.pathname}${done.search}`, sessionId: done.searchParams.get('session_id') as string };
  }

  const statusOf = async (id: string) =>
    ok(await server.gql('query($id: ID!) { serviceRequest(id: $id) { status } }', { id }, token))['serviceRequest']
      .status as string;

  it('an unknown token with a random session id is a 404 and asks Stripe nothing', async () => {
    const get = newClient();
    const calls = await stripeCallsDuring(async () => {
      const page = await get(`/pay/${randomBytes(32).toString('base64url')}/done?session_id=${randomSessionId()}`);
      expect(page.status).toBe(404);
      expect(await page.text()).toContain('Link not found');
    });
    expect(calls).toEqual([]);
  });

  it("a known token with another request's session never shows that session", async () => {
    const get = newClient();
    const mine = await sent(12_500);
    const theirs = await sent(98_765);
    const { sessionId } = await pay(theirs.path);
    const calls = await stripeCallsDuring(async () => {
      const page = await get(`${mine.path}/done?session_id=${sessionId}`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).not.toContain(theirs.description);
      expect(html).not.toContain(formatAmount(98_765, server.settings.CURRENCY));
      expect(html).not.toContain('Thank you — payment received');
      expect(html).toContain('we are checking your payment');
      expect(html).toContain(mine.description);
    });
    // A checkout_session request knows its sessions: another's id is refused without Stripe. With a
    // live Payment Link Stripe mints the sessions, so one look-up (on this token's budget) is needed.
    expect(retrievesOf(calls, sessionId)).toHaveLength(primitive === 'checkout_session' ? 0 : 1);
  });

  it('the return after paying shows "Thank you — payment received", and once paid, from our own records', async () => {
    const get = newClient();
    const mine = await sent(12_500);
    const { done, sessionId } = await pay(mine.path);
    const first = await get(done);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('Thank you — payment received');

    for (let i = 0; i < 100 && (await statusOf(mine.id)) !== 'PAID'; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await statusOf(mine.id)).toBe('PAID');
    const calls = await stripeCallsDuring(async () => {
      const again = await get(done);
      expect(again.status).toBe(200);
      const html = await again.text();
      expect(html).toContain('Thank you — payment received');
      expect(html).toContain(formatAmount(12_500, server.settings.CURRENCY));
    });
    expect(retrievesOf(calls, sessionId)).toEqual([]);
  });

  it('hammering one token 20 times asks Stripe at most 5 times', async () => {
    const get = newClient();
    const mine = await sent(12_500);
    // A session of the request itself, open and unpaid: the one its /pay leads to.
    const sessionId = new URL(await checkoutPage(server, mine.path)).pathname.split('/').at(-1) as string;
    const calls = await stripeCallsDuring(async () => {
      for (let i = 0; i < 20; i++) {
        const page = await get(`${mine.path}/done?session_id=${sessionId}`);
        expect(page.status).toBe(200);
        expect(await page.text()).toMatch(/Payment not completed|we are checking your payment/);
      }
    });
    const retrieves = retrievesOf(calls);
    expect(retrieves.length).toBeGreaterThan(0);
    expect(retrieves.length).toBeLessThanOrEqual(5);
  });

  it('answers 429 to a client address past 30 visits a minute, and still serves other addresses', async () => {
    const get = newClient();
    const path = `/pay/${randomBytes(32).toString('base64url')}/done?session_id=${randomSessionId()}`;
    for (let i = 0; i < 30; i++) expect((await get(path)).status).toBe(404);
    const refused = await get(path);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain('Too many requests');
    expect((await newClient()(path)).status).toBe(404);
  });
});
