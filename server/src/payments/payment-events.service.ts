import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';
import { formatAmount } from '@service-desk/currency';
import type { Logger } from 'pino';

import { NotFoundError } from '../common/errors';
import { completeStripePayment, insertStripePayment } from '../data/payments';
import { knownFact } from '../data/requests';
import type { RequestView, TimelineDraft } from '../data/requests';
import type { Engine, RequestChange } from '../engine/engine';
import { amountFor, PAYABLE } from '../engine/lifecycle';
import { MONEY_RECEIVED, PaymentMethod, PaymentStatus, PayPurpose } from '../engine/payment-enums';
import { ChangeSource, ServiceRequestStatus as S } from '../engine/status';
import { REFUND_COUNTS, RefundStatus } from './refund.entity';
import {
  decide,
  DISPUTE_BLOCKS_REFUND,
  DISPUTE_OPEN,
  type Fact,
  isKnownState,
  type StripeObjectKind,
} from './stripe-state-rules';

/** A payment as Stripe reports it, whichever event (or sync) brings it. */
export interface PaymentFact {
  requestId: string;
  paymentIntentId: string;
  /** What the customer paid, taxes included (`amount_total`; a PaymentIntent's `amount`). */
  amount: number;
  /** A Checkout Session's `amount_subtotal` (before its exclusive taxes). */
  subtotal?: number | undefined;
  /** The Payment Link or Checkout Session it was paid through, when the fact names it. */
  linkStripeId?: string | undefined;
  currency: string;
  quoteVersion: number | undefined;
  /** What it pays for (its metadata's `purpose`); FULL when it names none. */
  purpose?: PayPurpose | undefined;
  state: 'succeeded' | 'processing' | 'failed';
  failure?: string | undefined;
  /** The event's `created` (seconds). */
  at: number;
  /** When Stripe created the payment (the session's or PaymentIntent's `created`, seconds). */
  createdAt: number;
}

export interface RefundFact {
  paymentIntentId: string;
  refundId: string;
  amount: number;
  /** Stripe's refund status. */
  state: string;
  at: number;
}

/** What a Charge tells: how the customer paid, and Stripe's running refunded total. */
export interface ChargeFact {
  paymentIntentId: string;
  methodType: string | undefined;
  /** The card's `brand` and `last4`, when it was paid by card. */
  card: { brand: string; last4: string } | undefined;
  amountRefunded: number | undefined;
}

export interface DisputeFact {
  paymentIntentId: string;
  disputeId: string;
  state: string;
  amount: number;
  reason: string | undefined;
  evidenceDueBy: Date | undefined;
  /** Its balance transactions so far: the money taken (negative amounts) or given back, and fees. */
  balanceTransactions: { amount: number; fee: number }[];
  at: number;
}

/** What a Stripe dispute object (from an event, or the answer to an update) says, reported at `at` (epoch seconds). */
export function disputeFact(paymentIntentId: string, object: Record<string, any>, at: number): DisputeFact {
  const dueBy = object['evidence_details']?.['due_by'];
  return {
    paymentIntentId,
    disputeId: object['id'],
    state: object['status'],
    amount: object['amount'],
    reason: object['reason'] ?? undefined,
    evidenceDueBy: typeof dueBy === 'number' ? new Date(dueBy * 1000) : undefined,
    balanceTransactions: ((object['balance_transactions'] ?? []) as Record<string, any>[]).map((t) => ({
      amount: Number(t['amount'] ?? 0),
      fee: Number(t['fee'] ?? 0),
    })),
    at,
  };
}

/** The current state of one Stripe object, asked only to break a tie the state rules cannot. */
export type StateLookup = (kind: StripeObjectKind, id: string) => Promise<string | undefined>;

/** A payment whose money arrived, as its receipt tells it. */
export interface ReceivedPayment {
  id: string;
  amount: number;
  currency: string;
  method: PaymentMethod;
  /** Stripe's payment method type (`card`, `us_bank_account`), once a Charge told it. */
  methodType: string | null;
  /** The card's brand and last 4 digits, once a Charge told them. */
  cardBrand: string | null;
  cardLast4: string | null;
  at: Date;
}

export interface SucceededRefund {
  stripeRefundId: string;
  amount: number;
  currency: string;
}

/**
 * What the customer is told of money, in the transaction that records it (payments.service.ts
 * mails them): each is called once per fact it tells, and its mail is keyed to go once anyway.
 */
export interface PaymentNotices {
  /** A delayed payment failed: the same /pay URL leads to a fresh payment page. */
  failed(tx: EntityManager, request: RequestView, amount: number): Promise<void>;
  /** A payment's money arrived: the receipt. */
  received(tx: EntityManager, request: RequestView, payment: ReceivedPayment): Promise<void>;
  refunded(tx: EntityManager, request: RequestView, refund: SucceededRefund): Promise<void>;
}

