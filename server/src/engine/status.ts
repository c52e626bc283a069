import { registerEnumType } from 'type-graphql';

export enum ServiceRequestStatus {
  REQUESTED = 'REQUESTED',
  QUOTED = 'QUOTED',
  AWAITING_PAYMENT = 'AWAITING_PAYMENT',
  PAID = 'PAID',
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  DECLINED = 'DECLINED',
  CANCELED = 'CANCELED',
  REFUNDED = 'REFUNDED',
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
