import { registerEnumType } from 'type-graphql';

import { ServiceRequestAction } from '../engine/lifecycle';

export enum AdminRole {
  OWNER = 'OWNER',
  STAFF = 'STAFF',
}
registerEnumType(AdminRole, { name: 'AdminRole' });

/**
 * The role table: the root operations (queries, mutations, subscriptions) a STAFF member may run.
 * Anything not listed is OWNER only, so an operation added later is denied to staff until someone
 * decides otherwise (README "Team"; the role matrix test makes that decision explicit).
 */
const STAFF_OPERATIONS: ReadonlySet<string> = new Set([
  // read requests and customers
  'serviceRequest',
  'serviceRequests',
  'statusCounts',
  'serviceRequestChanged',
  'customer',
  'customers',
  // the business's tax rates, which the quote form offers
  'businessSettings',
  // create, quote and requote; links and balance links; a saved card; cash taken on site
  'createServiceRequest',
  'quote',
  'extendQuoteValidity',
  'sendPaymentLink',
  'sendBalanceLink',
  'chargeSavedCard',
  'markPaid',
  // the work itself
  'schedule',
  'complete',
  'decline',
  'cancel',
  'checkWithStripe',
  // campaigns and their reminders
  'campaign',
  'campaigns',
  'campaignProgress',
  'createCampaign',
  'remindUnpaid',
  // their own account
  'logout',
  'changePassword',
  'mySessions',
  'endSession', // their own; another's is refused unless an owner asks (auth/account.service.ts)
]);

/** Whether `role` may run the root operation named `operation`. */
export const mayRun = (role: AdminRole, operation: string): boolean =>
  role === AdminRole.OWNER || STAFF_OPERATIONS.has(operation);

/** The mutation each action of `ServiceRequest.allowedActions` runs: an action is offered only to whom may run it. */
const ACTION_OPERATIONS: Readonly<Record<ServiceRequestAction, string>> = {
  QUOTE: 'quote',
  SEND_LINK: 'sendPaymentLink',
  ROTATE_PAY_URL: 'rotatePayUrl',
  MARK_PAID: 'markPaid',
  SCHEDULE: 'schedule',
  COMPLETE: 'complete',
  DECLINE: 'decline',
  CANCEL: 'cancel',
  REFUND: 'refund',
  CHARGE_SAVED_CARD: 'chargeSavedCard',
  CHECK_WITH_STRIPE: 'checkWithStripe',
  RESOLVE_ATTENTION: 'resolveAttention',
  EXTEND_VALIDITY: 'extendQuoteValidity',
  SEND_BALANCE_LINK: 'sendBalanceLink',
};

export const mayAct = (role: AdminRole, action: ServiceRequestAction): boolean =>
  mayRun(role, ACTION_OPERATIONS[action]);
