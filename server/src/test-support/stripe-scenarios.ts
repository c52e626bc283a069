import {
  charge,
  checkoutSession,
  dispute,
  paymentIntent,
  refund,
  stripeEvent,
  type StripeEventFixture,
} from '@service-desk/stripe-emulator/fixtures';

/**
 * A model of Stripe's side: for one request, the events Stripe would send for a scenario, in
 * Stripe's own order, each `created` one second after the last (so the order is also the times'),
 * and the final state of every object, which a model Stripe backend answers retrieves with.
 */
export interface Scenario {
  name: string;
  /** An admin action before the events (a payment after cancel). */
  before?: 'cancel';
  /** The quote's deposit (smallest unit), when it asks one. */
  deposit?: number;
  /** Where Stripe's order must end, where the scenario says. */
  ends?: { status: string; amountDue: number; causes: string[] };
  build(requestId: string, amount: number, start: number): ScenarioRun;
}

export interface ScenarioRun {
  events: StripeEventFixture[];
  /** Stripe object id → the role it plays (`pi1`, `re2` …), to compare runs made with other ids. */
  roles: Map<string, string>;
  /** The final state Stripe holds for each object (what a retrieve answers). */
  objects: Map<string, { kind: 'payment' | 'charge' | 'refund' | 'dispute'; state: string }>;
}

/** Builds a run from steps: each step is one event, dated a second after the previous. */
class Run implements ScenarioRun {
  events: StripeEventFixture[] = [];
  roles = new Map<string, string>();
  objects: ScenarioRun['objects'] = new Map();
  private at: number;

  constructor(
    readonly requestId: string,
    readonly amount: number,
    start: number,
  ) {
    this.at = start;
  }

  id(role: string, prefix: string): string {
    const id = `${prefix}_${role}_${Math.random().toString(36).slice(2, 12)}`;
    this.roles.set(id, role);
    return id;
  }

  event(type: string, object: Record<string, unknown>): this {
    this.events.push(stripeEvent(type, object, { created: this.at }));
    this.at += 1;
    return this;
  }

  /** A card payment through a Checkout Session: completed (paid), then its charge. `purpose`: its metadata's. */
  cardPayment(pi: string, amount = this.amount, purpose?: 'DEPOSIT' | 'BALANCE'): this {
    const created = this.at;
    const session = checkoutSession({ requestId: this.requestId, amount, paymentIntent: pi, created });
    this.event('checkout.session.completed', {
      ...session,
      metadata: { ...session.metadata, ...(purpose && { purpose }) },
    });
    this.event('charge.succeeded', charge({ paymentIntent: pi, amount, methodType: 'card' }));
    this.objects.set(pi, { kind: 'payment', state: 'succeeded' });
    return this;
  }
}

const refunds = (run: Run, pi: string) => ({
  /** A refund through its states, each a `refund.created` / `refund.updated` / `refund.failed`. */
  states(re: string, amount: number, states: ('pending' | 'succeeded' | 'failed')[]) {
    states.forEach((status, index) => {
      const type = index === 0 ? 'refund.created' : status === 'failed' ? 'refund.failed' : 'refund.updated';
      run.event(type, refund({ id: re, paymentIntent: pi, amount, status }));
    });
    run.objects.set(re, { kind: 'refund', state: states.at(-1) as string });
  },
  /** The bank returned a refund that had succeeded. */
  fail(re: string, amount: number) {
    run.event('refund.failed', refund({ id: re, paymentIntent: pi, amount, status: 'failed' }));
    run.objects.set(re, { kind: 'refund', state: 'failed' });
  },
  /** `charge.refunded` with Stripe's running total. */
  total(amountRefunded: number) {
    run.event('charge.refunded', charge({ paymentIntent: pi, amount: run.amount, amountRefunded }));
  },
});

const disputes =
  (run: Run, pi: string, dp: string) =>
  (type: string, status: string, withdrawn = false, reinstated = false) => {
    const balance = [
      ...(withdrawn ? [{ amount: -run.amount, fee: 1_500 }] : []),
      ...(reinstated ? [{ amount: run.amount, fee: 0 }] : []),
    ];
    run.event(
      type,
      dispute({
        id: dp,
        paymentIntent: pi,
        amount: run.amount,
        status,
        reason: 'fraudulent',
        evidenceDueBy: 1_900_000_000,
        balanceTransactions: balance,
      }),
    );
    run.objects.set(dp, { kind: 'dispute', state: status });
  };

/** The deposit of the deposit scenarios' quotes. */
const DEPOSIT = 3_750;