interface KnownPayment {
  id: string;
  status: PaymentStatus;
}

/** The payment of `paymentIntentId`, if one is recorded (read in `em`'s transaction, if any). */
export async function knownPayment(em: EntityManager, paymentIntentId: string): Promise<KnownPayment | undefined> {
  const [row] = await em.execute<KnownPayment[]>('select id, status from payment where stripe_payment_intent_id = ?', [
    paymentIntentId,
  ]);
  return row;
}

/** A payment row with what its refunds and dispute add up to: what `settle` derives from. */
interface PaymentRow {
  id: string;
  method: PaymentMethod;
  stripe_payment_intent_id: string | null;
  amount: number;
  currency: string;
  quote_version: number | null;
  amount_subtotal: number | null;
  purpose: PayPurpose;
  /** What its link expected Stripe to report (null: no link known, or one from before expectations). */
  expected_subtotal: number | null;
  expected_total: number | null;
  stripe_state: string | null;
  payment_method_type: string | null;
  card_brand: string | null;
  card_last4: string | null;
  /** When Stripe reported `stripe_state` (the event's `created`). */
  state_at: string | null;
  status: PaymentStatus;
  refunded: number;
  disputed: boolean;
  charge_refunded: number;
  made_at: string;
  refund_counting: number;
  refund_succeeded: number;
  refund_known: number;
  disputes: {
    stripe_dispute_id: string;
    status: string;
    amount: number;
    reason: string | null;
    evidence_due_by: string | null;
  }[];
  failed_refunds: { stripe_refund_id: string; amount: number }[];
}

interface Cause {
  kind: string;
  subject: string;
  note: string;
}

/** The causes `settle` derives; others (an earlier flag) are left to the admin. */
const DERIVED_CAUSES = [
  'PAID_AFTER_CLOSE',
  'PAID_AFTER_EXPIRY',
  'CURRENCY_MISMATCH',
  'OLD_QUOTE',
  'AMOUNT_MISMATCH',
  'SECOND_PAYMENT',
  'REFUND_FAILED',
  'REFUNDS_UNKNOWN',
  'DISPUTE_OPEN',
  'DISPUTE_LOST',
];

/** Whole seconds of a timestamp as the driver returns it (a string or a Date). */
const seconds = (value: string | null | undefined) => (value ? Math.floor(new Date(value).getTime() / 1000) : 0);
const dateOf = (at: number) => new Date(at * 1000);

/**
 * What Stripe tells about money. Each report is a fact about one object; the object keeps its latest
 * state by the rules of stripe-state-rules.ts, and everything else — the payment's status and refunded
 * total, the request's money-driven status, its attention causes — is derived from the stored rows
 * in the same transaction (`settle`). So any delivery order of the same events, with duplicates,
 * ends in the same state, and the timeline holds one entry per fact, dated by its event.
 */
export class PaymentEventsService {
  constructor(
    private readonly engine: Engine,
    private readonly lookup: StateLookup,
    private readonly log: Logger,
    private readonly notices: PaymentNotices,
  ) {}

