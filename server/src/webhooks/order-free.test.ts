import fc from 'fast-check';
import pMap from 'p-map';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ModelStripe } from '../test-support/model-stripe';
import { createRequest } from '../test-support/requests';
import { deliver } from '../test-support/stripe-events';
import { SCENARIOS, type Scenario } from '../test-support/stripe-scenarios';
import { ok, startTestServer, type TestServer } from '../test-support/test-server';

/**
 * Stripe delivers at least once, in no promised order. For every scenario of the model
 * (test-support/stripe-scenarios.ts), each delivery order — Stripe's, reversed, each event moved to
 * every other position, and seeded random orders with duplicates — must end in the state that
 * Stripe's own order gives, through the real webhook route. `ORDER_FREE_RUNS=all` tries every
 * permutation of the scenarios of up to 7 events. The whole test runs twice: with a Stripe that
 * answers retrieves from the model, and with one that answers 404 to every retrieve.
 */

const AMOUNT = 12_500;
/** Every run dates its events from the same second, so their times compare across runs. */
const START = Math.floor(Date.now() / 1000) - 86_400;
const SEED = Number(process.env['ORDER_FREE_SEED'] ?? Date.now() % 2_147_483_647);
const ALL = process.env['ORDER_FREE_RUNS'] === 'all';
const MONEY_KINDS = ['PAYMENT_RECEIVED', 'PAYMENT_PROCESSING', 'PAYMENT_FAILED', 'REFUND', 'REFUND_FAILED', 'DISPUTE'];

const STATE_QUERY = `query($id: ID!) { serviceRequest(id: $id) {
  status amountPaid amountRefunded amountDue needsAttention attentionCauses { kind subject }
  payments { stripePaymentIntentId status amount refunded paymentMethodType
    dispute { status amountWithdrawn fees reason evidenceDueBy outcome }
    refunds { stripeRefundId status amount } }
  timeline { kind amount source at } } }`;

/** The state compared across orders, with Stripe ids replaced by their roles in the scenario. */
function normalize(request: any, roles: Map<string, string>) {
  const role = (id: string | null) => (id ? (roles.get(id) ?? id) : id);
  const byKey =
    <T>(key: (item: T) => string) =>
    (a: T, b: T) =>
      key(a).localeCompare(key(b));
  return {
    status: request.status,
    amountPaid: request.amountPaid,
    amountRefunded: request.amountRefunded,
    amountDue: request.amountDue,
    needsAttention: request.needsAttention,
    causes: request.attentionCauses.map((c: any) => `${c.kind} ${role(c.subject)}`).sort(),
    payments: request.payments
      .map((p: any) => ({
        ...p,
        stripePaymentIntentId: role(p.stripePaymentIntentId),
        refunds: p.refunds
          .map((r: any) => ({ ...r, stripeRefundId: role(r.stripeRefundId) }))
          .sort(byKey((r: any) => r.stripeRefundId)),
      }))
      .sort(byKey((p: any) => p.stripePaymentIntentId)),
    // A multiset: (kind, amount, source), and for what Stripe reported the time it happened.
    timeline: request.timeline
      .map((e: any) => [e.kind, e.amount, e.source, MONEY_KINDS.includes(e.kind) ? e.at : ''].join(' '))
      .sort(),
  };
}

const reversed = (n: number) => Array.from({ length: n }, (_, i) => n - 1 - i);
const inOrder = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Each event moved to every other position. */
function moves(n: number): number[][] {
  const orders = new Map<string, number[]>();
  for (let from = 0; from < n; from++) {
    for (let to = 0; to < n; to++) {
      if (from === to) continue;
      const order = inOrder(n).filter((i) => i !== from);
      order.splice(to, 0, from);
      orders.set(order.join(','), order);
    }
  }
  return [...orders.values()];
}

function permutations(items: number[]): number[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

/** A random order of all `n` events, with up to three of them delivered again somewhere. */
const orderWithDuplicates = (n: number) =>
  fc
    .tuple(
      fc.shuffledSubarray(inOrder(n), { minLength: n, maxLength: n }),
      fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n)), { maxLength: 3 }),
    )
    .map(([order, copies]) => {
      const result = [...order];
      for (const [event, at] of copies) result.splice(Math.min(at, result.length), 0, event);
      return result;
    });

