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
