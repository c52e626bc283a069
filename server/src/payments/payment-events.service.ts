import type { EntityManager } from '@mikro-orm/postgresql';
import { formatAmount } from '@service-desk/currency';
import type { Logger } from 'pino';

import { NotFoundError } from '../common/errors';
import { openCause, openCauseNotes, removeOpenCauses } from '../data/attention-causes';
import { disputeState, upsertDispute } from '../data/disputes';
import {
  completeStripePayment,
  insertStripePayment,
  paymentFactStored,
  paymentOfIntent,
  paymentState,
  recordCharge,
  recordChargeMethod,
  setPaymentState,
  setPaymentTotals,
  type SettlingPayment,
  settlingPayments,
} from '../data/payments';
import { refundState, upsertRefund } from '../data/refunds';
import { knownFact } from '../data/requests';
import type { RequestView, TimelineDraft } from '../data/requests';
import type { Engine, RequestChange } from '../engine/engine';
import { amountFor, PAYABLE } from '../engine/lifecycle';
import { MONEY_RECEIVED, PaymentMethod, PaymentStatus, PayPurpose } from '../engine/payment-enums';
import { ChangeSource, ServiceRequestStatus as S } from '../engine/status';
import { RefundStatus } from './refund.entity';
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
      const fact = { ...p, factKey: `${p.paymentIntentId}:${p.state}`, at: dateOf(p.at) };
      if (await paymentFactStored(em, fact)) return true;
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
      const row = await refundState(tx, r.refundId);
      const stored = row?.stripe_state ? { state: row.stripe_state, at: seconds(row.state_at) } : undefined;
      const next = await this.resolve('refund', r.refundId, stored, { state: r.state, at: r.at });
      if (next) {
        await upsertRefund(tx, {
          paymentId: payment.id,
          stripeRefundId: r.refundId,
          amount: r.amount,
          status: refundStatus(next.state),
          state: next.state,
          at: dateOf(next.at),
        });
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
    if (await recordChargeMethod(em, c)) return true;
    // Nothing refunded and no row updated: no such payment yet (a refunded total is never negative).
    if (!c.amountRefunded) return false;
    return this.changePayment(em, c.paymentIntentId, async (change, payment, tx) => {
      await recordCharge(tx, payment.id, c);
      await this.settle(tx, change, source, undefined);
    });
  }

  async recordDispute(em: EntityManager, d: DisputeFact, source: ChangeSource): Promise<boolean> {
    return this.changePayment(em, d.paymentIntentId, async (change, payment, tx) => {
      if (!isKnownState('dispute', d.state)) {
        this.log.warn({ dispute: d.disputeId, state: d.state }, 'a dispute state the rules do not know: kept out');
        return;
      }
      const row = await disputeState(tx, d.disputeId);
      const stored = row ? { state: row.status, at: seconds(row.state_at) } : undefined;
      const next = await this.resolve('dispute', d.disputeId, stored, { state: d.state, at: d.at });
      // Balance transactions only ever grow: the figures of the fact that saw the most win.
      const withdrawn = -d.balanceTransactions.reduce((sum, t) => sum + t.amount, 0);
      const fees = d.balanceTransactions.reduce((sum, t) => sum + t.fee, 0);
      await upsertDispute(tx, {
        paymentId: payment.id,
        stripeDisputeId: d.disputeId,
        state: next?.state ?? d.state,
        reason: d.reason,
        amount: d.amount,
        evidenceDueBy: d.evidenceDueBy,
        withdrawn,
        fees,
        balanceTransactions: d.balanceTransactions.length,
        stateAt: dateOf(next?.at ?? d.at),
        applies: next !== undefined,
      });
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
    const row = await paymentState(tx, paymentIntentId);
    const stored = row?.stripe_state ? { state: row.stripe_state, at: seconds(row.state_at) } : undefined;
    const next = await this.resolve('payment', paymentIntentId, stored, incoming);
    if (row && next) await setPaymentState(tx, row.id, next.state, dateOf(next.at));
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
    const payments = await settlingPayments(tx, request.id);
    const disputes = payments.flatMap((p) => p.disputes.map((d) => ({ ...d, payment_id: p.id, currency: p.currency })));
    const failedRefunds = payments.flatMap((p) => p.failed_refunds.map((r) => ({ ...r, currency: p.currency })));

    const arrived: SettlingPayment[] = [];
    for (const p of payments) {
      const blocked = disputes.some((d) => d.payment_id === p.id && DISPUTE_BLOCKS_REFUND.includes(d.status));
      const status = paymentStatus(p);
      if (MONEY_RECEIVED.includes(status) && (p.id === inserted || !MONEY_RECEIVED.includes(p.status))) arrived.push(p);
      if (status !== p.status || p.refund_counting !== p.refunded || blocked !== p.disputed) {
        await setPaymentTotals(tx, p.id, { status, refunded: p.refund_counting, disputed: blocked });
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
    let first: SettlingPayment | undefined;
    let balance: SettlingPayment | undefined;
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
    const kept = causes.map((c) => `${c.kind} ${c.subject}`);
    await removeOpenCauses(tx, request.id, DERIVED_CAUSES, kept);
    for (const cause of causes) await openCause(tx, request.id, cause);
    const open = await openCauseNotes(tx, request.id);
    const reason = open.length ? open.join('; ') : undefined;
    if (request.needsAttention !== open.length > 0 || (request.attentionReason ?? undefined) !== reason) {
      change.set({ needsAttention: open.length > 0, attentionReason: reason }, source);
    }
  }

  /** Why a payment cannot pay the request's current quote, if it cannot. */
  private mismatch(request: Readonly<RequestView>, p: SettlingPayment): Omit<Cause, 'subject'> | undefined {
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
    const payment = await paymentOfIntent(em, paymentIntentId);
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
const unbooked = (p: SettlingPayment) => p.purpose === PayPurpose.DEPOSIT && p.refund_succeeded >= p.amount;

function refundStatus(state: string): RefundStatus {
  if (state === 'succeeded') return RefundStatus.SUCCEEDED;
  if (state === 'failed') return RefundStatus.FAILED;
  if (state === 'canceled') return RefundStatus.CANCELED;
  return RefundStatus.PENDING;
}

/** A payment's status from its Stripe state and its refunds (MANUAL payments are received money). */
function paymentStatus(
  p: Pick<SettlingPayment, 'method' | 'stripe_state' | 'amount' | 'refund_counting' | 'refund_succeeded'>,
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
