import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createRequest, REQUEST_FIELDS } from '../test-support/requests';
import {
  charge,
  checkoutSession,
  deliver,
  dispute,
  refund,
  refundedCharge,
  sign,
  stripeEvent,
  stripeId,
} from '../test-support/stripe-events';
import { errorCode, ok, startTestServer, TEST_WEBHOOK_SECRET, type TestServer } from '../test-support/test-server';
import { WebhookEvent, WebhookEventStatus } from './webhook-event.entity';

let server: TestServer;
let token: string;
const ROTATED_SECRET = 'whsec_the_new_one_after_rotation';

beforeAll(async () => {
  server = await startTestServer({ STRIPE_WEBHOOK_SECRET: `${TEST_WEBHOOK_SECRET},${ROTATED_SECRET}` });
  token = await server.login();
});
afterAll(() => server.close());

async function quoted(amount = 12_500) {
  const { id } = await createRequest(server, token);
  ok(await server.gql(`mutation($id: ID!, $a: Int!) { quote(id: $id, amount: $a) { id } }`, { id, a: amount }, token));
  return id as string;
}

async function read(id: string) {
  return ok(await server.gql(`query($id: ID!) { serviceRequest(id: $id) { ${REQUEST_FIELDS} } }`, { id }, token))[
    'serviceRequest'
  ];
}

const eventCount = () => server.orm.em.fork().count(WebhookEvent);
const signedAs = (event: unknown) => ({ body: JSON.stringify(event), signature: sign(JSON.stringify(event)) });

describe('POST /webhooks/stripe', () => {
  it('a signed checkout.session.completed marks the request PAID with one Stripe payment', async () => {
    const id = await quoted();
    const event = stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 12_500 }));
    const response = await deliver(server, event);
    expect(response.status).toBe(200);
    const after = await read(id);
    expect(after).toMatchObject({ status: 'PAID', amountPaid: 12_500, needsAttention: false });
    expect(after.payments).toEqual([
      expect.objectContaining({ method: 'STRIPE', amount: 12_500, status: 'SUCCEEDED' }),
    ]);
    expect(after.timeline.at(-1)).toMatchObject({
      kind: 'PAYMENT_RECEIVED',
      from: 'QUOTED',
      to: 'PAID',
      source: 'WEBHOOK',
    });
  });

  it('the same event 20 times at once: one payment, one transition', async () => {
    const id = await quoted();
    const event = stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 12_500 }));
    const responses = await Promise.all(Array.from({ length: 20 }, () => deliver(server, event)));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const after = await read(id);
    expect(after.payments).toHaveLength(1);
    expect(after.timeline.filter((e: any) => e.kind === 'PAYMENT_RECEIVED')).toHaveLength(1);
    expect(await server.orm.em.fork().count(WebhookEvent, { id: event.id })).toBe(1);
  });

  it('two different events about one PaymentIntent make one payment', async () => {
    const id = await quoted();
    const session = checkoutSession({ requestId: id, amount: 12_500 });
    await Promise.all([
      deliver(server, stripeEvent('checkout.session.completed', session)),
      deliver(server, stripeEvent('checkout.session.async_payment_succeeded', session)),
    ]);
    expect((await read(id)).payments).toHaveLength(1);
  });

  it.each([
    ['a tampered body', (e: any) => ({ body: JSON.stringify({ ...e, type: 'charge.refunded' }) }), 400],
    ['a wrong secret', () => ({ secret: 'whsec_somebody_else' }), 400],
    ['an old timestamp', () => ({ timestamp: Math.floor(Date.now() / 1000) - 600 }), 400],
    ['no signature', () => ({ signature: null }), 400],
    ['a body that is not JSON', () => ({ body: 'not json', signature: sign('not json') }), 400],
    ['a signed non-event', () => ({ body: '{"hello":"world"}', signature: sign('{"hello":"world"}') }), 400],
    ['a signed event dated past year 9999', (e: any) => signedAs({ ...e, created: 1e300 }), 400],
    ['a signed event whose object is an array', (e: any) => signedAs({ ...e, data: { object: [] } }), 400],
    ['a 2 MiB body', () => ({ body: 'x'.repeat(2 * 1024 * 1024) }), 413],
  ])('refuses %s, storing nothing', async (_label, options, status) => {
    const id = await quoted();
    const event = stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 12_500 }));
    const before = await eventCount();
    const response = await deliver(server, event, options(event));
    expect(response.status).toBe(status);
    expect(await eventCount()).toBe(before);
    expect((await read(id)).status).toBe('QUOTED');
  });

  it('records a genuine event holding text PostgreSQL cannot store (NUL, lone surrogates) with U+FFFD instead', async () => {
    const event = stripeEvent('customer.created', { id: 'cus_1', object: 'customer', name: 'a\u0000b\ud800c' });
    expect((await deliver(server, event)).status).toBe(200);
    const stored = await server.orm.em.fork().findOneOrFail(WebhookEvent, { id: event.id });
    expect((stored.payload as any).data.object.name).toBe('a\uFFFDb\uFFFDc');
  });

  it('accepts every configured secret (rotation)', async () => {
    const id = await quoted();
    const event = stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 12_500 }));
    expect((await deliver(server, event, { secret: ROTATED_SECRET })).status).toBe(200);
    expect((await read(id)).status).toBe('PAID');
  });

  it('acknowledges and keeps events it does not act on: other types, unknown requests, the other mode', async () => {
    const unknown = stripeEvent(
      'checkout.session.completed',
      checkoutSession({ requestId: '00000000-0000-4000-8000-000000000000', amount: 100 }),
    );
    const other = stripeEvent('customer.created', { id: 'cus_1', object: 'customer' });
    const id = await quoted();
    const live = stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 12_500 }), {
      livemode: true,
    });
    for (const event of [unknown, other, live]) expect((await deliver(server, event)).status).toBe(200);
    const em = server.orm.em.fork();
    for (const event of [unknown, other, live]) {
      const stored = await em.findOneOrFail(WebhookEvent, { id: event.id });
      expect(stored.status).toBe('IGNORED');
      expect(stored.payload).toMatchObject({ id: event.id });
    }
    expect((await read(id)).status).toBe('QUOTED');
  });
});

