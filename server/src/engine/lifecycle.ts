import { registerEnumType } from 'type-graphql';

import { type AppError, ConflictError, InvalidTransitionError } from '../common/errors';
import { PayPurpose } from './payment-enums';
import { ServiceRequestStatus as S } from './status';

/**
 * The one transition table of the request lifecycle (CONTRACT.md, "Status lifecycle").
 * Every change of status, whatever its source, goes through `assertTransition`.
 */
export const TRANSITIONS: Readonly<Record<S, readonly S[]>> = {
  [S.REQUESTED]: [S.QUOTED, S.DECLINED, S.CANCELED],
  [S.QUOTED]: [S.QUOTED, S.AWAITING_PAYMENT, S.ACCEPTED, S.PAID, S.DEPOSIT_PAID, S.DECLINED, S.CANCELED],
  [S.AWAITING_PAYMENT]: [S.QUOTED, S.AWAITING_PAYMENT, S.ACCEPTED, S.PAID, S.DEPOSIT_PAID, S.DECLINED, S.CANCELED],
  // The customer accepted the current quote; a new quote needs a new acceptance.
  [S.ACCEPTED]: [S.QUOTED, S.AWAITING_PAYMENT, S.PAID, S.DEPOSIT_PAID, S.DECLINED, S.CANCELED],
  // A new quote after a paid deposit keeps it: the work stays booked, the new balance is due.
  [S.DEPOSIT_PAID]: [S.DEPOSIT_PAID, S.SCHEDULED, S.REFUNDED],
  [S.PAID]: [S.SCHEDULED, S.REFUNDED],
  [S.SCHEDULED]: [S.SCHEDULED, S.COMPLETED, S.REFUNDED],
  [S.COMPLETED]: [S.REFUNDED],
  [S.DECLINED]: [],
  [S.CANCELED]: [],
  [S.REFUNDED]: [],
};

/**
 * Moves only money makes, never an admin: when a refund that made the request REFUNDED fails
 * afterwards, the request goes back to the status it had (stripe-state-rules.ts, refunds); the
 * balance paid after a deposit makes it PAID; the whole deposit refunded before the work is done
 * cancels the booking, back to QUOTED or to CANCELED as the admin chose with the refund.
 */
export const MONEY_TRANSITIONS: Readonly<Partial<Record<S, readonly S[]>>> = {
  [S.REFUNDED]: [S.PAID, S.DEPOSIT_PAID, S.SCHEDULED, S.COMPLETED],
  [S.DEPOSIT_PAID]: [S.PAID, S.QUOTED, S.CANCELED],
  [S.SCHEDULED]: [S.QUOTED, S.CANCELED],
};

export function canTransition(from: S, to: S): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: S, to: S): void {
  if (!canTransition(from, to)) throw new InvalidTransitionError(from, to);
}

/** Statuses in which a quote can still be paid (and a pay page shown). */
export const PAYABLE: readonly S[] = [S.QUOTED, S.AWAITING_PAYMENT, S.ACCEPTED];

/** Statuses in which a deposit is paid and the work booked: the balance can be paid (while it is due). */
export const BALANCE_PAYABLE: readonly S[] = [S.DEPOSIT_PAID, S.SCHEDULED, S.COMPLETED];

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
  EXTEND_VALIDITY = 'EXTEND_VALIDITY',
  SEND_BALANCE_LINK = 'SEND_BALANCE_LINK',
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
  /** The quote needs the customer's acceptance (requireAcceptance) and its current version has none. */
  acceptancePending: boolean;
  /** The current quote's validUntil has passed. */
  expired: boolean;
  /** A deposit of the current quote is paid and its balance is not (set by settling the payments). */
  balanceDue: boolean;
}

/** Why the action is refused in these facts (CONFLICT's message), or undefined when it may run. */
type Guard = (facts: ActionFacts) => string | undefined;

const notProcessing: Guard = (f) => (f.processing ? 'a payment is processing' : undefined);
const notExpired: Guard = (f) => (f.expired ? 'the quote has expired: extend its validity or quote again' : undefined);

/**
 * Each action: the status it moves to (checked against TRANSITIONS) and its guard. The engine
 * checks both before the action's change runs; `allowedActions` lists the actions passing both.
 * Money that arrived can be refunded whatever the status.
 */