  /** Returns false when the request is unknown. */
  async receivePayment(em: EntityManager, p: PaymentFact, source: ChangeSource): Promise<boolean> {
    // The return page and reconciliation mostly report facts stored already, which change nothing:
    // one read instead of the request's row lock (unless the fact names the link the payment went
    // through, which a PaymentIntent's fact did not). A webhook's fact is new but for rare overlaps
    // (a redelivered event is never applied twice), so it goes straight to the lock.
    if (source !== ChangeSource.WEBHOOK) {
      const [known] = await em.execute(
        `select 1 from payment p join timeline_entry t on t.service_request_id = p.service_request_id and t.fact_key = ?
         where p.stripe_payment_intent_id = ? and p.stripe_state = ? and t.at <= ?::timestamptz
           and (p.stripe_link_id is not null or ?::text is null)`,
        [
          `${p.paymentIntentId}:${p.state}`,
          p.paymentIntentId,
          p.state,
          dateOf(p.at).toISOString(),
          p.linkStripeId ?? null,
        ],
      );
      if (known) return true;
    }
    return this.changeRequest(em, p.requestId, async (change, tx) => {
      // The payment is inserted unless known (a first fact needs no state rule: it is the state).
      const inserted = await insertStripePayment(tx, {
        requestId: change.request.id,
        paymentIntentId: p.paymentIntentId,
        amount: p.amount,
        subtotal: p.subtotal,
        linkStripeId: p.linkStripeId,
        currency: p.currency,
        quoteVersion: p.quoteVersion,
        purpose: p.purpose,
        state: p.state,
        status: paymentStatus({
          ...NOTHING_REFUNDED,
          method: PaymentMethod.STRIPE,
          stripe_state: p.state,
          amount: p.amount,
        }),
        stateAt: dateOf(p.at),
        createdAt: dateOf(p.createdAt),
      });
      const { stored, next } = inserted
        ? { stored: undefined, next: { state: p.state, at: p.at } }
        : await this.advancePayment(tx, p.paymentIntentId, { state: p.state, at: p.at });
      if (!inserted && p.linkStripeId) await completeStripePayment(tx, p.paymentIntentId, p.subtotal, p.linkStripeId);
      const money = formatAmount(p.amount, p.currency);
      const entry =
        p.state === 'processing'
          ? { kind: 'PAYMENT_PROCESSING', note: `${money} on its way` }
          : p.state === 'failed'
            ? { kind: 'PAYMENT_FAILED', note: p.failure ?? 'The payment failed' }
            : { kind: 'PAYMENT_RECEIVED', note: undefined };
      const draft = { ...entry, source, amount: p.amount };
      const key = `${p.paymentIntentId}:${p.state}`;
      // Only this fact's first report records it, with its payment: a payment new here has no
      // entry of it yet (a failure is also told by a declined attempt before any payment, though).
      const recorded =
        inserted && p.state !== 'failed'
          ? change.record({ ...draft, factKey: key, at: dateOf(p.at) })
          : await this.recordFact(tx, change, key, p.at, draft);
      const failedNow = next?.state === 'failed' && stored?.state !== 'failed';
      await this.settle(tx, change, source, recorded, inserted);
      // The customer hears of it once, with the /pay URL, which leads to a fresh payment page.
      if (failedNow && recorded && PAYABLE.includes(change.request.status)) {
        await this.notices.failed(tx, change.request, p.amount);
      }
    });
  }

  /** Returns false when no payment with that PaymentIntent is known yet (the caller parks it). */
  async recordRefund(em: EntityManager, r: RefundFact, source: ChangeSource): Promise<boolean> {
    return this.changePayment(em, r.paymentIntentId, async (change, payment, tx) => {
      if (!isKnownState('refund', r.state)) {
        this.log.warn({ refund: r.refundId, state: r.state }, 'a refund state the rules do not know: kept out');
        return;
      }
      const [row] = await tx.execute<{ id: string; stripe_state: string | null; state_at: string | null }[]>(
        'select id, stripe_state, state_at from refund where stripe_refund_id = ?',
        [r.refundId],
      );
      const stored = row?.stripe_state ? { state: row.stripe_state, at: seconds(row.state_at) } : undefined;
      const next = await this.resolve('refund', r.refundId, stored, { state: r.state, at: r.at });
      if (next) {
        await tx.execute(
          `insert into refund (id, payment_id, stripe_refund_id, amount, status, stripe_state, state_at, created_at)
           values (?, ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz)
           on conflict (stripe_refund_id) do update set status = excluded.status, stripe_state = excluded.stripe_state,
             state_at = excluded.state_at`,
          [
            randomUUID(),
            payment.id,
            r.refundId,
            r.amount,
            refundStatus(next.state),
            next.state,
            dateOf(next.at).toISOString(),
            new Date().toISOString(),
          ],
        );
      }
      // Told once, when Stripe first reports it succeeded (in whatever order its events come).
      if (next?.state === 'succeeded' && stored?.state !== 'succeeded') {
        await this.notices.refunded(tx, change.request, {
          stripeRefundId: r.refundId,
          amount: r.amount,
          currency: payment.currency,
        });
      }
      const money = formatAmount(r.amount, payment.currency);
      const ended = r.state === 'failed' || r.state === 'canceled';
      const recorded = await this.recordFact(
        tx,
        change,
        ended ? `${r.refundId}:${r.state}` : r.refundId,
        r.at,
        ended
          ? {
              kind: r.state === 'failed' ? 'REFUND_FAILED' : 'REFUND_CANCELED',
              source,
              amount: r.amount,
              note: `The refund of ${money} ${r.state}`,
            }
          : { kind: 'REFUND', source, amount: r.amount, note: `${money} refunded` },
      );
      await this.settle(tx, change, source, recorded);
    });
  }

