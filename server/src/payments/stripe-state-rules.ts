/**
 * The one place that knows how Stripe objects move (API 2026-10-28, the SDK's pinned version).
 *
 * Stripe delivers events at least once and in no promised order, so an event is a *fact* about one
 * object ("this refund is succeeded, as of `created`"), and what we store is the latest state known
 * of each object. A fact moves an object only forward in its order; the few legal moves that look
 * backwards are listed, and for those alone the fact with the later event `created` wins (on equal
 * seconds, Stripe is asked). Money and attention are then derived from the stored states, never
 * from arrival order.
 */

export type StripeObjectKind = 'payment' | 'charge' | 'refund' | 'dispute';

interface StateOrder {
  /** Position of each state: a fact with a higher rank always wins. Equal ranks never replace each other. */
  readonly rank: Readonly<Record<string, number>>;
  /** `from → to` moves Stripe makes although `to` ranks lower: decided by the events' times. */
  readonly backward: readonly (readonly [from: string, to: string])[];
}

export const STATE_ORDERS: Readonly<Record<StripeObjectKind, StateOrder>> = {
  /**
   * A PaymentIntent, with the Checkout Session that carries it (whose event type says the outcome:
   * `completed` unpaid → processing, `async_payment_failed` → failed). A PaymentIntent confirmed
   * again after a failed attempt returns to processing and can still succeed.
   */
  payment: {
    rank: { processing: 1, failed: 2, succeeded: 3 },
    backward: [['failed', 'processing']],
  },
  /** A Charge: pending (a bank debit), then succeeded or failed. Read for its payment method type. */
  charge: {
    rank: { pending: 1, failed: 2, succeeded: 2 },
    backward: [],
  },
  /** A Refund: a refund that succeeded can still fail later (the bank returns it). */
  refund: {
    rank: { pending: 1, requires_action: 1, succeeded: 2, failed: 3, canceled: 3 },
    backward: [],
  },
  /**
   * A Dispute: an inquiry (`warning_*`) closes or escalates to a chargeback; a chargeback is
   * answered, reviewed and won or lost; a lost one can be appealed.
   */
  dispute: {
    rank: {
      warning_needs_response: 1,
      warning_under_review: 2,
      needs_response: 3,
      under_review: 4,
      appeal_needs_response: 5,
      appeal_under_review: 6,
      warning_closed: 7,
      won: 7,
      lost: 7,
      prevented: 7,
    },
    backward: [
      ['warning_closed', 'needs_response'],
      ['warning_closed', 'under_review'],
      ['lost', 'appeal_needs_response'],
      ['lost', 'appeal_under_review'],
    ],
  },
};

/** A fact about one object: its state as of an event's `created` (whole seconds, as Stripe sends it). */
export interface Fact {
  state: string;
  /** Seconds since the epoch. */
  at: number;
}

/**
 * What to do with `incoming` given what is stored: `apply` it, `keep` the stored state, or `ask`
 * Stripe (the same second as the stored fact, between two states Stripe moves between both ways:
 * the object's retrieved state is then stored as the newest fact). Between such states the later
 * event wins in both directions; anywhere else the higher state wins, whatever the times.
 */
export type Verdict = 'apply' | 'keep' | 'ask';

export function decide(kind: StripeObjectKind, stored: Fact | undefined, incoming: Fact): Verdict {
  const order = STATE_ORDERS[kind];
  const next = order.rank[incoming.state];
  if (next === undefined) return 'keep'; // a state this version does not know: nothing to conclude
  if (!stored) return 'apply';
  if (stored.state === incoming.state) return 'keep';
  const current = order.rank[stored.state] ?? 0;
  const legal = (from: string, to: string) => order.backward.some((move) => move[0] === from && move[1] === to);
  // Where Stripe can move both ways between two states (failed ⇄ processing), only time tells.
  const timed = next > current ? legal(incoming.state, stored.state) : legal(stored.state, incoming.state);
  if (!timed) return next > current ? 'apply' : 'keep';
  if (incoming.at > stored.at) return 'apply';
  return incoming.at < stored.at ? 'keep' : 'ask';
}

/** Whether `state` is one the order knows (an unknown one is logged and kept out). */
export function isKnownState(kind: StripeObjectKind, state: string): boolean {
  return STATE_ORDERS[kind].rank[state] !== undefined;
}

/** Dispute states in which the charge cannot be refunded (a chargeback under way or lost). */
export const DISPUTE_BLOCKS_REFUND: readonly string[] = [
  'needs_response',
  'under_review',
  'appeal_needs_response',
  'appeal_under_review',
  'lost',
];

/** Dispute states that still need the business: an open inquiry or chargeback. */
export const DISPUTE_OPEN: readonly string[] = [
  'warning_needs_response',
  'warning_under_review',
  'needs_response',
  'under_review',
  'appeal_needs_response',
  'appeal_under_review',
];
