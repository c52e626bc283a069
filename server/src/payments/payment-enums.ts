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