  /** How the customer paid and Stripe's refunded total; false when the payment is not known yet. */
  async recordCharge(em: EntityManager, c: ChargeFact, source: ChangeSource): Promise<boolean> {
    // Most charges tell the method alone: nothing settling derives from changes, so the payment row
    // is written without the request's lock, in one statement (the row lock is the last this
    // transaction takes, so it cannot deadlock with a change that holds the request's).
    const [quiet] = await em.execute<{ id: string }[]>(
      `update payment set payment_method_type = coalesce(?, payment_method_type),
         card_brand = coalesce(?, card_brand), card_last4 = coalesce(?, card_last4)
       where stripe_payment_intent_id = ? and charge_refunded >= ? returning id`,
      [c.methodType ?? null, c.card?.brand ?? null, c.card?.last4 ?? null, c.paymentIntentId, c.amountRefunded ?? 0],
    );
    if (quiet) return true;
    // Nothing refunded and no row updated: no such payment yet (a refunded total is never negative).
    if (!c.amountRefunded) return false;
    return this.changePayment(em, c.paymentIntentId, async (change, payment, tx) => {
      await tx.execute(
        `update payment set payment_method_type = coalesce(?, payment_method_type),
           card_brand = coalesce(?, card_brand), card_last4 = coalesce(?, card_last4),
           charge_refunded = greatest(charge_refunded, ?) where id = ?`,
        [c.methodType ?? null, c.card?.brand ?? null, c.card?.last4 ?? null, c.amountRefunded ?? 0, payment.id],
      );
      await this.settle(tx, change, source, undefined);
    });
  }

  async recordDispute(em: EntityManager, d: DisputeFact, source: ChangeSource): Promise<boolean> {
    return this.changePayment(em, d.paymentIntentId, async (change, payment, tx) => {
      if (!isKnownState('dispute', d.state)) {
        this.log.warn({ dispute: d.disputeId, state: d.state }, 'a dispute state the rules do not know: kept out');
        return;
      }
      const [row] = await tx.execute<{ status: string; state_at: string; balance_transactions: number }[]>(
        'select status, state_at, balance_transactions from dispute where stripe_dispute_id = ?',
        [d.disputeId],
      );
      const stored = row ? { state: row.status, at: seconds(row.state_at) } : undefined;
      const next = await this.resolve('dispute', d.disputeId, stored, { state: d.state, at: d.at });
      // Balance transactions only ever grow: the figures of the fact that saw the most win.
      const withdrawn = -d.balanceTransactions.reduce((sum, t) => sum + t.amount, 0);
      const fees = d.balanceTransactions.reduce((sum, t) => sum + t.fee, 0);
      await tx.execute(
        `insert into dispute (id, payment_id, stripe_dispute_id, status, reason, amount, evidence_due_by,
           amount_withdrawn, fees, balance_transactions, state_at, created_at)
         values (?, ?, ?, ?, ?, ?, ?::timestamptz, ?, ?, ?, ?::timestamptz, ?::timestamptz)
         on conflict (stripe_dispute_id) do update set
           status = case when ? then excluded.status else dispute.status end,
           state_at = case when ? then excluded.state_at else dispute.state_at end,
           reason = coalesce(excluded.reason, dispute.reason),
           evidence_due_by = coalesce(excluded.evidence_due_by, dispute.evidence_due_by),
           amount_withdrawn = case when excluded.balance_transactions > dispute.balance_transactions
             then excluded.amount_withdrawn else dispute.amount_withdrawn end,
           fees = case when excluded.balance_transactions > dispute.balance_transactions
             then excluded.fees else dispute.fees end,
           balance_transactions = greatest(excluded.balance_transactions, dispute.balance_transactions)`,
        [
          randomUUID(),
          payment.id,
          d.disputeId,
          next?.state ?? d.state,
          d.reason ?? null,
          d.amount,
          d.evidenceDueBy?.toISOString() ?? null,
          withdrawn,
          fees,
          d.balanceTransactions.length,
          dateOf(next?.at ?? d.at).toISOString(),
          new Date().toISOString(),
          next !== undefined,
          next !== undefined,
        ],
      );
      const money = formatAmount(d.amount, payment.currency);
      const recorded = await this.recordFact(tx, change, `${d.disputeId}:${d.state}`, d.at, {
        kind: 'DISPUTE',
        source,
        amount: d.amount,
        note: disputeNote(d.state, money, d.reason),
      });
      await this.settle(tx, change, source, recorded);
    });
  }

  /**
   * A declined or failed attempt. For a payment already recorded it is that payment's failure; for
   * one never completed (a declined card on the Stripe page) a timeline entry, and the request stays payable.
   */
  async recordFailedAttempt(
    em: EntityManager,
    requestId: string,
    paymentIntentId: string,
    amount: number,
    message: string,
    at: number,
    source: ChangeSource,
  ): Promise<boolean> {
    return this.changeRequest(em, requestId, async (change, tx) => {
      const recorded = await this.recordFact(tx, change, `${paymentIntentId}:failed`, at, {
        kind: 'PAYMENT_FAILED',
        source,
        amount,
        note: message,
      });
      // A PaymentIntent never completed (a declined card on the Stripe page) has no payment to fail.
      const { exists, next } = await this.advancePayment(tx, paymentIntentId, { state: 'failed', at });
      if (!exists || !next) return;
      await this.settle(tx, change, source, recorded);
      if (next.state === 'failed' && PAYABLE.includes(change.request.status)) {
        await this.notices.failed(tx, change.request, amount);
      }
    });
  }

