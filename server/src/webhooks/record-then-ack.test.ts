import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import pg from 'pg';
import pino from 'pino';
import { RateLimiterQueue } from 'rate-limiter-flexible';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { LINK_CLOSING_QUEUE } from '../payments/payments.service';
import { type EmulatedServer, startEmulatedServer } from '../test-support/emulated-server';
import { sideEffectsDone } from '../test-support/jobs';
import { createRequest } from '../test-support/requests';
import { checkoutSession, post, settled, stripeEvent } from '../test-support/stripe-events';
import { ok, startTestServer, type TestServer } from '../test-support/test-server';
import { startInboxWorker } from './inbox';

/**
 * Stripe as the server sees it through a door that can be held shut: calls are counted as they
 * arrive and, while held, wait there (as against a Stripe that hangs) until released.
 */
class HeldStripe {
  readonly calls: string[] = [];
  target = '';
  private held: (() => void)[] | undefined;
  private readonly server: Server = createServer((req, res) => this.handle(req, res));

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  hold(): void {
    this.held ??= [];
  }

  release(): void {
    const waiting = this.held ?? [];
    this.held = undefined;
    for (const go of waiting) go();
  }

  /** Calls that wait behind the held door. */
  get waiting(): number {
    return this.held?.length ?? 0;
  }

  close(): Promise<void> {
    this.release();
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    this.calls.push(`${req.method} ${req.url?.split('?')[0]}`);
    const go = () => {
      const target = new URL(req.url ?? '/', this.target);
      const upstream = forward(target, { method: req.method, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
    };
    if (this.held) this.held.push(go);
    else go();
  }
}

const PAID_LINK_FIELDS = 'status paymentLinks { stripeId active }';

describe('a webhook is answered once recorded; Stripe is called afterwards, by a job', () => {
  let stripe: HeldStripe;
  let emulated: EmulatedServer;
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    stripe = new HeldStripe();
    emulated = await startEmulatedServer({ STRIPE_API_URL: await stripe.listen() });
    stripe.target = emulated.emulator.url;
    server = emulated.server;
    token = await server.login();
  });
  afterAll(async () => {
    await stripe?.close();
    await emulated?.close();
  });

  /** A request awaiting payment through a live Payment Link; its Stripe id. */
  async function linked(amount = 12_500): Promise<{ id: string; link: string }> {
    const { id } = await createRequest(server, token);
    ok(
      await server.gql('mutation($id: ID!, $a: Int!) { quote(id: $id, amount: $a) { id } }', { id, a: amount }, token),
    );
    const sent = ok(
      await server.gql(`mutation($id: ID!) { sendPaymentLink(id: $id) { ${PAID_LINK_FIELDS} } }`, { id }, token),
    )['sendPaymentLink'];
    return { id, link: sent.paymentLinks[0].stripeId };
  }

  it('a Stripe that hangs delays nothing: 2xx with no call made, PAID, then the link closed once', async () => {
    const { id, link } = await linked();
    stripe.hold();
    const before = stripe.calls.length;
    const event = stripeEvent('checkout.session.completed', {
      ...checkoutSession({ requestId: id, amount: 12_500 }),
      payment_link: link,
    });

    const response = await post(server.url, event);
    expect(response.status).toBe(200);
    expect(stripe.calls.slice(before)).toEqual([]); // nothing asked of Stripe before the answer
    await settled(server);
    const paid = ok(
      await server.gql(`query($id: ID!) { serviceRequest(id: $id) { ${PAID_LINK_FIELDS} } }`, { id }, token),
    )['serviceRequest'];
    expect(paid).toEqual({ status: 'PAID', paymentLinks: [{ stripeId: link, active: false }] });
    // The closing job is blocked on Stripe, not lost: it runs when Stripe answers again.
    await expect.poll(() => stripe.waiting, { timeout: 10_000 }).toBeGreaterThan(0);
    stripe.release();
    await sideEffectsDone(server);

    const deactivations = stripe.calls.filter((call) => call === `POST /v1/payment_links/${link}`);
    expect(deactivations).toHaveLength(1);
    const atStripe = await fetch(`${emulated.emulator.url}/v1/payment_links/${link}`, {
      headers: { authorization: 'Bearer sk_test_emulated' },
    });
    expect(((await atStripe.json()) as { active: boolean }).active).toBe(false);
  });

  it('answers once the event is recorded, while its apply still waits (the request row held by another transaction)', async () => {
    const { id, link } = await linked(8_000);
    const holder = new pg.Client({ connectionString: server.settings.DATABASE_URL as string });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select id from service_request where id = $1 for update', [id]);
      const event = stripeEvent('checkout.session.completed', {
        ...checkoutSession({ requestId: id, amount: 8_000 }),
        payment_link: link,
      });
      // An answer that waited for the apply would wait for the held row: 10 s is its deadline.
      const answer = await Promise.race([
        post(server.url, event).then((response) => response.status),
        new Promise<string>((resolve) => setTimeout(() => resolve('no answer while the apply waits'), 10_000)),
      ]);
      expect(answer).toBe(200);
      expect(await server.services.inbox.statusOf(event.id)).toBe('RECEIVED');
      await holder.query('commit');
      await settled(server);
      const paid = ok(await server.gql('query($id: ID!) { serviceRequest(id: $id) { status } }', { id }, token));
      expect(paid['serviceRequest']).toEqual({ status: 'PAID' });
    } finally {
      await holder.end();
    }
  });

