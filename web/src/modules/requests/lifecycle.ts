import type { PaymentMethod, PaymentStatus, ServiceRequestStatus } from '../../gql/graphql';

/**
 * The request lifecycle of CONTRACT.md, mirrored once for the UI: which buttons a status shows.
 * The server's table (server/src/service-requests/lifecycle.ts) stays the authority; this only
 * keeps the screen from offering what the server would refuse.
 */
export const TRANSITIONS: Readonly<Record<ServiceRequestStatus, readonly ServiceRequestStatus[]>> = {
  REQUESTED: ['QUOTED', 'DECLINED', 'CANCELED'],
  QUOTED: ['QUOTED', 'AWAITING_PAYMENT', 'PAID', 'DECLINED', 'CANCELED'],
  AWAITING_PAYMENT: ['QUOTED', 'AWAITING_PAYMENT', 'PAID', 'DECLINED', 'CANCELED'],
  PAID: ['SCHEDULED', 'REFUNDED'],
  SCHEDULED: ['SCHEDULED', 'COMPLETED', 'REFUNDED'],
  COMPLETED: ['REFUNDED'],
  DECLINED: [],
  CANCELED: [],
  REFUNDED: [],
};

export const ALL_STATUSES = Object.keys(TRANSITIONS) as ServiceRequestStatus[];

/** Statuses whose quote can still be paid (the /pay URL leads to Stripe). */
export const PAYABLE: readonly ServiceRequestStatus[] = ['QUOTED', 'AWAITING_PAYMENT'];

export const STATUS_LABELS: Readonly<Record<ServiceRequestStatus, string>> = {
  REQUESTED: 'Requested',
  QUOTED: 'Quoted',
  AWAITING_PAYMENT: 'Awaiting payment',
  PAID: 'Paid',
  SCHEDULED: 'Scheduled',
  COMPLETED: 'Completed',
  DECLINED: 'Declined',
  CANCELED: 'Canceled',
  REFUNDED: 'Refunded',
};

/** Badge colours; Mantine's filled variants keep at least 4.5:1 contrast with white text. */
export const STATUS_COLORS: Readonly<Record<ServiceRequestStatus, string>> = {
  REQUESTED: 'gray',
  QUOTED: 'indigo',
  AWAITING_PAYMENT: 'orange',
  PAID: 'teal',
  SCHEDULED: 'cyan',
  COMPLETED: 'green',
  DECLINED: 'dark',
  CANCELED: 'dark',
  REFUNDED: 'grape',
};

export function canTransition(from: ServiceRequestStatus, to: ServiceRequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export type RequestAction =
  | 'quote'
  | 'sendLink'
  | 'rotatePayUrl'
  | 'markPaid'
  | 'schedule'
  | 'complete'
  | 'decline'
  | 'cancel'
  | 'refund'
  | 'checkWithStripe'
  | 'resolveAttention';

export interface PaymentForActions {
  method: PaymentMethod;
  status: PaymentStatus;
  amount: number;
  refunded: number;
  disputed: boolean;
}

export interface RequestForActions {
  status: ServiceRequestStatus;
  quoteAmount: number | null;
  payUrl: string | null;
  needsAttention: boolean;
  payments: readonly PaymentForActions[];
}

/** What can still be refunded of a payment through Stripe (manual and disputed payments cannot). */
export function refundable(payment: PaymentForActions): number {
  if (payment.method !== 'STRIPE' || payment.disputed) return 0;
  if (payment.status !== 'SUCCEEDED' && payment.status !== 'PARTIALLY_REFUNDED') return 0;
  return Math.max(0, payment.amount - payment.refunded);
}

/**
 * The actions the detail screen offers for a request. Money that arrived can be refunded whatever
 * the status (a payment after a cancel, a second payment); re-quote, decline and cancel are
 * offered while a payment is processing only to be refused by the server with CONFLICT, so
 * they are held back here.
 */
export function allowedActions(request: RequestForActions): ReadonlySet<RequestAction> {
  const actions = new Set<RequestAction>(['checkWithStripe']);
  const { status } = request;
  const processing = request.payments.some((p) => p.status === 'PROCESSING');
  const quoted = request.quoteAmount !== null;
  if (canTransition(status, 'QUOTED') && !processing) actions.add('quote');
  if (canTransition(status, 'AWAITING_PAYMENT') && quoted) actions.add('sendLink');
  if (request.payUrl && PAYABLE.includes(status)) actions.add('rotatePayUrl');
  if (canTransition(status, 'PAID') && quoted && !processing) actions.add('markPaid');
  if (canTransition(status, 'SCHEDULED')) actions.add('schedule');
  if (canTransition(status, 'COMPLETED')) actions.add('complete');
  if (canTransition(status, 'DECLINED') && !processing) actions.add('decline');
  if (canTransition(status, 'CANCELED') && !processing) actions.add('cancel');
  if (request.payments.some((p) => refundable(p) > 0)) actions.add('refund');
  if (request.needsAttention) actions.add('resolveAttention');
  return actions;
}

/** Wording that depends on the status: a second quote is a re-quote, a second send a resend. */
export function actionLabel(action: RequestAction, status: ServiceRequestStatus): string {
  switch (action) {
    case 'quote':
      return status === 'REQUESTED' ? 'Quote' : 'Re-quote';
    case 'sendLink':
      return status === 'AWAITING_PAYMENT' ? 'Resend payment link' : 'Send payment link';
    case 'rotatePayUrl':
      return 'New pay URL';
    case 'markPaid':
      return 'Mark paid';
    case 'schedule':
      return status === 'SCHEDULED' ? 'Reschedule' : 'Schedule';
    case 'complete':
      return 'Complete';
    case 'decline':
      return 'Decline';
    case 'cancel':
      return 'Cancel request';
    case 'refund':
      return 'Refund';
    case 'checkWithStripe':
      return 'Check with Stripe';
    case 'resolveAttention':
      return 'Resolve';
  }
}