function suite(label: string, missing: boolean) {
  describe(label, () => {
    let server: TestServer;
    let token: string;
    const stripe = new ModelStripe(missing ? 'missing' : 'answer');

    beforeAll(async () => {
      await stripe.start();
      server = await startTestServer({ STRIPE_API_URL: stripe.url });
      token = await server.login();
    });
    afterAll(async () => {
      await server.close();
      await stripe.close();
    });

    /** Delivers the scenario's events in `order` to a new request; returns its state. */
    async function deliverInOrder(scenario: Scenario, order: number[]) {
      const { id } = await createRequest(server, token);
      ok(
        await server.gql(
          'mutation($id: ID!, $a: Int!, $d: Int) { quote(id: $id, amount: $a, depositAmount: $d) { id } }',
          { id, a: AMOUNT, d: scenario.deposit ?? null },
          token,
        ),
      );
      if (scenario.before === 'cancel')
        ok(await server.gql('mutation($id: ID!) { cancel(id: $id) { id } }', { id }, token));
      const run = scenario.build(id, AMOUNT, START);
      for (const [objectId, object] of run.objects) stripe.objects.set(objectId, object);
      const em = server.orm.em.fork();
      for (const index of order) {
        const event = run.events[index] as (typeof run.events)[number];
        expect((await deliver(server, event)).status, `${scenario.name}: ${event.type}`).toBe(200);
        // No total is ever negative on the way, nor more refunded than paid.
        const [wrong] = await em.execute<{ count: number }[]>(
          `select count(*)::int as count from payment where service_request_id = ? and (refunded < 0 or refunded > amount)`,
          [id],
        );
        expect(wrong?.count, `${scenario.name} after ${event.type}`).toBe(0);
      }
      // Every acknowledged event is applied or ignored once the worker has settled (`deliver` waits for it).
      const pending = await em.execute<{ id: string; status: string; error: string | null }[]>(
        `select id, status, error from webhook_event where id in (?) and status not in ('APPLIED', 'IGNORED')`,
        [run.events.map((e) => e.id)],
      );
      expect(pending, `${scenario.name}: events left unapplied`).toEqual([]);
      const state = ok(await server.gql(STATE_QUERY, { id }, token))['serviceRequest'];
      expect(state.timeline.every((e: any) => e.amount === null || e.amount >= 0)).toBe(true);
      // The customer's receipts and notices of refunds that succeeded: the same, once each, in every
      // order. (A refund that failed after it succeeded was told of only if its success came first.)
      const mails = await em.execute<{ kind: string; amount: string }[]>(
        `select m.kind, substring(m.subject from '[0-9.,]+$') as amount from outbox_message m
         left join refund r on m.key = 'refund:' || r.stripe_refund_id
         where m.service_request_id = ? and (m.kind = 'RECEIPT' or (m.kind = 'REFUND' and r.status = 'SUCCEEDED'))
         order by 1, 2`,
        [id],
      );
      // Unpaid but payable: no payment may be left processing (the customer could never pay again).
      if (['QUOTED', 'AWAITING_PAYMENT'].includes(state.status)) {
        expect(state.payments.filter((p: any) => p.status === 'PROCESSING')).toEqual([]);
      }
      // Each Stripe object's state as stored, by its role: compared with the model's in Stripe's order.
      const objects = await em.execute<{ id: string; state: string }[]>(
        `select p.stripe_payment_intent_id as id, p.stripe_state as state from payment p where p.service_request_id = ?
         union all select r.stripe_refund_id, r.stripe_state from refund r join payment p on p.id = r.payment_id
           where p.service_request_id = ?
         union all select d.stripe_dispute_id, d.status from dispute d join payment p on p.id = d.payment_id
           where p.service_request_id = ?`,
        [id, id, id],
      );
      const stripeStates = Object.fromEntries(
        objects.map((o) => [run.roles.get(o.id) ?? o.id, o.state] as const).sort(([a], [b]) => a.localeCompare(b)),
      );
      return { ...normalize(state, run.roles), mails: mails.map((m) => `${m.kind} ${m.amount}`), stripeStates };
    }

    describe.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
      const n = scenario.build('probe', AMOUNT, START).events.length;
      let expected: Awaited<ReturnType<typeof deliverInOrder>>;

      beforeAll(async () => {
        expected = await deliverInOrder(scenario, inOrder(n));
      });

      it('Stripe’s order ends where Stripe is', () => {
        expect(expected.payments.length).toBeGreaterThan(0);
        expect(expected.amountRefunded).toBeGreaterThanOrEqual(0);
        // A receipt per payment whose money arrived, a notice per refund that succeeded at some point.
        const received = expected.payments.filter((p: any) => p.status !== 'PROCESSING' && p.status !== 'FAILED');
        expect(expected.mails.filter((m) => m.startsWith('RECEIPT'))).toHaveLength(received.length);
        const refunded = expected.payments.flatMap((p: any) => p.refunds).filter((r: any) => r.status === 'SUCCEEDED');
        expect(expected.mails.filter((m) => m.startsWith('REFUND'))).toHaveLength(refunded.length);
        if (scenario.ends) expect(expected).toMatchObject(scenario.ends);
        // Every payment, refund and dispute ends in the state Stripe holds for it (the model's).
        const probe = scenario.build('probe', AMOUNT, START);
        const atStripe = [...probe.objects]
          .filter(([, object]) => object.kind !== 'charge')
          .map(([objectId, object]) => [probe.roles.get(objectId) ?? objectId, object.state] as const);
        expect(expected.stripeStates).toEqual(Object.fromEntries(atStripe));
      });

      it('reversed, and with each event moved to every other position, ends the same', async () => {
        const orders = [reversed(n), ...moves(n)];
        const results = await pMap(orders, (order) => deliverInOrder(scenario, order), { concurrency: 6 });
        results.forEach((result, index) => expect(result, `order ${orders[index]?.join(',')}`).toEqual(expected));
      });

      it(`in random orders with duplicates (seed ${SEED})`, async () => {
        await fc.assert(
          fc.asyncProperty(orderWithDuplicates(n), async (order) => {
            expect(await deliverInOrder(scenario, order), `order ${order.join(',')}`).toEqual(expected);
          }),
          { seed: SEED, numRuns: 20, endOnFailure: true },
        );
      });

      it.runIf(ALL && n <= 7)(
        'in every order (ORDER_FREE_RUNS=all)',
        async () => {
          const orders = permutations(inOrder(n));
          const results = await pMap(orders, (order) => deliverInOrder(scenario, order), { concurrency: 8 });
          results.forEach((result, index) => expect(result, `order ${orders[index]?.join(',')}`).toEqual(expected));
        },
        3_600_000,
      );
    });
  });
}

suite('with a Stripe that answers retrieves', false);
suite('with a Stripe that answers 404 to every retrieve', true);
