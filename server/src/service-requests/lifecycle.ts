import { registerEnumType } from 'type-graphql';

import { InvalidTransitionError } from '../common/errors';
import { ServiceRequestStatus as S } from './service-request-status';

/**
 * The one transition table of the request lifecycle (CONTRACT.md, "Status lifecycle").
 * Every change of status, whatever its source, goes through `assertTransition`.
 */
export const TRANSITIONS: Readonly<Record<S, readonly S[]>> = {
  [S.REQUESTED]: [S.QUOTED, S.DECLINED, S.CANCELED],
  [S.QUOTED]: [S.QUOTED, S.AWAITING_PAYMENT, S.PAID, S.DECLINED, S.CANCELED],
  [S.AWAITING_PAYMENT]: [S.QUOTED, S.AWAITING_PAYMENT, S.PAID, S.DECLINED, S.CANCELED],
  [S.PAID]: [S.SCHEDULED, S.REFUNDED],
  [S.SCHEDULED]: [S.SCHEDULED, S.COMPLETED, S.REFUNDED],
  [S.COMPLETED]: [S.REFUNDED],
  [S.DECLINED]: [],
  [S.CANCELED]: [],
  [S.REFUNDED]: [],
};

/**
 * Moves only money makes, never an admin: when a refund that made the request REFUNDED fails
 * afterwards, the request goes back to the status it had (stripe-state-rules.ts, refunds).
 */
export const MONEY_TRANSITIONS: Readonly<Partial<Record<S, readonly S[]>>> = {
  [S.REFUNDED]: [S.PAID, S.SCHEDULED, S.COMPLETED],
};

export function canTransition(from: S, to: S): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: S, to: S): void {
  if (!canTransition(from, to)) throw new InvalidTransitionError(from, to);
}

/** Statuses in which a quote can still be paid (and a pay page shown). */
export const PAYABLE: readonly S[] = [S.QUOTED, S.AWAITING_PAYMENT];

/** What an admin can do to a request now (`ServiceRequest.allowedActions`). */
export enum ServiceRequestAction {
  QUOTE = 'QUOTE',
  SEND_LINK = 'SEND_LINK',
  ROTATE_PAY_URL = 'ROTATE_PAY_URL',
  MARK_PAID = 'MARK_PAID',
  SCHEDULE = 'SCHEDULE',
  COMPLETE = 'COMPLETE',
  DECLINE = 'DECLINE',
  CANCEL = 'CANCEL',
  REFUND = 'REFUND',
  CHARGE_SAVED_CARD = 'CHARGE_SAVED_CARD',
  CHECK_WITH_STRIPE = 'CHECK_WITH_STRIPE',
  RESOLVE_ATTENTION = 'RESOLVE_ATTENTION',
}

registerEnumType(ServiceRequestAction, { name: 'ServiceRequestAction' });

/** What the actions' guards read of a request beyond its status. */
export interface ActionFacts {
  status: S;
  quoted: boolean;
  payUrl: boolean;
  needsAttention: boolean;
  /** A payment is on its way (a bank debit): changing or settling the quote could strand it. */
  processing: boolean;
  /** The current quote is paid, or a payment of it is on its way. */
  quotePaid: boolean;
  /** A Stripe payment, not disputed, with money left to refund. */
  refundable: boolean;
  savedCard: boolean;
}

/**
 * Each action: the status it moves to (checked against TRANSITIONS) and the guard its mutation
 * also checks. Money that arrived can be refunded whatever the status.
 */
const ACTIONS: Readonly<Record<ServiceRequestAction, { to?: S; when?: (facts: ActionFacts) => boolean }>> = {
  QUOTE: { to: S.QUOTED, when: (f) => !f.processing },
  SEND_LINK: { to: S.AWAITING_PAYMENT, when: (f) => f.quoted },
  ROTATE_PAY_URL: { when: (f) => f.payUrl && PAYABLE.includes(f.status) },
  MARK_PAID: { to: S.PAID, when: (f) => f.quoted && !f.processing },
  SCHEDULE: { to: S.SCHEDULED },
  COMPLETE: { to: S.COMPLETED },
  DECLINE: { to: S.DECLINED, when: (f) => !f.processing },
  CANCEL: { to: S.CANCELED, when: (f) => !f.processing },
  REFUND: { when: (f) => f.refundable },
  CHARGE_SAVED_CARD: { when: (f) => f.status === S.QUOTED && f.savedCard && !f.quotePaid },
  CHECK_WITH_STRIPE: {},
  RESOLVE_ATTENTION: { when: (f) => f.needsAttention },
};

export function allowedActions(facts: ActionFacts): ServiceRequestAction[] {
  return Object.values(ServiceRequestAction).filter((action) => {
    const { to, when } = ACTIONS[action];
    return (to === undefined || canTransition(facts.status, to)) && (when?.(facts) ?? true);
  });
}
