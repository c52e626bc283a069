import { registerEnumType } from 'type-graphql';

export enum PaymentStatus {
  PROCESSING = 'PROCESSING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
  REFUNDED = 'REFUNDED',
}
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });

export enum PaymentMethod {
  STRIPE = 'STRIPE',
  MANUAL = 'MANUAL',
}
registerEnumType(PaymentMethod, { name: 'PaymentMethod' });

/** Payments whose money arrived (whatever was refunded since). */
export const MONEY_RECEIVED: readonly PaymentStatus[] = [
  PaymentStatus.SUCCEEDED,
  PaymentStatus.PARTIALLY_REFUNDED,
  PaymentStatus.REFUNDED,
];

/** A payment of a quote that pays it, or will: a second charge for that quote would charge twice. */
export const PAID_OR_PAYING: readonly PaymentStatus[] = [
  PaymentStatus.PROCESSING,
  PaymentStatus.SUCCEEDED,
  PaymentStatus.PARTIALLY_REFUNDED,
];

/** A payment an admin can refund through Stripe (manual money goes back the way it came; a disputed charge cannot). */
export function isRefundable(payment: {
  method: PaymentMethod;
  status: PaymentStatus;
  disputed: boolean;
  stripePaymentIntentId?: string | null | undefined;
}): boolean {
  return (
    payment.method === PaymentMethod.STRIPE &&
    !payment.disputed &&
    !!payment.stripePaymentIntentId &&
    (payment.status === PaymentStatus.SUCCEEDED || payment.status === PaymentStatus.PARTIALLY_REFUNDED)
  );
}

/** What a link, session or payment is for: the whole quote, its deposit, or the balance after the deposit. */
export enum PayPurpose {
  FULL = 'FULL',
  DEPOSIT = 'DEPOSIT',
  BALANCE = 'BALANCE',
}
registerEnumType(PayPurpose, { name: 'PayPurpose' });

/** The purpose a Stripe object's `metadata.purpose` names; objects from before purposes are FULL. */
export function purposeOf(metadata: Record<string, string>): PayPurpose {
  const named = metadata['purpose'];
  return Object.values(PayPurpose).find((purpose) => purpose === named) ?? PayPurpose.FULL;
}
