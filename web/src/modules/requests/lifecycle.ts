import type { PaymentMethod, PaymentStatus, ServiceRequestAction, ServiceRequestStatus } from '../../gql/graphql';

/** How each status reads; the lifecycle itself is the server's (`ServiceRequest.allowedActions`). */
export const STATUS_LABELS: Readonly<Record<ServiceRequestStatus, string>> = {
  REQUESTED: 'Requested',
  QUOTED: 'Quoted',
  AWAITING_PAYMENT: 'Awaiting payment',
  DEPOSIT_PAID: 'Deposit paid',
  PAID: 'Paid',
  SCHEDULED: 'Scheduled',
  COMPLETED: 'Completed',
  DECLINED: 'Declined',
  CANCELED: 'Canceled',
  REFUNDED: 'Refunded',
  ACCEPTED: 'Accepted',
};

export const ALL_STATUSES = Object.keys(STATUS_LABELS) as ServiceRequestStatus[];

/** Badge colours; Mantine's filled variants keep at least 4.5:1 contrast with white text. */
export const STATUS_COLORS: Readonly<Record<ServiceRequestStatus, string>> = {
  REQUESTED: 'gray',
  QUOTED: 'indigo',
  AWAITING_PAYMENT: 'orange',
  DEPOSIT_PAID: 'blue',
  PAID: 'teal',
  SCHEDULED: 'cyan',
  COMPLETED: 'green',
  DECLINED: 'dark',
  CANCELED: 'dark',
  REFUNDED: 'grape',
  ACCEPTED: 'blue',
};

export interface PaymentForActions {
  method: PaymentMethod;
  status: PaymentStatus;
  amount: number;
  refunded: number;
  disputed: boolean;
}

/** What can still be refunded of a payment through Stripe (manual and disputed payments cannot). */
export function refundable(payment: PaymentForActions): number {
  if (payment.method !== 'STRIPE' || payment.disputed) return 0;
  if (payment.status !== 'SUCCEEDED' && payment.status !== 'PARTIALLY_REFUNDED') return 0;
  return Math.max(0, payment.amount - payment.refunded);
}

/** The actions the server allows on the request now, for `has` checks. */
export function actionsOf(request: {
  allowedActions: readonly ServiceRequestAction[];
}): ReadonlySet<ServiceRequestAction> {
  return new Set(request.allowedActions);
}

/** Wording that depends on the status: a second quote is a re-quote, a second send a resend. */
export function actionLabel(action: ServiceRequestAction, status: ServiceRequestStatus): string {
  switch (action) {
    case 'QUOTE':
      return status === 'REQUESTED' ? 'Quote' : 'Re-quote';
    case 'SEND_LINK':
      return status === 'AWAITING_PAYMENT' ? 'Resend payment link' : 'Send payment link';
    case 'ROTATE_PAY_URL':
      return 'New pay URL';
    case 'MARK_PAID':
      return 'Mark paid';
    case 'SCHEDULE':
      return status === 'SCHEDULED' ? 'Reschedule' : 'Schedule';
    case 'COMPLETE':
      return 'Complete';
    case 'DECLINE':
      return 'Decline';
    case 'CANCEL':
      return 'Cancel request';
    case 'REFUND':
      return 'Refund';
    case 'CHECK_WITH_STRIPE':
      return 'Check with Stripe';
    case 'RESOLVE_ATTENTION':
      return 'Resolve';
    case 'CHARGE_SAVED_CARD':
      return 'Charge saved card';
    case 'EXTEND_VALIDITY':
      return 'Extend validity';
    case 'SEND_BALANCE_LINK':
      return 'Send balance link';
  }
}