const ACTIONS: Readonly<Record<ServiceRequestAction, { to?: S | ((from: S) => S); when?: Guard }>> = {
  QUOTE: { to: (from) => (from === S.DEPOSIT_PAID ? S.DEPOSIT_PAID : S.QUOTED), when: notProcessing },
  SEND_LINK: {
    to: S.AWAITING_PAYMENT,
    when: (f) => (f.quoted ? notExpired(f) : 'there is no quote to pay'),
  },
  ROTATE_PAY_URL: {
    when: (f) =>
      f.payUrl && PAYABLE.includes(f.status) ? undefined : 'only a payable request with a pay URL can get a new one',
  },
  MARK_PAID: { to: S.PAID, when: notProcessing },
  SCHEDULE: { to: S.SCHEDULED },
  COMPLETE: { to: S.COMPLETED },
  DECLINE: { to: S.DECLINED, when: notProcessing },
  CANCEL: { to: S.CANCELED, when: notProcessing },
  REFUND: { when: (f) => (f.refundable ? undefined : 'this request has no payment left to refund') },
  CHARGE_SAVED_CARD: {
    when: (f) => {
      if (f.balanceDue && BALANCE_PAYABLE.includes(f.status)) {
        if (f.processing) return 'a payment for this quote is processing: wait for its outcome';
        if (f.acceptancePending) return 'the customer has not accepted the new quote yet';
        return f.savedCard ? undefined : 'this customer has no saved card; send the balance link instead';
      }
      if (f.quotePaid)
        return f.processing
          ? 'a payment for this quote is processing: wait for its outcome'
          : 'this quote is already paid';
      if (f.status !== S.QUOTED && f.status !== S.ACCEPTED)
        return `only a QUOTED or ACCEPTED request can be charged (this one is ${f.status})`;
      if (f.acceptancePending) return 'the customer has not accepted this quote yet';
      if (f.expired) return notExpired(f);
      return f.savedCard ? undefined : 'this customer has no saved card; send the payment link instead';
    },
  },
  CHECK_WITH_STRIPE: {},
  RESOLVE_ATTENTION: { when: (f) => (f.needsAttention ? undefined : 'this request does not need attention') },
  EXTEND_VALIDITY: {
    when: (f) => (f.quoted && PAYABLE.includes(f.status) ? undefined : 'only an unpaid quote can be extended'),
  },
  SEND_BALANCE_LINK: {
    when: (f) => {
      if (!f.balanceDue || !BALANCE_PAYABLE.includes(f.status)) return 'no balance is due after a paid deposit';
      return f.processing ? 'a payment for this quote is processing' : undefined;
    },
  },
};

/** The status `action` moves a request in status `from` to, if it moves it. */
export function targetOf(action: ServiceRequestAction, from: S): S | undefined {
  const { to } = ACTIONS[action];
  return typeof to === 'function' ? to(from) : to;
}

/** Why `action` cannot run now: the status it may not move to, or its guard's words; undefined when it can. */
function refused(action: ServiceRequestAction, facts: ActionFacts): { to: S } | { why: string } | undefined {
  const to = targetOf(action, facts.status);
  if (to !== undefined && !canTransition(facts.status, to)) return { to };
  const why = ACTIONS[action].when?.(facts);
  return why ? { why } : undefined;
}

/** Why `action` cannot run now (the error its mutation answers with), or undefined when it can. */
export function refusal(action: ServiceRequestAction, facts: ActionFacts): AppError | undefined {
  const why = refused(action, facts);
  if (!why) return undefined;
  if ('to' in why) return new InvalidTransitionError(facts.status, why.to);
  return new ConflictError(`cannot ${action.toLowerCase().replace(/_/g, ' ')}: ${why.why}`);
}

/** The actions that pass both checks, without building an error (with its stack) for each refused one. */
export function allowedActions(facts: ActionFacts): ServiceRequestAction[] {
  return Object.values(ServiceRequestAction).filter((action) => !refused(action, facts));
}

/** What of a request decides what the customer pays now. */
export interface PayFacts {
  status: S;
  depositAmount?: number | null | undefined;
  balanceDue: boolean;
  /** The customer's choice for the current version (DEPOSIT or FULL), recorded with their acceptance. */
  payChoice?: PayPurpose | null | undefined;
}

/**
 * What the customer may choose to pay now: the deposit or all of it while a quote with a deposit
 * is payable, all of it without one, then the balance (while it is due); nothing otherwise.
 */
export function payOptions(request: PayFacts): PayPurpose[] {
  if (PAYABLE.includes(request.status))
    return request.depositAmount ? [PayPurpose.DEPOSIT, PayPurpose.FULL] : [PayPurpose.FULL];
  return request.balanceDue && BALANCE_PAYABLE.includes(request.status) ? [PayPurpose.BALANCE] : [];
}

/**
 * What /pay collects now, if anything: the customer's choice among the options; the deposit while
 * they have not chosen (what is due at least; /pay asks them first, see `choicePending`).
 */
export function payPurpose(request: PayFacts): PayPurpose | undefined {
  const options = payOptions(request);
  return options.find((purpose) => purpose === request.payChoice) ?? options[0];
}

/** The quote offers a choice the customer has not made: /pay leads to the quote page to make it. */
export const choicePending = (request: PayFacts): boolean => payOptions(request).length > 1 && !request.payChoice;

/** What a payment for `purpose` of the request's current quote amounts to. */
export function amountFor(
  purpose: PayPurpose,
  request: { quoteAmount?: number | null | undefined; depositAmount?: number | null | undefined },
): number {
  const total = request.quoteAmount ?? 0;
  const deposit = request.depositAmount ?? 0;
  if (purpose === PayPurpose.DEPOSIT) return deposit;
  return purpose === PayPurpose.BALANCE ? total - deposit : total;
}

/** What the customer owes now (`ServiceRequest.amountDue`): the deposit or the whole quote, the balance, or 0. */
export function amountDue(request: Parameters<typeof payPurpose>[0] & Parameters<typeof amountFor>[1]): number {
  const purpose = payPurpose(request);
  return purpose ? amountFor(purpose, request) : 0;
}
