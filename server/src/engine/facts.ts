import type { EntityManager } from '@mikro-orm/postgresql';

import { isAccepted } from '../data/acceptances';
import type { RequestView } from '../data/requests';
import { type ActionFacts, BALANCE_PAYABLE, PAYABLE } from './lifecycle';
import { isRefundable, PAID_OR_PAYING, type PaymentMethod, PaymentStatus } from './payment-enums';
import { ServiceRequestStatus as S } from './status';

/** What of a payment the guards read. */
export interface PaymentForFacts {
  method: PaymentMethod;
  status: PaymentStatus;
  disputed: boolean;
  stripePaymentIntentId?: string | null | undefined;
  quoteVersion?: number | null | undefined;
}

type RequestForFacts = Pick<
  RequestView,
  | 'status'
  | 'quoteAmount'
  | 'quoteVersion'
  | 'payTokenSealed'
  | 'needsAttention'
  | 'requireAcceptance'
  | 'validUntil'
  | 'balanceDue'
>;

/** Statuses in which a saved card may be charged (the guard's `savedCard` fact is read only then). */
export const CHARGEABLE: readonly S[] = [S.QUOTED, S.ACCEPTED];

/** Whether the quote's validity has passed (a quote without validUntil never expires). */
export const quoteExpired = (request: Pick<RequestView, 'validUntil'>, now = Date.now()): boolean =>
  !!request.validUntil && new Date(request.validUntil).getTime() <= now;

/** The quote is no longer offered: payable but past its validUntil (a booked work's balance stays payable). */
export const offerExpired = (request: Pick<RequestView, 'status' | 'validUntil'>): boolean =>
  PAYABLE.includes(request.status) && quoteExpired(request);

/**
 * The guards' facts, from the request, its payments, whether its customer has a usable saved card
 * and whether the customer accepted its current quote version.
 */
export function actionFacts(
  request: RequestForFacts,
  payments: readonly PaymentForFacts[],
  savedCard: boolean,
  accepted: boolean,
): ActionFacts {
  const ofQuote = payments.filter((p) => (p.quoteVersion ?? request.quoteVersion) === request.quoteVersion);
  return {
    status: request.status,
    quoted: request.quoteAmount !== undefined && request.quoteAmount !== null,
    payUrl: !!request.payTokenSealed,
    needsAttention: request.needsAttention,
    processing: payments.some((p) => p.status === PaymentStatus.PROCESSING),
    quotePaid: ofQuote.some((p) => PAID_OR_PAYING.includes(p.status)),
    refundable: payments.some(isRefundable),
    savedCard,
    acceptancePending: request.requireAcceptance && !accepted,
    expired: quoteExpired(request),
    balanceDue: request.balanceDue,
  };
}

/** Whether a saved card could pay now: the quote (deposit or all of it) while CHARGEABLE, or the balance due. */
export function cardChargeable(request: Pick<RequestView, 'status' | 'balanceDue'>): boolean {
  return CHARGEABLE.includes(request.status) || (request.balanceDue && BALANCE_PAYABLE.includes(request.status));
}

/** Whether the customer has a saved card the business may charge now (CustomersService.canChargeCard). */
export type SavedCardLookup = (em: EntityManager, customerId: string) => Promise<boolean>;

/** The facts, read in `em`'s transaction (after the request's row lock, when the change holds one). */
export async function readFacts(
  em: EntityManager,
  request: RequestView,
  savedCard: SavedCardLookup,
): Promise<ActionFacts> {
  const payments = await em.execute<PaymentForFacts[]>(
    `select method, status, disputed, stripe_payment_intent_id as "stripePaymentIntentId", quote_version as "quoteVersion"
     from payment where service_request_id = ?`,
    [request.id],
  );
  return actionFacts(
    request,
    payments,
    cardChargeable(request) && (await savedCard(em, request.customer.id)),
    request.requireAcceptance && (await isAccepted(em, request)),
  );
}
