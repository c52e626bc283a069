import { randomUUID } from 'node:crypto';

import type { EntityManager, QueryResult } from '@mikro-orm/postgresql';

import { PaymentMethod, PaymentStatus, PayPurpose } from '../engine/payment-enums';
import { REFUND_COUNTS, RefundStatus } from '../payments/refund.entity';

/**
 * The typed SQL of payment rows (see data/requests.ts for why plain SQL): the only code that writes
 * them. What their state becomes is decided from Stripe's facts in payments/payment-events.service.ts.
 */

/** Money received outside Stripe, for the request's current quote; returns the payment's id. */
export async function insertManualPayment(
  em: EntityManager,
  request: { id: string; currency: string },
  amount: number,
  note: string | undefined,
): Promise<string> {
  const id = randomUUID();
  await em.execute(
    `insert into payment (id, service_request_id, method, amount, currency, refunded, status, disputed, charge_refunded,
       note, created_at)
     values (?, ?, ?, ?, ?, 0, ?, false, 0, ?, ?::timestamptz)`,
    [
      id,
      request.id,
      PaymentMethod.MANUAL,
      amount,
      request.currency,
      PaymentStatus.SUCCEEDED,
      note ?? null,
      new Date().toISOString(),
    ],
  );
  return id;
}

/**
 * A payment Stripe reported first, with the status derived from its state: its id, or undefined
 * when its PaymentIntent is recorded already (that row is then left as it was).
 */
export async function insertStripePayment(
  em: EntityManager,
  p: {
    requestId: string;
    paymentIntentId: string;
    amount: number;
    subtotal: number | undefined;
    linkStripeId: string | undefined;
    currency: string;
    quoteVersion: number | undefined;
    purpose: PayPurpose | undefined;
    state: string;
    status: PaymentStatus;
    stateAt: Date;
    createdAt: Date;
  },
): Promise<string | undefined> {
  const id = randomUUID();
  const inserted = await em.execute<QueryResult>(
    `insert into payment (id, service_request_id, method, stripe_payment_intent_id, amount, currency, refunded,
       status, disputed, created_at, stripe_state, state_at, stripe_created_at, quote_version, charge_refunded,
       amount_subtotal, stripe_link_id, purpose)
     values (?, ?, ?, ?, ?, ?, 0, ?, false, ?::timestamptz, ?, ?::timestamptz, ?::timestamptz, ?, 0, ?, ?, ?)
     on conflict (stripe_payment_intent_id) do nothing`,
    [
      id,
      p.requestId,
      PaymentMethod.STRIPE,
      p.paymentIntentId,
      p.amount,
      p.currency,
      p.status,
      new Date().toISOString(),
      p.state,
      p.stateAt.toISOString(),
      p.createdAt.toISOString(),
      p.quoteVersion ?? null,
      p.subtotal ?? null,
      p.linkStripeId ?? null,
      p.purpose ?? PayPurpose.FULL,
    ],
    'run',
  );
  return inserted.affectedRows > 0 ? id : undefined;
}

/**
 * What a Checkout Session tells of a payment first recorded from its PaymentIntent alone: its
 * subtotal and the link or session it was paid through (kept once known).
 */
export async function completeStripePayment(
  em: EntityManager,
  paymentIntentId: string,
  subtotal: number | undefined,
  linkStripeId: string,
): Promise<void> {
  await em.execute(
    `update payment set amount_subtotal = coalesce(amount_subtotal, ?), stripe_link_id = coalesce(stripe_link_id, ?)
     where stripe_payment_intent_id = ? and stripe_link_id is null`,
    [subtotal ?? null, linkStripeId, paymentIntentId],
  );
}

/** The payment of `paymentIntentId`, if one is recorded (read in `em`'s transaction, if any). */
export async function knownPayment(
  em: EntityManager,
  paymentIntentId: string,
): Promise<{ id: string; status: PaymentStatus } | undefined> {
  const [row] = await em.execute<{ id: string; status: PaymentStatus }[]>(
    'select id, status from payment where stripe_payment_intent_id = ?',
    [paymentIntentId],
  );
  return row;
}

/**
 * Whether a payment fact is stored already: its payment in that state, its timeline entry (`factKey`)
 * dated no later than `at`, and its link known when the fact names one.
 */
