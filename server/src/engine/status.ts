import { registerEnumType } from 'type-graphql';

export enum ServiceRequestStatus {
  REQUESTED = 'REQUESTED',
  QUOTED = 'QUOTED',
  AWAITING_PAYMENT = 'AWAITING_PAYMENT',
  /** A deposit is paid: the work is booked, the balance is due (deposits.ts). */
  DEPOSIT_PAID = 'DEPOSIT_PAID',
  PAID = 'PAID',
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
  CANCELED = 'CANCELED',
  REFUNDED = 'REFUNDED',
  /** The customer accepted the current quote on the quote page (README "The customer's quote page"). */
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(ServiceRequestStatus, { name: 'ServiceRequestStatus' });

/** Who caused a change: shown on the timeline and in subscription payloads. */
export enum ChangeSource {
  ADMIN = 'ADMIN',
  CUSTOMER = 'CUSTOMER',
  WEBHOOK = 'WEBHOOK',
  SYNC = 'SYNC',
  SYSTEM = 'SYSTEM',
}
registerEnumType(ChangeSource, { name: 'ChangeSource' });

/**
 * How the timeline names who caused a change from each source; an admin's change (and what the
 * system does on their behalf, a campaign's job on its starter's) names the admin instead, and
 * entries from before actors were recorded say "admin".
 */
export const SOURCE_ACTORS: Readonly<Record<ChangeSource, string>> = {
  ADMIN: 'admin',
  CUSTOMER: 'customer',
  WEBHOOK: 'Stripe',
  SYNC: 'reconciliation',
  SYSTEM: 'system',
};