  /**
   * Moves the payment of `paymentIntentId`, if one is recorded, to `incoming` when the rules say so.
   * Returns whether it exists, its state before, and the fact stored now (undefined: kept as it was).
   */
  private async advancePayment(
    tx: EntityManager,
    paymentIntentId: string,
    incoming: Fact,
  ): Promise<{ exists: boolean; stored: Fact | undefined; next: Fact | undefined }> {
    const [row] = await tx.execute<{ id: string; stripe_state: string | null; state_at: string | null }[]>(
      'select id, stripe_state, state_at from payment where stripe_payment_intent_id = ?',
      [paymentIntentId],
    );
    const stored = row?.stripe_state ? { state: row.stripe_state, at: seconds(row.state_at) } : undefined;
    const next = await this.resolve('payment', paymentIntentId, stored, incoming);
    if (row && next) {
      await tx.execute('update payment set stripe_state = ?, state_at = ?::timestamptz where id = ?', [
        next.state,
        dateOf(next.at).toISOString(),
        row.id,
      ]);
    }
    return { exists: row !== undefined, stored, next };
  }

  /** The fact to store, or undefined to keep what is stored; asks Stripe only for a tie the rules name. */
  private async resolve(
    kind: StripeObjectKind,
    id: string,
    stored: Fact | undefined,
    incoming: Fact,
  ): Promise<Fact | undefined> {
    const verdict = decide(kind, stored, incoming);
    if (verdict === 'apply') return incoming;
    if (verdict === 'keep') return undefined;
    // A network error, 429 or 5xx propagates: the event is retried later with backoff.
    const state = await this.lookup(kind, id);
    if (state === undefined) {
      this.log.warn({ kind, id, stored, incoming }, 'Stripe has no such object to break a tie: the stored state stays');
      return undefined;
    }
    return state === stored?.state ? undefined : { state, at: incoming.at };
  }

  /**
   * One timeline entry per fact (`key`), dated by its event: a redelivery, a replay or the same fact
   * from another event type adds none. Returns the new entry, or undefined when it was known.
   * Only an entry's time is ever updated, and only to an earlier one: never what it says.
   */
  private async recordFact(
    tx: EntityManager,
    change: RequestChange,
    key: string,
    at: number,
    entry: { kind: string; source: ChangeSource; amount: number; note: string | undefined },
  ): Promise<TimelineDraft | undefined> {
    if (await knownFact(tx, change.request.id, key, dateOf(at))) return undefined;
    return change.record({ ...entry, factKey: key, at: dateOf(at) });
  }