  it('a side effect decided before a crash runs once, on the next server', async () => {
    // A replica that never runs side effects stands for one killed between its commit and the job;
    // on a database of its own, so that no other replica runs the job meanwhile.
    const doomed = await startTestServer({ ...emulatedEnv(server), SIDE_EFFECTS_PAUSED: 'true' });
    const database = doomed.settings.DATABASE_URL as string;
    const doomedToken = await doomed.login();
    const { id } = await createRequest(doomed, doomedToken);
    ok(await doomed.gql('mutation($id: ID!) { quote(id: $id, amount: 9900) { id } }', { id }, doomedToken));
    const sent = ok(
      await doomed.gql(`mutation($id: ID!) { sendPaymentLink(id: $id) { ${PAID_LINK_FIELDS} } }`, { id }, doomedToken),
    )['sendPaymentLink'];
    const link: string = sent.paymentLinks[0].stripeId;
    ok(await doomed.gql('mutation($id: ID!) { quote(id: $id, amount: 15000) { id } }', { id }, doomedToken));
    await doomed.close();
    expect(stripe.calls.filter((call) => call === `POST /v1/payment_links/${link}`)).toEqual([]);

    // Every call the job makes waits its turn in the STRIPE_RATE_LIMIT bucket (the one campaigns share).
    const taken = vi.spyOn(RateLimiterQueue.prototype, 'removeTokens');
    const before = stripe.calls.length;
    const next = await startTestServer({ ...emulatedEnv(server), DATABASE_URL: database });
    try {
      await sideEffectsDone(next);
      expect(stripe.calls.filter((call) => call === `POST /v1/payment_links/${link}`)).toHaveLength(1);
      const tokens = taken.mock.calls.reduce((sum, [count]) => sum + count, 0);
      expect(tokens).toBeGreaterThanOrEqual(stripe.calls.length - before);
    } finally {
      taken.mockRestore();
      await next.close();
    }
  });
});