describe('effects', () => {
  it('a refund that arrives before the payment is parked, then applied: no double count', async () => {
    const id = await quoted();
    const session = checkoutSession({ requestId: id, amount: 12_500 });
    const refund = stripeEvent('charge.refunded', refundedCharge(session.payment_intent, 12_500, 12_500));
    await deliver(server, refund);
    expect((await server.orm.em.fork().findOneOrFail(WebhookEvent, { id: refund.id })).status).toBe('PARKED');
    await deliver(server, stripeEvent('checkout.session.completed', session));
    await deliver(server, refund); // Stripe redelivers: nothing changes
    const after = await read(id);
    expect(after).toMatchObject({ status: 'REFUNDED', amountPaid: 12_500, amountRefunded: 12_500 });
    expect(after.payments[0]).toMatchObject({ status: 'REFUNDED' });
    expect(after.timeline.filter((e: any) => e.kind === 'REFUND')).toHaveLength(1);
  });

  it('refunds delivered at the same time as their payments are all applied, none left parked', async () => {
    const ids = await Promise.all(Array.from({ length: 12 }, () => quoted()));
    const pairs = ids.map((id) => {
      const session = checkoutSession({ requestId: id, amount: 12_500 });
      return [
        stripeEvent('charge.refunded', refundedCharge(session.payment_intent, 12_500, 12_500)),
        stripeEvent('checkout.session.completed', session),
      ] as const;
    });
    const responses = await Promise.all(pairs.flat().map((event) => deliver(server, event)));
    expect(responses.map((r) => r.status)).toEqual(Array(pairs.length * 2).fill(200));
    const refunds = pairs.map(([refund]) => refund.id);
    expect(
      await server.orm.em.fork().count(WebhookEvent, { id: { $in: refunds }, status: WebhookEventStatus.APPLIED }),
    ).toBe(refunds.length);
    for (const id of ids) {
      expect(await read(id)).toMatchObject({ status: 'REFUNDED', amountPaid: 12_500, amountRefunded: 12_500 });
    }
  });

  it('a refund parked while its payment is being recorded is applied once that commits', async () => {
    const id = await quoted();
    const paid = checkoutSession({ requestId: id, amount: 12_500 });
    const session = stripeEvent('checkout.session.completed', paid);
    const refund = stripeEvent('charge.refunded', refundedCharge(paid.payment_intent, 12_500, 12_500));
    const inbox = server.services.inbox;
    await inbox.record(session, 'WEBHOOK');
    await inbox.record(refund, 'WEBHOOK');
    // The session's transaction, its parked events already released, waits before committing on a
    // lock this test holds; meanwhile the refund finds no payment and parks.
    const db = server.orm.em.getConnection();
    const holder = new pg.Client({ connectionString: server.settings.DATABASE_URL });
    await holder.connect();
    await holder.query('select pg_advisory_lock(4242)');
    await db.execute(`create function hold_commit() returns trigger language plpgsql as
      $$ begin perform pg_advisory_xact_lock_shared(4242); return new; end $$`);
    await db.execute(`create trigger hold_commit after update on webhook_event for each row
      when (new.id = '${session.id}' and new.status = 'APPLIED') execute function hold_commit()`);
    try {
      const applying = inbox.process(session.id);
      const waiting = async () =>
        (await holder.query(`select 1 from pg_locks where locktype = 'advisory' and not granted`)).rowCount;
      const deadline = Date.now() + 10_000;
      while (!(await waiting())) {
        if (Date.now() > deadline) throw new Error('the session never reached its commit');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await inbox.process(refund.id);
      expect(await inbox.statusOf(refund.id)).toBe(WebhookEventStatus.PARKED);
      await holder.query('select pg_advisory_unlock(4242)');
      await applying;
    } finally {
      await db.execute('drop trigger hold_commit on webhook_event; drop function hold_commit()');
      await holder.end();
    }
    expect(await inbox.statusOf(refund.id)).toBe(WebhookEventStatus.APPLIED);
    expect(await read(id)).toMatchObject({ status: 'REFUNDED', amountPaid: 12_500, amountRefunded: 12_500 });
  });

  it('the worker releases a parked event whose payment is known (a crash before the look after commit)', async () => {
    const id = await quoted();
    const paid = checkoutSession({ requestId: id, amount: 12_500 });
    await deliver(server, stripeEvent('checkout.session.completed', paid));
    const refund = stripeEvent('charge.refunded', refundedCharge(paid.payment_intent, 12_500, 12_500));
    const inbox = server.services.inbox;
    await inbox.record(refund, 'WEBHOOK');
    // As a replica that crashed would leave it: parked on a payment that committed meanwhile.
    await server.orm.em
      .getConnection()
      .execute(`update webhook_event set status = 'PARKED', waiting_for = ? where id = ?`, [
        paid.payment_intent,
        refund.id,
      ]);
    await inbox.processDue();
    expect(await inbox.statusOf(refund.id)).toBe(WebhookEventStatus.APPLIED);
    expect(await read(id)).toMatchObject({ status: 'REFUNDED', amountRefunded: 12_500 });
  });

  it('a partial refund keeps the request paid', async () => {
    const id = await quoted();
    const session = checkoutSession({ requestId: id, amount: 12_500 });
    await deliver(server, stripeEvent('checkout.session.completed', session));
    await deliver(server, stripeEvent('charge.refunded', refundedCharge(session.payment_intent, 12_500, 2_500)));
    expect(await read(id)).toMatchObject({ status: 'PAID', amountRefunded: 2_500 });
  });

  it('a delayed payment waits as processing; its success makes it PAID even when it arrives first', async () => {
    const id = await quoted();
    const unpaid = checkoutSession({ requestId: id, amount: 12_500, paymentStatus: 'unpaid' });
    await deliver(
      server,
      stripeEvent('checkout.session.async_payment_succeeded', { ...unpaid, payment_status: 'paid' }),
    );
    await deliver(server, stripeEvent('checkout.session.completed', unpaid));
    const after = await read(id);
    expect(after.status).toBe('PAID');
    expect(after.payments).toEqual([expect.objectContaining({ status: 'SUCCEEDED' })]);

    const other = await quoted();
    const pending = checkoutSession({ requestId: other, amount: 12_500, paymentStatus: 'unpaid' });
    await deliver(server, stripeEvent('checkout.session.completed', pending));
    expect(await read(other)).toMatchObject({
      status: 'QUOTED',
      payments: [expect.objectContaining({ status: 'PROCESSING' })],
    });
    // The bank answers later (days, in real life): a failure and its processing are ordered by time.
    const later = Math.floor(Date.now() / 1000) + 60;
    await deliver(server, stripeEvent('checkout.session.async_payment_failed', pending, { created: later }));
    const failed = await read(other);
    expect(failed).toMatchObject({ status: 'QUOTED', payments: [expect.objectContaining({ status: 'FAILED' })] });
    expect(failed.timeline.at(-1)).toMatchObject({ kind: 'PAYMENT_FAILED' });
  });

  it('money that disagrees is kept and flags attention instead of a second transition', async () => {
    const manual = await quoted();
    ok(await server.gql(`mutation($id: ID!) { markPaid(id: $id) { id } }`, { id: manual }, token));
    const cases = [
      [manual, checkoutSession({ requestId: manual, amount: 12_500 }), 'possible double payment'],
      [await quoted(), checkoutSession({ requestId: '', amount: 9_900 }), 'paid $99.00, quoted $125.00'],
      [
        await quoted(),
        checkoutSession({ requestId: '', amount: 12_500, currency: 'eur' }),
        'paid in EUR, quoted in USD',
      ],
      [await quoted(), checkoutSession({ requestId: '', amount: 12_500, quoteVersion: 7 }), 'paid an older quote'],
    ] as const;
    for (const [id, session, reason] of cases) {
      const event = stripeEvent('checkout.session.completed', {
        ...session,
        metadata: { ...session.metadata, service_request_id: id },
      });
      await deliver(server, event);
      const after = await read(id);
      expect(after.needsAttention).toBe(true);
      expect(after.attentionReason).toContain(reason);
      expect(after.payments.some((p: any) => p.method === 'STRIPE')).toBe(true);
      expect(after.timeline.filter((e: any) => e.to === 'PAID')).toHaveLength(id === manual ? 1 : 0);
    }
    const canceled = await quoted();
    ok(await server.gql(`mutation($id: ID!) { cancel(id: $id) { id } }`, { id: canceled }, token));
    await deliver(
      server,
      stripeEvent('checkout.session.completed', checkoutSession({ requestId: canceled, amount: 12_500 })),
    );
    expect(await read(canceled)).toMatchObject({ status: 'CANCELED', needsAttention: true, amountPaid: 12_500 });
  });

  it('a dispute marks the payment and asks for attention; a disputed charge cannot be refunded', async () => {
    const id = await quoted();
    const session = checkoutSession({ requestId: id, amount: 12_500 });
    await deliver(server, stripeEvent('checkout.session.completed', session));
    await deliver(
      server,
      stripeEvent('charge.dispute.created', {
        id: 'dp_1',
        object: 'dispute',
        amount: 12_500,
        status: 'needs_response',
        payment_intent: session.payment_intent,
      }),
    );
    const after = ok(
      await server.gql(
        `query($id: ID!) { serviceRequest(id: $id) { needsAttention attentionReason payments { disputed } } }`,
        { id },
        token,
      ),
    )['serviceRequest'];
    expect(after).toMatchObject({ needsAttention: true, payments: [{ disputed: true }] });
    const refund = await server.gql(`mutation($id: ID!) { refund(id: $id) { id } }`, { id }, token);
    expect(errorCode(refund)).toBe('CONFLICT');
    expect(refund.errors?.[0]?.message).toContain('disputed');
  });

  it('resolved attention stays resolved: the same cause reported again does not raise it, a new cause does', async () => {
    const id = await quoted();
    const first = checkoutSession({ requestId: id, amount: 12_500 });
    const second = checkoutSession({ requestId: id, amount: 12_500 });
    await deliver(server, stripeEvent('checkout.session.completed', first));
    await deliver(server, stripeEvent('checkout.session.completed', second));
    expect(await read(id)).toMatchObject({
      needsAttention: true,
      attentionReason: expect.stringContaining('double payment'),
    });
    ok(
      await server.gql(
        `mutation($id: ID!) { resolveAttention(id: $id, note: "refunded by hand") { id } }`,
        { id },
        token,
      ),
    );
    // More facts about the same second payment: its charge, and the completion delivered again.
    await deliver(
      server,
      stripeEvent('charge.succeeded', charge({ paymentIntent: second.payment_intent, amount: 12_500 })),
    );
    await deliver(server, stripeEvent('checkout.session.completed', second));
    expect(await read(id)).toMatchObject({ needsAttention: false });
    // A refund that fails is a new cause.
    const re = refund({ paymentIntent: first.payment_intent, amount: 1_000, status: 'failed' });
    await deliver(server, stripeEvent('refund.failed', re));
    expect(await read(id)).toMatchObject({ needsAttention: true, attentionReason: 'a refund of $10.00 failed' });
  });

  it('an inquiry asks for attention and can still be refunded; a chargeback cannot', async () => {
    const id = await quoted();
    const session = checkoutSession({ requestId: id, amount: 12_500 });
    await deliver(server, stripeEvent('checkout.session.completed', session));
    const inquiry = dispute({
      paymentIntent: session.payment_intent,
      amount: 12_500,
      status: 'warning_needs_response',
    });
    await deliver(server, stripeEvent('charge.dispute.created', inquiry));
    const query = `query($id: ID!) { serviceRequest(id: $id) { needsAttention attentionReason
      payments { disputed dispute { status reason evidenceDueBy outcome } } } }`;
    expect(ok(await server.gql(query, { id }, token))['serviceRequest']).toMatchObject({
      needsAttention: true,
      attentionReason: 'An inquiry about $125.00 (fraudulent)',
      payments: [
        { disputed: false, dispute: { status: 'warning_needs_response', reason: 'fraudulent', outcome: null } },
      ],
    });
    const dueBy = Math.floor(Date.now() / 1000) + 7 * 86_400;
    const chargeback = { ...inquiry, status: 'needs_response', evidence_details: { due_by: dueBy } };
    await deliver(server, stripeEvent('charge.dispute.updated', chargeback));
    const after = ok(await server.gql(query, { id }, token))['serviceRequest'];
    expect(after.payments[0]).toMatchObject({ disputed: true, dispute: { status: 'needs_response' } });
    expect(after.attentionReason).toContain(`evidence due by ${new Date(dueBy * 1000).toISOString().slice(0, 10)}`);
    expect(errorCode(await server.gql(`mutation($id: ID!) { refund(id: $id) { id } }`, { id }, token))).toBe(
      'CONFLICT',
    );
  });

  it('a replay of an event still waiting for its payment answers false and shows it parked, waiting for it', async () => {
    const pi = stripeId('pi');
    const early = stripeEvent('refund.created', refund({ paymentIntent: pi, amount: 500, status: 'pending' }));
    await deliver(server, early);
    const replayed = ok(
      await server.gql(`mutation($id: ID!) { replayWebhookEvent(id: $id) }`, { id: early.id }, token),
    );
    expect(replayed['replayWebhookEvent']).toBe(false);
    const parked = ok(
      await server.gql(`{ webhookEvents(status: "parked") { edges { node { id status note } } } }`, {}, token),
    );
    expect(parked['webhookEvents'].edges.map((e: any) => e.node)).toContainEqual({
      id: early.id,
      status: 'PARKED',
      note: `waiting for ${pi}`,
    });
  });

  it('a handler that throws leaves the event failed with its error; a replay applies it once', async () => {
    const id = await quoted();
    const conn = server.orm.em.getConnection();
    await conn.execute(
      `create function refuse_payment() returns trigger language plpgsql as $$ begin raise exception 'payments are switched off'; end $$`,
    );
    await conn.execute(
      `create trigger refuse_payment before insert on payment for each row execute function refuse_payment()`,
    );
    const event = stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 12_500 }));
    try {
      expect((await deliver(server, event)).status).toBe(200); // recorded: Stripe need not retry
    } finally {
      await conn.execute('drop trigger refuse_payment on payment');
      await conn.execute('drop function refuse_payment');
    }
    const failed = ok(
      await server.gql(
        `{ webhookEvents(status: "failed") { edges { node { id status attempts error } } } }`,
        {},
        token,
      ),
    );
    expect(failed['webhookEvents'].edges.map((e: any) => e.node)).toContainEqual(
      expect.objectContaining({
        id: event.id,
        status: 'FAILED',
        attempts: 1,
        error: expect.stringContaining('payments are switched off'),
      }),
    );
    // In words, without the statement that raised it.
    const shown = failed['webhookEvents'].edges.find((e: any) => e.node.id === event.id).node.error as string;
    expect(shown).not.toMatch(/insert into|values \(/i);
    expect((await read(id)).status).toBe('QUOTED'); // nothing half-applied
    expect(
      ok(await server.gql(`mutation($id: ID!) { replayWebhookEvent(id: $id) }`, { id: event.id }, token))[
        'replayWebhookEvent'
      ],
    ).toBe(true);
    expect(
      ok(await server.gql(`mutation($id: ID!) { replayWebhookEvent(id: $id) }`, { id: event.id }, token))[
        'replayWebhookEvent'
      ],
    ).toBe(false);
    const after = await read(id);
    expect(after.status).toBe('PAID');
    expect(after.payments).toHaveLength(1);
  });

  it('answers 503 when the event cannot be recorded, so that Stripe retries', async () => {
    const other = await startTestServer({ DATABASE_URL: server.settings.DATABASE_URL as string });
    await other.orm.close(true);
    const event = stripeEvent(
      'checkout.session.completed',
      checkoutSession({ requestId: '00000000-0000-4000-8000-000000000000', amount: 100 }),
    );
    expect((await deliver(other, event)).status).toBe(503);
    await other.close().catch(() => undefined);
    expect(await server.orm.em.fork().count(WebhookEvent, { id: event.id })).toBe(0);
  });
});