  /**
   * Derives, from the stored rows, each payment's status, refunded total and dispute flag, the
   * request's money-driven status (PAID, REFUNDED and back) and its attention causes. A status change
   * is shown on `entry` (the fact that caused it) when this change wrote one. `inserted`: the
   * payment this change recorded, with its status derived already (it had none before).
   */
  private async settle(
    tx: EntityManager,
    change: RequestChange,
    source: ChangeSource,
    entry: TimelineDraft | undefined,
    inserted?: string,
  ): Promise<void> {
    const request = change.request;
    // One statement for everything settling derives from: each payment with its refunds' sums, its
    // disputes and its failed refunds.
    const payments = await tx.execute<PaymentRow[]>(
      `select p.id, p.method, p.stripe_payment_intent_id, p.amount, p.currency, p.quote_version, p.stripe_state,
         p.payment_method_type, p.card_brand, p.card_last4, p.state_at,
         p.status, p.refunded, p.disputed, p.charge_refunded, coalesce(p.stripe_created_at, p.created_at) as made_at,
         p.amount_subtotal, p.purpose, l.expected_subtotal, l.expected_total,
         coalesce(sum(r.amount) filter (where r.status in (?)), 0)::int as refund_counting,
         coalesce(sum(r.amount) filter (where r.status = ?), 0)::int as refund_succeeded,
         coalesce(sum(r.amount), 0)::int as refund_known,
         (select coalesce(json_agg(json_build_object('stripe_dispute_id', d.stripe_dispute_id, 'status', d.status,
             'amount', d.amount, 'reason', d.reason, 'evidence_due_by', d.evidence_due_by)), '[]')
           from dispute d where d.payment_id = p.id) as disputes,
         coalesce(json_agg(json_build_object('stripe_refund_id', r.stripe_refund_id, 'amount', r.amount))
           filter (where r.status = ?), '[]') as failed_refunds
       from payment p left join refund r on r.payment_id = p.id left join payment_link l on l.stripe_id = p.stripe_link_id
       where p.service_request_id = ? group by p.id, l.id order by made_at, p.id`,
      [REFUND_COUNTS, RefundStatus.SUCCEEDED, RefundStatus.FAILED, request.id],
    );
    const disputes = payments.flatMap((p) => p.disputes.map((d) => ({ ...d, payment_id: p.id, currency: p.currency })));
    const failedRefunds = payments.flatMap((p) => p.failed_refunds.map((r) => ({ ...r, currency: p.currency })));

    const arrived: PaymentRow[] = [];
    for (const p of payments) {
      const blocked = disputes.some((d) => d.payment_id === p.id && DISPUTE_BLOCKS_REFUND.includes(d.status));
      const status = paymentStatus(p);
      if (MONEY_RECEIVED.includes(status) && (p.id === inserted || !MONEY_RECEIVED.includes(p.status))) arrived.push(p);
      if (status !== p.status || p.refund_counting !== p.refunded || blocked !== p.disputed) {
        await tx.execute('update payment set status = ?, refunded = ?, disputed = ? where id = ?', [
          status,
          p.refund_counting,
          blocked,
          p.id,
        ]);
      }
      p.status = status;
    }

    const received = payments.filter((p) =>
      [PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUNDED].includes(p.status),
    );
    const causes: Cause[] = [];
    const closed = [S.REQUESTED, S.DECLINED, S.CANCELED].includes(request.status);
    // What pays the current quote, each the earliest Stripe made (`created`) of its kind: a full
    // payment, else the deposit and then its balance. Looked at in that order of purposes, whatever
    // order the facts came in: a deposit beside a full payment is the second payment, and a
    // balance counts only after its deposit.
    let first: PaymentRow | undefined;
    let balance: PaymentRow | undefined;
    const ordered = [PayPurpose.FULL, PayPurpose.DEPOSIT, PayPurpose.BALANCE].flatMap((purpose) =>
      received.filter((p) => p.purpose === purpose),
    );
    for (const p of ordered) {
      const money = formatAmount(p.amount, p.currency);
      const subject = p.stripe_payment_intent_id ?? p.id;
      const mismatch = this.mismatch(request, p);
      if (closed) {
        const state = request.status === S.REQUESTED ? 'not quoted' : request.status.toLowerCase();
        causes.push({ kind: 'PAID_AFTER_CLOSE', subject, note: `${money} paid while the request was ${state}` });
      } else if (mismatch) {
        causes.push({ ...mismatch, subject });
      } else if (p.purpose !== PayPurpose.BALANCE && (!first || unbooked(first))) {
        first = p; // a deposit refunded in full before it is replaced books nothing: the request was quoted again
      } else if (unbooked(p)) {
        // Nor is it a second payment beside its replacement, whichever Stripe made first (the same second ties).
      } else if (p.purpose === PayPurpose.BALANCE && first?.purpose === PayPurpose.DEPOSIT && !balance) {
        balance = p;
      } else {
        causes.push({ kind: 'SECOND_PAYMENT', subject, note: `possible double payment: ${money} more was paid` });
      }
      // Recorded and counted like any payment of the quote, but the quote was no longer offered.
      if (!closed && !mismatch && request.validUntil && new Date(p.made_at) > new Date(request.validUntil)) {
        causes.push({ kind: 'PAID_AFTER_EXPIRY', subject, note: `${money} paid after the quote expired` });
      }
      if (p.charge_refunded > p.refund_known) {
        const recorded = formatAmount(p.refund_known, p.currency);
        causes.push({
          kind: 'REFUNDS_UNKNOWN',
          subject,
          note: `Stripe reports ${formatAmount(p.charge_refunded, p.currency)} refunded, ${recorded} recorded here`,
        });
      }
    }
    for (const r of failedRefunds) {
      causes.push({
        kind: 'REFUND_FAILED',
        subject: r.stripe_refund_id,
        note: `a refund of ${formatAmount(r.amount, r.currency)} failed`,
      });
    }
    for (const d of disputes) {
      const note = disputeNote(d.status, formatAmount(d.amount, d.currency), d.reason ?? undefined, d.evidence_due_by);
      if (DISPUTE_OPEN.includes(d.status)) causes.push({ kind: 'DISPUTE_OPEN', subject: d.stripe_dispute_id, note });
      if (d.status === 'lost') causes.push({ kind: 'DISPUTE_LOST', subject: d.stripe_dispute_id, note });
    }

    const everythingRefunded = received.length > 0 && received.every((p) => p.refund_succeeded >= p.amount);
    const paidInFull = first !== undefined && (first.purpose === PayPurpose.FULL || balance !== undefined);
    const booking = first && !unbooked(first) ? first : undefined;
    const balanceDue = booking?.purpose === PayPurpose.DEPOSIT && !balance;
    const booked = [S.DEPOSIT_PAID, S.SCHEDULED];
    let to = request.status;
    // The admin's choice for a deposit refund holds while only that deposit books the work.
    let refundTo = paidInFull ? undefined : (request.depositRefundTo ?? undefined);
    if (paidInFull && [...PAYABLE, S.DEPOSIT_PAID].includes(request.status)) to = S.PAID;
    else if (booking && PAYABLE.includes(request.status)) to = S.DEPOSIT_PAID;
    else if (everythingRefunded && refundTo && booked.includes(request.status)) {
      to = refundTo; // the whole deposit refunded before the work was done: the admin's choice
      refundTo = undefined;
    } else if (everythingRefunded && [S.PAID, ...booked, S.COMPLETED].includes(request.status)) to = S.REFUNDED;
    else if (!everythingRefunded && request.status === S.REFUNDED && request.refundedFrom) to = request.refundedFrom;
    if (balanceDue !== request.balanceDue || refundTo !== (request.depositRefundTo ?? undefined)) {
      change.set({ balanceDue, depositRefundTo: refundTo }, source);
    }
    change.settle(to, source, entry);
    if (entry && !entry.note) entry.note = causes.find((c) => c.subject === entry.factKey?.split(':')[0])?.note;
    await this.syncCauses(tx, change, causes, source);
    for (const p of arrived) {
      await this.notices.received(tx, change.request, {
        id: p.id,
        amount: p.amount,
        currency: p.currency,
        method: p.method,
        methodType: p.payment_method_type,
        cardBrand: p.card_brand,
        cardLast4: p.card_last4,
        at: new Date(p.state_at ?? p.made_at), // when Stripe reported it succeeded
      });
    }
  }