export async function paymentFactStored(
  em: EntityManager,
  fact: { factKey: string; paymentIntentId: string; state: string; at: Date; linkStripeId?: string | undefined },
): Promise<boolean> {
  const [known] = await em.execute(
    `select 1 from payment p join timeline_entry t on t.service_request_id = p.service_request_id and t.fact_key = ?
     where p.stripe_payment_intent_id = ? and p.stripe_state = ? and t.at <= ?::timestamptz
       and (p.stripe_link_id is not null or ?::text is null)`,
    [fact.factKey, fact.paymentIntentId, fact.state, fact.at.toISOString(), fact.linkStripeId ?? null],
  );
  return known !== undefined;
}

/** A payment's request, id and currency (none of which ever change), by its PaymentIntent. */
export async function paymentOfIntent(
  em: EntityManager,
  paymentIntentId: string,
): Promise<{ id: string; currency: string; service_request_id: string } | undefined> {
  const [payment] = await em.execute<{ id: string; currency: string; service_request_id: string }[]>(
    'select id, currency, service_request_id from payment where stripe_payment_intent_id = ?',
    [paymentIntentId],
  );
  return payment;
}

/** A Stripe object's row id, its latest state and when Stripe reported it (the event's `created`). */
export interface StoredStripeState {
  id: string;
  stripe_state: string | null;
  state_at: string | null;
}

/** The stored Stripe state of the payment of `paymentIntentId`, if one is recorded. */
export async function paymentState(tx: EntityManager, paymentIntentId: string): Promise<StoredStripeState | undefined> {
  const [row] = await tx.execute<StoredStripeState[]>(
    'select id, stripe_state, state_at from payment where stripe_payment_intent_id = ?',
    [paymentIntentId],
  );
  return row;
}

/** Stores the payment's Stripe state, as Stripe reported it at `at`. */
export async function setPaymentState(tx: EntityManager, id: string, state: string, at: Date): Promise<void> {
  await tx.execute('update payment set stripe_state = ?, state_at = ?::timestamptz where id = ?', [
    state,
    at.toISOString(),
    id,
  ]);
}

/** How a customer paid, as a Charge tells it, and Stripe's running refunded total. */
interface ChargeDetails {
  paymentIntentId: string;
  methodType: string | undefined;
  card: { brand: string; last4: string } | undefined;
  amountRefunded: number | undefined;
}

/**
 * Stores how the payment of a Charge was paid, in one statement and without the request's lock,
 * when its refunded total adds nothing; false when no row was updated (refunds added, or no such payment).
 */
export async function recordChargeMethod(em: EntityManager, c: ChargeDetails): Promise<boolean> {
  const [quiet] = await em.execute<{ id: string }[]>(
    `update payment set payment_method_type = coalesce(?, payment_method_type),
       card_brand = coalesce(?, card_brand), card_last4 = coalesce(?, card_last4)
     where stripe_payment_intent_id = ? and charge_refunded >= ? returning id`,
    [c.methodType ?? null, c.card?.brand ?? null, c.card?.last4 ?? null, c.paymentIntentId, c.amountRefunded ?? 0],
  );
  return quiet !== undefined;
}

/** Stores how the payment was paid and Stripe's refunded total, which only ever grows. */
export async function recordCharge(
  tx: EntityManager,
  paymentId: string,
  c: Omit<ChargeDetails, 'paymentIntentId'>,
): Promise<void> {
  await tx.execute(
    `update payment set payment_method_type = coalesce(?, payment_method_type),
       card_brand = coalesce(?, card_brand), card_last4 = coalesce(?, card_last4),
       charge_refunded = greatest(charge_refunded, ?) where id = ?`,
    [c.methodType ?? null, c.card?.brand ?? null, c.card?.last4 ?? null, c.amountRefunded ?? 0, paymentId],
  );
}

/** A payment row with what its refunds and dispute add up to: what settling derives from. */
export interface SettlingPayment {
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

/**
 * The request's payments, in the order Stripe made them, each with its refunds' sums, its disputes
 * and its failed refunds: everything settling derives from, in one statement.
 */
export async function settlingPayments(tx: EntityManager, requestId: string): Promise<SettlingPayment[]> {
  return tx.execute<SettlingPayment[]>(
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
    [REFUND_COUNTS, RefundStatus.SUCCEEDED, RefundStatus.FAILED, requestId],
  );
}

/** Stores a payment's derived status, refunded total and whether a dispute blocks its refunds. */
export async function setPaymentTotals(
  tx: EntityManager,
  id: string,
  totals: { status: PaymentStatus; refunded: number; disputed: boolean },
): Promise<void> {
  await tx.execute('update payment set status = ?, refunded = ?, disputed = ? where id = ?', [
    totals.status,
    totals.refunded,
    totals.disputed,
    id,
  ]);
}