describe('/pay and links whose closing at Stripe is still queued', () => {
  it('never leads to one: a re-quote’s /pay mints the new link, a paid request’s explains', async () => {
    // Side effects paused: every closing decided below stays queued while /pay is visited.
    const emulated = await startEmulatedServer({ SIDE_EFFECTS_PAUSED: 'true' });
    const { server } = emulated;
    try {
      const token = await server.login();
      const fields = 'payUrl paymentLinks { url active }';
      const visit = (payUrl: string) => fetch(`${server.url}${new URL(payUrl).pathname}`, { redirect: 'manual' });
      const target = (response: Response) => response.headers.get('location')?.split('?')[0];
      const { id } = await createRequest(server, token);
      ok(await server.gql('mutation($id: ID!) { quote(id: $id, amount: 9900) { id } }', { id }, token));
      const sent = ok(await server.gql(`mutation($id: ID!) { sendPaymentLink(id: $id) { ${fields} } }`, { id }, token))[
        'sendPaymentLink'
      ];
      const first: string = sent.paymentLinks[0].url;
      expect(target(await visit(sent.payUrl))).toBe(first);

      ok(await server.gql('mutation($id: ID!) { quote(id: $id, amount: 15000) { id } }', { id }, token));
      expect(await server.services.jobs.pending(LINK_CLOSING_QUEUE)).toBe(1);
      const requoted = await visit(sent.payUrl);
      expect(requoted.status).toBe(303);
      expect(target(requoted)).not.toBe(first);
      const links = ok(await server.gql(`query($id: ID!) { serviceRequest(id: $id) { ${fields} } }`, { id }, token))[
        'serviceRequest'
      ].paymentLinks;
      expect(links.map((link: { url: string; active: boolean }) => [link.url === first, link.active])).toEqual([
        [false, true],
        [true, false],
      ]);

      ok(await server.gql('mutation($id: ID!) { markPaid(id: $id) { id } }', { id }, token));
      expect(await server.services.jobs.pending(LINK_CLOSING_QUEUE)).toBe(2);
      const paid = await visit(sent.payUrl);
      expect(paid.status).toBe(200);
      expect(await paid.text()).toContain('Already paid');
    } finally {
      await emulated.close();
    }
  });
});

describe('an event recorded but never applied (the process died after its 2xx)', () => {
  it('is left to the process that recorded it for 10 s, and claimed by any sweep after', async () => {
    const server = await startTestServer();
    try {
      const token = await server.login();
      const { id } = await createRequest(server, token);
      ok(await server.gql('mutation($id: ID!) { quote(id: $id, amount: 4300) { id } }', { id }, token));
      const event = stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 4_300 }));
      expect(await server.services.inbox.record(event, 'WEBHOOK')).toBe(true);
      /** Moves the event's record back as if it had been made `seconds` ago. */
      const recordedAgo = (seconds: number) =>
        server.orm.em
          .fork()
          .execute(`update webhook_event set received_at = now() - make_interval(secs => ?) where id = ?`, [
            seconds,
            event.id,
          ]);
      for (const seconds of [0, 9.5]) {
        await recordedAgo(seconds);
        expect(await server.services.inbox.processDue(), `recorded ${seconds} s ago`).toBe(0);
        expect(await server.services.inbox.statusOf(event.id)).toBe('RECEIVED');
      }
      await recordedAgo(10.5);
      expect(await server.services.inbox.processDue()).toBe(1);
      expect(await server.services.inbox.statusOf(event.id)).toBe('APPLIED');
    } finally {
      await server.close();
    }
  });

  it('is applied by another replica’s sweep once the claim window has passed', async () => {
    const first = await startTestServer();
    const token = await first.login();
    const { id } = await createRequest(first, token);
    ok(await first.gql('mutation($id: ID!) { quote(id: $id, amount: 4200) { id } }', { id }, token));
    const event = stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 4_200 }));
    // What the route had done when the process died: the record, nothing more.
    expect(await first.services.inbox.record(event, 'WEBHOOK')).toBe(true);
    await first.close();

    const second = await startTestServer({ DATABASE_URL: first.settings.DATABASE_URL as string });
    const stopSweep = startInboxWorker(second.services.inbox, pino({ level: 'silent' }), 500);
    try {
      await settled(second, 20_000);
      expect(await second.services.inbox.statusOf(event.id)).toBe('APPLIED');
      const request = ok(await second.gql('query($id: ID!) { serviceRequest(id: $id) { status } }', { id }, token));
      expect(request['serviceRequest']).toEqual({ status: 'PAID' });
    } finally {
      await stopSweep();
      await second.close();
    }
  });
});

/** The settings that point a server at the same Stripe as `server`. */
function emulatedEnv(server: TestServer): Record<string, string> {
  return { STRIPE_SECRET_KEY: 'sk_test_emulated', STRIPE_API_URL: server.settings.STRIPE_API_URL as string };
}