  /** Stores the derived causes: new ones open, gone ones (still open) removed, resolved ones left resolved. */
  private async syncCauses(tx: EntityManager, change: RequestChange, causes: Cause[], source: ChangeSource) {
    const request = change.request;
    // A request needs attention exactly while it has open causes (this and resolveAttention keep
    // that true): with none derived and none open there is nothing to store.
    if (causes.length === 0 && !request.needsAttention) return;
    await tx.execute(
      `delete from attention_cause where service_request_id = ? and resolved_at is null and kind in (?)
         and (kind || ' ' || subject) not in (?)`,
      [request.id, DERIVED_CAUSES, ['', ...causes.map((c) => `${c.kind} ${c.subject}`)]],
    );
    for (const cause of causes) {
      await tx.execute(
        `insert into attention_cause (id, service_request_id, kind, subject, note, opened_at)
         values (?, ?, ?, ?, ?, ?::timestamptz)
         on conflict (service_request_id, kind, subject) do update set note = excluded.note
           where attention_cause.resolved_at is null`,
        [randomUUID(), request.id, cause.kind, cause.subject, cause.note, new Date().toISOString()],
      );
    }
    const open = await tx.execute<{ note: string }[]>(
      'select note from attention_cause where service_request_id = ? and resolved_at is null order by opened_at, kind, subject',
      [request.id],
    );
    const reason = open.length ? open.map((c) => c.note).join('; ') : undefined;
    if (request.needsAttention !== open.length > 0 || (request.attentionReason ?? undefined) !== reason) {
      change.set({ needsAttention: open.length > 0, attentionReason: reason }, source);
    }
  }