export const SCENARIOS: Scenario[] = [
  {
    name: 'card payment',
    build(requestId, amount, start) {
      const run = new Run(requestId, amount, start);
      const pi = run.id('pi1', 'pi');
      run.cardPayment(pi);
      run.event('payment_intent.succeeded', paymentIntent({ id: pi, requestId, amount, status: 'succeeded' }));
      return run;
    },
  },
  {
    name: 'delayed success',
    build(requestId, amount, start) {
      const run = new Run(requestId, amount, start);
      const pi = run.id('pi1', 'pi');
      const session = checkoutSession({
        requestId,
        amount,
        paymentIntent: pi,
        paymentStatus: 'unpaid',
        created: start,
      });
      run.event('checkout.session.completed', session);
      run.event(
        'charge.pending',
        charge({ paymentIntent: pi, amount, status: 'pending', methodType: 'us_bank_account' }),
      );
      run.event('checkout.session.async_payment_succeeded', { ...session, payment_status: 'paid' });
      run.event('charge.succeeded', charge({ paymentIntent: pi, amount, methodType: 'us_bank_account' }));
      run.objects.set(pi, { kind: 'payment', state: 'succeeded' });
      return run;
    },
  },
  {
    name: 'delayed failure, then a second payment that succeeds',
    build(requestId, amount, start) {
      const run = new Run(requestId, amount, start);
      const first = run.id('pi1', 'pi');
      const session = checkoutSession({
        requestId,
        amount,
        paymentIntent: first,
        paymentStatus: 'unpaid',
        created: start,
      });
      run.event('checkout.session.completed', session);
      run.event(
        'charge.pending',
        charge({ paymentIntent: first, amount, status: 'pending', methodType: 'us_bank_account' }),
      );
      run.event('checkout.session.async_payment_failed', session);
      run.event(
        'payment_intent.payment_failed',
        paymentIntent({
          id: first,
          requestId,
          amount,
          status: 'requires_payment_method',
          failure: 'The bank returned the debit',
        }),
      );
      run.objects.set(first, { kind: 'payment', state: 'failed' });
      run.cardPayment(run.id('pi2', 'pi'));
      return run;
    },
  },
  {
    name: 'partial refunds, then the rest',
    build(requestId, amount, start) {
      const run = new Run(requestId, amount, start);
      const pi = run.id('pi1', 'pi');
      run.cardPayment(pi);
      const r = refunds(run, pi);
      r.states(run.id('re1', 're'), 2_500, ['pending', 'succeeded']);
      r.total(2_500);
      r.states(run.id('re2', 're'), amount - 2_500, ['succeeded']);
      r.total(amount);
      return run;
    },
  },
  {
    name: 'a refund that fails after it succeeded',
    build(requestId, amount, start) {
      const run = new Run(requestId, amount, start);
      const pi = run.id('pi1', 'pi');
      run.cardPayment(pi);
      const r = refunds(run, pi);
      const re = run.id('re1', 're');
      r.states(re, amount, ['pending', 'succeeded']);
      r.total(amount);
      r.fail(re, amount);
      return run;
    },
  },
  {
    name: 'dispute inquiry',
    build(requestId, amount, start) {
      const run = new Run(requestId, amount, start);
      const pi = run.id('pi1', 'pi');
      run.cardPayment(pi);
      const d = disputes(run, pi, run.id('dp1', 'dp'));
      d('charge.dispute.created', 'warning_needs_response');
      d('charge.dispute.updated', 'warning_under_review');
      return run;
    },
  },
  {
    name: 'dispute won',
    build(requestId, amount, start) {
      const run = new Run(requestId, amount, start);
      const pi = run.id('pi1', 'pi');
      run.cardPayment(pi);
      const d = disputes(run, pi, run.id('dp1', 'dp'));
      d('charge.dispute.created', 'needs_response');
      d('charge.dispute.funds_withdrawn', 'needs_response', true);
      d('charge.dispute.updated', 'under_review', true);
      d('charge.dispute.closed', 'won', true);
      d('charge.dispute.funds_reinstated', 'won', true, true);
      return run;
    },
  },
  {
    name: 'dispute lost',
    build(requestId, amount, start) {
      const run = new Run(requestId, amount, start);
      const pi = run.id('pi1', 'pi');
      run.cardPayment(pi);
      const d = disputes(run, pi, run.id('dp1', 'dp'));
      d('charge.dispute.created', 'needs_response');
      d('charge.dispute.funds_withdrawn', 'needs_response', true);
      d('charge.dispute.closed', 'lost', true);
      return run;
    },
  },
  {
    name: 'payment after cancel',
    before: 'cancel',
    build(requestId, amount, start) {
      const run = new Run(requestId, amount, start);
      run.cardPayment(run.id('pi1', 'pi'));
      return run;
    },
  },
  {
    name: 'two links paid',
    build(requestId, amount, start) {
      const run = new Run(requestId, amount, start);
      run.cardPayment(run.id('pi1', 'pi'));
      run.cardPayment(run.id('pi2', 'pi'));
      return run;
    },
  },
  {
    name: 'deposit, then the balance',
    deposit: DEPOSIT,
    // The balance after a paid deposit is not a second payment.
    ends: { status: 'PAID', amountDue: 0, causes: [] },
    build(requestId, amount, start) {
      const run = new Run(requestId, amount, start);
      run.cardPayment(run.id('pi1', 'pi'), DEPOSIT, 'DEPOSIT');
      run.cardPayment(run.id('pi2', 'pi'), amount - DEPOSIT, 'BALANCE');
      return run;
    },
  },
  {
    name: 'the customer chose to pay in full',
    deposit: DEPOSIT,
    // A quote offering a deposit, paid in full: it pays the quote, nothing more is due.
    ends: { status: 'PAID', amountDue: 0, causes: [] },
    build(requestId, amount, start) {
      const run = new Run(requestId, amount, start);
      run.cardPayment(run.id('pi1', 'pi'));
      return run;
    },
  },
  {
    name: 'deposit and the full amount both paid',
    deposit: DEPOSIT,
    // The full payment pays the quote; the deposit beside it is the second payment.
    ends: { status: 'PAID', amountDue: 0, causes: ['SECOND_PAYMENT pi1'] },
    build(requestId, amount, start) {
      const run = new Run(requestId, amount, start);
      run.cardPayment(run.id('pi1', 'pi'), DEPOSIT, 'DEPOSIT');
      run.cardPayment(run.id('pi2', 'pi'));
      return run;
    },
  },
];