  /** Why a payment cannot pay the request's current quote, if it cannot. */
  private mismatch(request: Readonly<RequestView>, p: PaymentRow): Omit<Cause, 'subject'> | undefined {
    if (p.currency !== request.currency) {
      return {
        kind: 'CURRENCY_MISMATCH',
        note: `paid in ${p.currency.toUpperCase()}, quoted in ${request.currency.toUpperCase()}`,
      };
    }
    // A deposit paid before the quote changed pays the new version's deposit too (it keeps it).
    const kept = p.purpose === PayPurpose.DEPOSIT && p.quote_version === request.depositQuoteVersion;
    if (p.quote_version !== null && p.quote_version !== request.quoteVersion && !kept) {
      return {
        kind: 'OLD_QUOTE',
        note: `paid an older quote (version ${p.quote_version}, current ${request.quoteVersion})`,
      };
    }
    const due = amountFor(p.purpose, request);
    if (p.amount !== due || (p.purpose !== PayPurpose.FULL && !request.depositAmount)) {
      const paid = formatAmount(p.amount, p.currency);
      return {
        kind: 'AMOUNT_MISMATCH',
        note:
          p.purpose === PayPurpose.FULL
            ? `paid ${paid}, quoted ${formatAmount(request.quoteAmount ?? 0, request.currency)}`
            : request.depositAmount
              ? `paid ${paid} for the ${p.purpose.toLowerCase()}, which is ${formatAmount(due, request.currency)}`
              : `paid ${paid} for a ${p.purpose.toLowerCase()}, but the quote asks no deposit`,
      };
    }
    // Its link said what Stripe would report: a subtotal that differs means other lines or taxes.
    if (p.expected_total !== null && p.expected_subtotal !== null) {
      const subtotal = p.amount_subtotal ?? p.amount;
      if (subtotal !== p.expected_subtotal || p.amount !== p.expected_total) {
        const money = (amount: number) => formatAmount(amount, p.currency);
        return {
          kind: 'AMOUNT_MISMATCH',
          note: `Stripe reports ${money(subtotal)} before tax and ${money(p.amount)} in all, its link expected ${money(p.expected_subtotal)} and ${money(p.expected_total)}`,
        };
      }
    }
    return undefined;
  }

  /** `change` under the request's row lock; false when there is no such request. */
  private async changeRequest(
    em: EntityManager,
    requestId: string,
    mutate: (change: RequestChange, tx: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    try {
      await this.engine.change(em, requestId, mutate, { lock: true });
      return true;
    } catch (error) {
      if (error instanceof NotFoundError) return false; // thrown before anything was written
      throw error;
    }
  }

  /**
   * Applies `mutate` to the payment of `paymentIntentId` and its request, under the request's row
   * lock; false when no such payment is known yet (the caller parks the event).
   */
  private async changePayment(
    em: EntityManager,
    paymentIntentId: string,
    mutate: (change: RequestChange, payment: { id: string; currency: string }, tx: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    // A payment's request, id and currency never change: read before the lock, they hold under it.
    const [payment] = await em.execute<{ id: string; currency: string; service_request_id: string }[]>(
      'select id, currency, service_request_id from payment where stripe_payment_intent_id = ?',
      [paymentIntentId],
    );
    if (!payment) return false;
    await this.engine.change(em, payment.service_request_id, (change, tx) => mutate(change, payment, tx), {
      lock: true,
    });
    return true;
  }
}

/** A payment's refund sums before any refund is known. */
const NOTHING_REFUNDED = { refund_counting: 0, refund_succeeded: 0 };

/** A deposit refunded in full: it books nothing any more. */
const unbooked = (p: PaymentRow) => p.purpose === PayPurpose.DEPOSIT && p.refund_succeeded >= p.amount;

function refundStatus(state: string): RefundStatus {
  if (state === 'succeeded') return RefundStatus.SUCCEEDED;
  if (state === 'failed') return RefundStatus.FAILED;
  if (state === 'canceled') return RefundStatus.CANCELED;
  return RefundStatus.PENDING;
}

/** A payment's status from its Stripe state and its refunds (MANUAL payments are received money). */
function paymentStatus(
  p: Pick<PaymentRow, 'method' | 'stripe_state' | 'amount' | 'refund_counting' | 'refund_succeeded'>,
) {
  const state = p.method === PaymentMethod.MANUAL ? 'succeeded' : p.stripe_state;
  if (state === 'processing') return PaymentStatus.PROCESSING;
  if (state === 'failed') return PaymentStatus.FAILED;
  if (p.refund_succeeded >= p.amount) return PaymentStatus.REFUNDED;
  return p.refund_counting > 0 ? PaymentStatus.PARTIALLY_REFUNDED : PaymentStatus.SUCCEEDED;
}

function disputeNote(state: string, money: string, reason: string | undefined, dueBy?: string | null): string {
  const why = reason ? ` (${reason.replace(/_/g, ' ')})` : '';
  if (state.startsWith('warning_') && state !== 'warning_closed') return `An inquiry about ${money}${why}`;
  if (state === 'warning_closed') return `The inquiry about ${money} closed`;
  if (state === 'won') return `The dispute of ${money} was won`;
  if (state === 'lost') return `The dispute of ${money} was lost`;
  if (state === 'prevented') return `The dispute of ${money} was prevented`;
  const due = dueBy ? `; evidence due by ${new Date(dueBy).toISOString().slice(0, 10)}` : '';
  return `The customer disputed ${money}${why}: ${state.replace(/_/g, ' ')}${due}`;
}
