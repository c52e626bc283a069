/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'mutation ChangePassword($current: String!, $next: String!) {\n  changePassword(current: $current, next: $next)\n}': typeof types.ChangePasswordDocument;
  'mutation EndSession($id: ID!) {\n  endSession(id: $id)\n}': typeof types.EndSessionDocument;
  'query MySessions {\n  mySessions {\n    id\n    device\n    address\n    createdAt\n    lastSeenAt\n    current\n  }\n}': typeof types.MySessionsDocument;
  'mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}': typeof types.RequestPasswordResetDocument;
  'mutation ResetPassword($token: String!, $password: String!) {\n  resetPassword(token: $token, password: $password) {\n    admin {\n      id\n      email\n      name\n      role\n    }\n  }\n}': typeof types.ResetPasswordDocument;
  'mutation ResolveAttention($id: ID!, $note: String!) {\n  resolveAttention(id: $id, note: $note) {\n    ...RequestDetail\n  }\n}': typeof types.ResolveAttentionDocument;
  'query AuditLog($first: Int, $after: String, $kind: String) {\n  auditLog(first: $first, after: $after, kind: $kind) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        at\n        kind\n        actor\n        address\n        target\n        detail\n        count\n      }\n    }\n  }\n}': typeof types.AuditLogDocument;
  'mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    admin {\n      id\n      email\n      name\n      role\n    }\n  }\n}': typeof types.LoginDocument;
  'mutation Logout {\n  logout\n}': typeof types.LogoutDocument;
  'query Me {\n  me {\n    id\n    email\n    name\n    role\n  }\n}': typeof types.MeDocument;
  'query Campaign($id: ID!) {\n  campaign(id: $id) {\n    ...CampaignDetail\n  }\n}': typeof types.CampaignDocument;
  'fragment CampaignDetail on Campaign {\n  ...CampaignSummary\n  recipients(first: 100) {\n    id\n    state\n    error\n    reminders\n    sentAt\n    serviceRequest {\n      id\n      customerName\n      customerEmail\n      status\n      quoteAmount\n      currency\n    }\n  }\n}': typeof types.CampaignDetailFragmentDoc;
  'subscription CampaignProgress($id: ID!) {\n  campaignProgress(id: $id) {\n    ...CampaignDetail\n  }\n}': typeof types.CampaignProgressDocument;
  'fragment CampaignSummary on Campaign {\n  id\n  name\n  createdAt\n  done\n  counts {\n    total\n    pending\n    sent\n    failed\n    paid\n    unpaid\n  }\n}': typeof types.CampaignSummaryFragmentDoc;
  'query Campaigns($first: Int!, $after: String) {\n  campaigns(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...CampaignSummary\n      }\n    }\n  }\n}': typeof types.CampaignsDocument;
  'mutation CreateCampaign($input: CreateCampaignInput!) {\n  createCampaign(input: $input) {\n    ...CampaignSummary\n  }\n}': typeof types.CreateCampaignDocument;
  'mutation RemindUnpaid($id: ID!) {\n  remindUnpaid(id: $id) {\n    ...CampaignDetail\n  }\n}': typeof types.RemindUnpaidDocument;
  'query Customer($id: ID!) {\n  customer(id: $id) {\n    id\n    name\n    email\n    emailProblem\n    stripeCustomerId\n    totalPaid\n    createdAt\n    savedCard {\n      brand\n      last4\n      expMonth\n      expYear\n      consentText\n      consentedAt\n    }\n    requests {\n      id\n      description\n      status\n      quoteAmount\n      currency\n      createdAt\n    }\n    payments {\n      id\n      method\n      paymentMethodType\n      amount\n      currency\n      refunded\n      status\n      createdAt\n    }\n  }\n}': typeof types.CustomerDocument;
  'query Customers($search: String, $hasSavedCard: Boolean, $first: Int!, $after: String) {\n  customers(\n    search: $search\n    hasSavedCard: $hasSavedCard\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        email\n        totalPaid\n        createdAt\n        savedCard {\n          brand\n          last4\n        }\n        requests {\n          id\n          currency\n        }\n      }\n    }\n  }\n}': typeof types.CustomersDocument;
  'subscription ServiceRequestChanged {\n  serviceRequestChanged {\n    previousStatus\n    status\n    source\n    at\n    serviceRequest {\n      ...RequestDetail\n    }\n  }\n}': typeof types.ServiceRequestChangedDocument;
  'query Outbox($first: Int!, $after: String) {\n  outbox(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        kind\n        to\n        subject\n        text\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n}': typeof types.OutboxDocument;
  'mutation RequestService($input: RequestServiceInput!) {\n  requestService(input: $input) {\n    id\n    status\n    createdAt\n  }\n}': typeof types.RequestServiceDocument;
  'query PaymentsReport($from: DateTime!, $to: DateTime!, $currency: String, $timeZone: String) {\n  paymentsReport(from: $from, to: $to, currency: $currency, timeZone: $timeZone) {\n    currency\n    currencies\n    paid\n    refunded\n    count\n    byDay {\n      key\n      paid\n      refunded\n      count\n    }\n    byMethod {\n      key\n      paid\n      refunded\n      count\n    }\n  }\n}': typeof types.PaymentsReportDocument;
  'mutation Cancel($id: ID!, $reason: String) {\n  cancel(id: $id, reason: $reason) {\n    ...RequestDetail\n  }\n}': typeof types.CancelDocument;
  'mutation ChargeSavedCard($id: ID!) {\n  chargeSavedCard(id: $id) {\n    ...RequestDetail\n  }\n}': typeof types.ChargeSavedCardDocument;
  'mutation CheckWithStripe($id: ID!) {\n  checkWithStripe(id: $id) {\n    ...RequestDetail\n  }\n}': typeof types.CheckWithStripeDocument;
  'mutation Complete($id: ID!) {\n  complete(id: $id) {\n    ...RequestDetail\n  }\n}': typeof types.CompleteDocument;
  'mutation CreateServiceRequest($input: RequestServiceInput!) {\n  createServiceRequest(input: $input) {\n    ...RequestDetail\n  }\n}': typeof types.CreateServiceRequestDocument;
  'mutation Decline($id: ID!, $reason: String) {\n  decline(id: $id, reason: $reason) {\n    ...RequestDetail\n  }\n}': typeof types.DeclineDocument;
  'mutation ExtendQuoteValidity($id: ID!, $validUntil: DateTime!) {\n  extendQuoteValidity(id: $id, validUntil: $validUntil) {\n    ...RequestDetail\n  }\n}': typeof types.ExtendQuoteValidityDocument;
  'mutation MarkPaid($id: ID!, $note: String) {\n  markPaid(id: $id, note: $note) {\n    ...RequestDetail\n  }\n}': typeof types.MarkPaidDocument;
  'mutation Quote($id: ID!, $amount: Int, $lineItems: [LineItemInput!], $currency: String, $note: String, $saveCard: Boolean! = false, $requireAcceptance: Boolean! = false, $depositAmount: Int, $depositPercent: Int) {\n  quote(\n    id: $id\n    amount: $amount\n    lineItems: $lineItems\n    currency: $currency\n    note: $note\n    saveCard: $saveCard\n    requireAcceptance: $requireAcceptance\n    depositAmount: $depositAmount\n    depositPercent: $depositPercent\n  ) {\n    ...RequestDetail\n  }\n}': typeof types.QuoteDocument;
  'mutation Refund($id: ID!, $paymentId: ID, $amount: Int, $afterDepositRefund: AfterDepositRefund) {\n  refund(\n    id: $id\n    paymentId: $paymentId\n    amount: $amount\n    afterDepositRefund: $afterDepositRefund\n  ) {\n    ...RequestDetail\n  }\n}': typeof types.RefundDocument;
  'fragment RequestDetail on ServiceRequest {\n  id\n  version\n  customerName\n  customerEmail\n  customerPhone\n  address\n  description\n  status\n  allowedActions\n  quoteAmount\n  depositAmount\n  amountDue\n  subtotal\n  taxAmount\n  quoteNote\n  quoteTerms\n  validUntil\n  lineItems {\n    id\n    description\n    quantity\n    unitAmount\n    amount\n    taxAmount\n    taxRate {\n      id\n      name\n      percentage\n      inclusive\n    }\n  }\n  currency\n  quoteVersion\n  saveCard\n  requireAcceptance\n  quoteUrl\n  acceptance {\n    name\n    at\n    clientAddress\n    quoteVersion\n  }\n  customer {\n    id\n    savedCard {\n      brand\n      last4\n    }\n  }\n  payUrl\n  quotePdfUrl\n  receiptPdfUrl\n  amountPaid\n  amountRefunded\n  scheduledFor\n  needsAttention\n  attentionReason\n  createdAt\n  updatedAt\n  paymentLinks {\n    id\n    stripeId\n    url\n    amount\n    currency\n    quoteVersion\n    active\n    createdAt\n  }\n  payments {\n    id\n    method\n    stripePaymentIntentId\n    paymentMethodType\n    purpose\n    amount\n    currency\n    refunded\n    status\n    disputed\n    createdAt\n    refunds {\n      id\n      stripeRefundId\n      amount\n      status\n      createdAt\n    }\n    dispute {\n      status\n      reason\n      amount\n      evidenceDueBy\n      outcome\n    }\n  }\n  timeline {\n    kind\n    from\n    to\n    source\n    actor\n    note\n    amount\n    at\n  }\n  timelineCount\n}': typeof types.RequestDetailFragmentDoc;
  'fragment RequestListItem on ServiceRequest {\n  id\n  customerName\n  customerEmail\n  description\n  status\n  quoteAmount\n  currency\n  amountPaid\n  needsAttention\n  attentionReason\n  scheduledFor\n  createdAt\n  updatedAt\n}': typeof types.RequestListItemFragmentDoc;
  'mutation RotatePayUrl($id: ID!) {\n  rotatePayUrl(id: $id) {\n    ...RequestDetail\n  }\n}': typeof types.RotatePayUrlDocument;
  'mutation Schedule($id: ID!, $scheduledFor: DateTime!) {\n  schedule(id: $id, scheduledFor: $scheduledFor) {\n    ...RequestDetail\n  }\n}': typeof types.ScheduleDocument;
  'mutation SendBalanceLink($id: ID!) {\n  sendBalanceLink(id: $id) {\n    ...RequestDetail\n  }\n}': typeof types.SendBalanceLinkDocument;
  'mutation SendPaymentLink($id: ID!) {\n  sendPaymentLink(id: $id) {\n    ...RequestDetail\n  }\n}': typeof types.SendPaymentLinkDocument;
  'query ServiceRequest($id: ID!) {\n  serviceRequest(id: $id) {\n    ...RequestDetail\n  }\n}': typeof types.ServiceRequestDocument;
  'query ServiceRequests($status: [ServiceRequestStatus!], $search: String, $needsAttention: Boolean, $orderBy: ServiceRequestOrder!, $first: Int!, $after: String) {\n  serviceRequests(\n    status: $status\n    search: $search\n    needsAttention: $needsAttention\n    orderBy: $orderBy\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    totalCountIsExact\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...RequestListItem\n      }\n    }\n  }\n}': typeof types.ServiceRequestsDocument;
  'query StatusCounts {\n  statusCounts {\n    status\n    count\n  }\n}': typeof types.StatusCountsDocument;
  'mutation SubmitDisputeEvidence($paymentId: ID!, $note: String) {\n  submitDisputeEvidence(paymentId: $paymentId, note: $note) {\n    id\n    disputed\n    dispute {\n      status\n      reason\n      amount\n      evidenceDueBy\n      outcome\n    }\n  }\n}': typeof types.SubmitDisputeEvidenceDocument;
  'query BusinessSettings {\n  businessSettings {\n    ...BusinessSettingsFields\n  }\n}': typeof types.BusinessSettingsDocument;
  'fragment BusinessSettingsFields on BusinessSettings {\n  name\n  logoUrl\n  accentColor\n  address\n  phone\n  replyTo\n  timeZone\n  currency\n  defaultDepositPercent\n  quoteValidityDays\n  reminderDays\n  terms\n  fromEnvironment\n  taxRates {\n    id\n    name\n    percentage\n    inclusive\n  }\n}': typeof types.BusinessSettingsFieldsFragmentDoc;
  'mutation UpdateBusinessSettings($input: BusinessSettingsInput!) {\n  updateBusinessSettings(input: $input) {\n    ...BusinessSettingsFields\n  }\n}': typeof types.UpdateBusinessSettingsDocument;
  'mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n  acceptInvitation(token: $token, name: $name, password: $password) {\n    admin {\n      id\n      email\n      name\n      role\n    }\n  }\n}': typeof types.AcceptInvitationDocument;
  'mutation CreatePasswordResetLink($id: ID!) {\n  createPasswordResetLink(id: $id)\n}': typeof types.CreatePasswordResetLinkDocument;
  'mutation InviteAdmin($email: String!, $role: AdminRole!) {\n  inviteAdmin(email: $email, role: $role) {\n    id\n    email\n    link\n  }\n}': typeof types.InviteAdminDocument;
  'mutation RemoveAdmin($id: ID!) {\n  removeAdmin(id: $id)\n}': typeof types.RemoveAdminDocument;
  'mutation ResendInvitation($id: ID!) {\n  resendInvitation(id: $id) {\n    id\n    email\n    link\n  }\n}': typeof types.ResendInvitationDocument;
  'mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id)\n}': typeof types.RevokeInvitationDocument;
  'mutation SetAdminRole($id: ID!, $role: AdminRole!) {\n  setAdminRole(id: $id, role: $role) {\n    id\n    role\n  }\n}': typeof types.SetAdminRoleDocument;
  'query Team {\n  admins {\n    id\n    email\n    name\n    role\n    createdAt\n    removedAt\n  }\n  invitations {\n    id\n    email\n    role\n    expiresAt\n    invitedBy {\n      id\n      email\n      name\n    }\n  }\n}': typeof types.TeamDocument;
  'mutation ReplayWebhookEvent($id: ID!) {\n  replayWebhookEvent(id: $id)\n}': typeof types.ReplayWebhookEventDocument;
  'query WebhookEvents($status: String, $first: Int!, $after: String) {\n  webhookEvents(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        type\n        status\n        source\n        apiVersion\n        livemode\n        attempts\n        error\n        note\n        receivedAt\n        processedAt\n      }\n    }\n  }\n}': typeof types.WebhookEventsDocument;
};
const documents: Documents = {
  'mutation ChangePassword($current: String!, $next: String!) {\n  changePassword(current: $current, next: $next)\n}':
    types.ChangePasswordDocument,
  'mutation EndSession($id: ID!) {\n  endSession(id: $id)\n}': types.EndSessionDocument,
  'query MySessions {\n  mySessions {\n    id\n    device\n    address\n    createdAt\n    lastSeenAt\n    current\n  }\n}':
    types.MySessionsDocument,
  'mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}':
    types.RequestPasswordResetDocument,
  'mutation ResetPassword($token: String!, $password: String!) {\n  resetPassword(token: $token, password: $password) {\n    admin {\n      id\n      email\n      name\n      role\n    }\n  }\n}':
    types.ResetPasswordDocument,
  'mutation ResolveAttention($id: ID!, $note: String!) {\n  resolveAttention(id: $id, note: $note) {\n    ...RequestDetail\n  }\n}':
    types.ResolveAttentionDocument,
  'query AuditLog($first: Int, $after: String, $kind: String) {\n  auditLog(first: $first, after: $after, kind: $kind) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        at\n        kind\n        actor\n        address\n        target\n        detail\n        count\n      }\n    }\n  }\n}':
    types.AuditLogDocument,
  'mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    admin {\n      id\n      email\n      name\n      role\n    }\n  }\n}':
    types.LoginDocument,
  'mutation Logout {\n  logout\n}': types.LogoutDocument,
  'query Me {\n  me {\n    id\n    email\n    name\n    role\n  }\n}': types.MeDocument,
  'query Campaign($id: ID!) {\n  campaign(id: $id) {\n    ...CampaignDetail\n  }\n}': types.CampaignDocument,
  'fragment CampaignDetail on Campaign {\n  ...CampaignSummary\n  recipients(first: 100) {\n    id\n    state\n    error\n    reminders\n    sentAt\n    serviceRequest {\n      id\n      customerName\n      customerEmail\n      status\n      quoteAmount\n      currency\n    }\n  }\n}':
    types.CampaignDetailFragmentDoc,
  'subscription CampaignProgress($id: ID!) {\n  campaignProgress(id: $id) {\n    ...CampaignDetail\n  }\n}':
    types.CampaignProgressDocument,
  'fragment CampaignSummary on Campaign {\n  id\n  name\n  createdAt\n  done\n  counts {\n    total\n    pending\n    sent\n    failed\n    paid\n    unpaid\n  }\n}':
    types.CampaignSummaryFragmentDoc,
  'query Campaigns($first: Int!, $after: String) {\n  campaigns(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...CampaignSummary\n      }\n    }\n  }\n}':
    types.CampaignsDocument,
  'mutation CreateCampaign($input: CreateCampaignInput!) {\n  createCampaign(input: $input) {\n    ...CampaignSummary\n  }\n}':
    types.CreateCampaignDocument,
  'mutation RemindUnpaid($id: ID!) {\n  remindUnpaid(id: $id) {\n    ...CampaignDetail\n  }\n}':
    types.RemindUnpaidDocument,
  'query Customer($id: ID!) {\n  customer(id: $id) {\n    id\n    name\n    email\n    emailProblem\n    stripeCustomerId\n    totalPaid\n    createdAt\n    savedCard {\n      brand\n      last4\n      expMonth\n      expYear\n      consentText\n      consentedAt\n    }\n    requests {\n      id\n      description\n      status\n      quoteAmount\n      currency\n      createdAt\n    }\n    payments {\n      id\n      method\n      paymentMethodType\n      amount\n      currency\n      refunded\n      status\n      createdAt\n    }\n  }\n}':
    types.CustomerDocument,
  'query Customers($search: String, $hasSavedCard: Boolean, $first: Int!, $after: String) {\n  customers(\n    search: $search\n    hasSavedCard: $hasSavedCard\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        email\n        totalPaid\n        createdAt\n        savedCard {\n          brand\n          last4\n        }\n        requests {\n          id\n          currency\n        }\n      }\n    }\n  }\n}':
    types.CustomersDocument,
  'subscription ServiceRequestChanged {\n  serviceRequestChanged {\n    previousStatus\n    status\n    source\n    at\n    serviceRequest {\n      ...RequestDetail\n    }\n  }\n}':
    types.ServiceRequestChangedDocument,
  'query Outbox($first: Int!, $after: String) {\n  outbox(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        kind\n        to\n        subject\n        text\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n}':
    types.OutboxDocument,
  'mutation RequestService($input: RequestServiceInput!) {\n  requestService(input: $input) {\n    id\n    status\n    createdAt\n  }\n}':
    types.RequestServiceDocument,
  'query PaymentsReport($from: DateTime!, $to: DateTime!, $currency: String, $timeZone: String) {\n  paymentsReport(from: $from, to: $to, currency: $currency, timeZone: $timeZone) {\n    currency\n    currencies\n    paid\n    refunded\n    count\n    byDay {\n      key\n      paid\n      refunded\n      count\n    }\n    byMethod {\n      key\n      paid\n      refunded\n      count\n    }\n  }\n}':
    types.PaymentsReportDocument,
  'mutation Cancel($id: ID!, $reason: String) {\n  cancel(id: $id, reason: $reason) {\n    ...RequestDetail\n  }\n}':
    types.CancelDocument,
  'mutation ChargeSavedCard($id: ID!) {\n  chargeSavedCard(id: $id) {\n    ...RequestDetail\n  }\n}':
    types.ChargeSavedCardDocument,
  'mutation CheckWithStripe($id: ID!) {\n  checkWithStripe(id: $id) {\n    ...RequestDetail\n  }\n}':
    types.CheckWithStripeDocument,
  'mutation Complete($id: ID!) {\n  complete(id: $id) {\n    ...RequestDetail\n  }\n}': types.CompleteDocument,
  'mutation CreateServiceRequest($input: RequestServiceInput!) {\n  createServiceRequest(input: $input) {\n    ...RequestDetail\n  }\n}':
    types.CreateServiceRequestDocument,
  'mutation Decline($id: ID!, $reason: String) {\n  decline(id: $id, reason: $reason) {\n    ...RequestDetail\n  }\n}':
    types.DeclineDocument,
  'mutation ExtendQuoteValidity($id: ID!, $validUntil: DateTime!) {\n  extendQuoteValidity(id: $id, validUntil: $validUntil) {\n    ...RequestDetail\n  }\n}':
    types.ExtendQuoteValidityDocument,
  'mutation MarkPaid($id: ID!, $note: String) {\n  markPaid(id: $id, note: $note) {\n    ...RequestDetail\n  }\n}':
    types.MarkPaidDocument,
  'mutation Quote($id: ID!, $amount: Int, $lineItems: [LineItemInput!], $currency: String, $note: String, $saveCard: Boolean! = false, $requireAcceptance: Boolean! = false, $depositAmount: Int, $depositPercent: Int) {\n  quote(\n    id: $id\n    amount: $amount\n    lineItems: $lineItems\n    currency: $currency\n    note: $note\n    saveCard: $saveCard\n    requireAcceptance: $requireAcceptance\n    depositAmount: $depositAmount\n    depositPercent: $depositPercent\n  ) {\n    ...RequestDetail\n  }\n}':
    types.QuoteDocument,
  'mutation Refund($id: ID!, $paymentId: ID, $amount: Int, $afterDepositRefund: AfterDepositRefund) {\n  refund(\n    id: $id\n    paymentId: $paymentId\n    amount: $amount\n    afterDepositRefund: $afterDepositRefund\n  ) {\n    ...RequestDetail\n  }\n}':
    types.RefundDocument,
  'fragment RequestDetail on ServiceRequest {\n  id\n  version\n  customerName\n  customerEmail\n  customerPhone\n  address\n  description\n  status\n  allowedActions\n  quoteAmount\n  depositAmount\n  amountDue\n  subtotal\n  taxAmount\n  quoteNote\n  quoteTerms\n  validUntil\n  lineItems {\n    id\n    description\n    quantity\n    unitAmount\n    amount\n    taxAmount\n    taxRate {\n      id\n      name\n      percentage\n      inclusive\n    }\n  }\n  currency\n  quoteVersion\n  saveCard\n  requireAcceptance\n  quoteUrl\n  acceptance {\n    name\n    at\n    clientAddress\n    quoteVersion\n  }\n  customer {\n    id\n    savedCard {\n      brand\n      last4\n    }\n  }\n  payUrl\n  quotePdfUrl\n  receiptPdfUrl\n  amountPaid\n  amountRefunded\n  scheduledFor\n  needsAttention\n  attentionReason\n  createdAt\n  updatedAt\n  paymentLinks {\n    id\n    stripeId\n    url\n    amount\n    currency\n    quoteVersion\n    active\n    createdAt\n  }\n  payments {\n    id\n    method\n    stripePaymentIntentId\n    paymentMethodType\n    purpose\n    amount\n    currency\n    refunded\n    status\n    disputed\n    createdAt\n    refunds {\n      id\n      stripeRefundId\n      amount\n      status\n      createdAt\n    }\n    dispute {\n      status\n      reason\n      amount\n      evidenceDueBy\n      outcome\n    }\n  }\n  timeline {\n    kind\n    from\n    to\n    source\n    actor\n    note\n    amount\n    at\n  }\n  timelineCount\n}':
    types.RequestDetailFragmentDoc,
  'fragment RequestListItem on ServiceRequest {\n  id\n  customerName\n  customerEmail\n  description\n  status\n  quoteAmount\n  currency\n  amountPaid\n  needsAttention\n  attentionReason\n  scheduledFor\n  createdAt\n  updatedAt\n}':
    types.RequestListItemFragmentDoc,
  'mutation RotatePayUrl($id: ID!) {\n  rotatePayUrl(id: $id) {\n    ...RequestDetail\n  }\n}':
    types.RotatePayUrlDocument,
  'mutation Schedule($id: ID!, $scheduledFor: DateTime!) {\n  schedule(id: $id, scheduledFor: $scheduledFor) {\n    ...RequestDetail\n  }\n}':
    types.ScheduleDocument,
  'mutation SendBalanceLink($id: ID!) {\n  sendBalanceLink(id: $id) {\n    ...RequestDetail\n  }\n}':
    types.SendBalanceLinkDocument,
  'mutation SendPaymentLink($id: ID!) {\n  sendPaymentLink(id: $id) {\n    ...RequestDetail\n  }\n}':
    types.SendPaymentLinkDocument,
  'query ServiceRequest($id: ID!) {\n  serviceRequest(id: $id) {\n    ...RequestDetail\n  }\n}':
    types.ServiceRequestDocument,
  'query ServiceRequests($status: [ServiceRequestStatus!], $search: String, $needsAttention: Boolean, $orderBy: ServiceRequestOrder!, $first: Int!, $after: String) {\n  serviceRequests(\n    status: $status\n    search: $search\n    needsAttention: $needsAttention\n    orderBy: $orderBy\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    totalCountIsExact\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...RequestListItem\n      }\n    }\n  }\n}':
    types.ServiceRequestsDocument,
  'query StatusCounts {\n  statusCounts {\n    status\n    count\n  }\n}': types.StatusCountsDocument,
  'mutation SubmitDisputeEvidence($paymentId: ID!, $note: String) {\n  submitDisputeEvidence(paymentId: $paymentId, note: $note) {\n    id\n    disputed\n    dispute {\n      status\n      reason\n      amount\n      evidenceDueBy\n      outcome\n    }\n  }\n}':
    types.SubmitDisputeEvidenceDocument,
  'query BusinessSettings {\n  businessSettings {\n    ...BusinessSettingsFields\n  }\n}':
    types.BusinessSettingsDocument,
  'fragment BusinessSettingsFields on BusinessSettings {\n  name\n  logoUrl\n  accentColor\n  address\n  phone\n  replyTo\n  timeZone\n  currency\n  defaultDepositPercent\n  quoteValidityDays\n  reminderDays\n  terms\n  fromEnvironment\n  taxRates {\n    id\n    name\n    percentage\n    inclusive\n  }\n}':
    types.BusinessSettingsFieldsFragmentDoc,
  'mutation UpdateBusinessSettings($input: BusinessSettingsInput!) {\n  updateBusinessSettings(input: $input) {\n    ...BusinessSettingsFields\n  }\n}':
    types.UpdateBusinessSettingsDocument,
  'mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n  acceptInvitation(token: $token, name: $name, password: $password) {\n    admin {\n      id\n      email\n      name\n      role\n    }\n  }\n}':
    types.AcceptInvitationDocument,
  'mutation CreatePasswordResetLink($id: ID!) {\n  createPasswordResetLink(id: $id)\n}':
    types.CreatePasswordResetLinkDocument,
  'mutation InviteAdmin($email: String!, $role: AdminRole!) {\n  inviteAdmin(email: $email, role: $role) {\n    id\n    email\n    link\n  }\n}':
    types.InviteAdminDocument,
  'mutation RemoveAdmin($id: ID!) {\n  removeAdmin(id: $id)\n}': types.RemoveAdminDocument,
  'mutation ResendInvitation($id: ID!) {\n  resendInvitation(id: $id) {\n    id\n    email\n    link\n  }\n}':
    types.ResendInvitationDocument,
  'mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id)\n}': types.RevokeInvitationDocument,
  'mutation SetAdminRole($id: ID!, $role: AdminRole!) {\n  setAdminRole(id: $id, role: $role) {\n    id\n    role\n  }\n}':
    types.SetAdminRoleDocument,
  'query Team {\n  admins {\n    id\n    email\n    name\n    role\n    createdAt\n    removedAt\n  }\n  invitations {\n    id\n    email\n    role\n    expiresAt\n    invitedBy {\n      id\n      email\n      name\n    }\n  }\n}':
    types.TeamDocument,
  'mutation ReplayWebhookEvent($id: ID!) {\n  replayWebhookEvent(id: $id)\n}': types.ReplayWebhookEventDocument,
  'query WebhookEvents($status: String, $first: Int!, $after: String) {\n  webhookEvents(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        type\n        status\n        source\n        apiVersion\n        livemode\n        attempts\n        error\n        note\n        receivedAt\n        processedAt\n      }\n    }\n  }\n}':
    types.WebhookEventsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ChangePassword($current: String!, $next: String!) {\n  changePassword(current: $current, next: $next)\n}',
): (typeof documents)['mutation ChangePassword($current: String!, $next: String!) {\n  changePassword(current: $current, next: $next)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation EndSession($id: ID!) {\n  endSession(id: $id)\n}',
): (typeof documents)['mutation EndSession($id: ID!) {\n  endSession(id: $id)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MySessions {\n  mySessions {\n    id\n    device\n    address\n    createdAt\n    lastSeenAt\n    current\n  }\n}',
): (typeof documents)['query MySessions {\n  mySessions {\n    id\n    device\n    address\n    createdAt\n    lastSeenAt\n    current\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}',
): (typeof documents)['mutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ResetPassword($token: String!, $password: String!) {\n  resetPassword(token: $token, password: $password) {\n    admin {\n      id\n      email\n      name\n      role\n    }\n  }\n}',
): (typeof documents)['mutation ResetPassword($token: String!, $password: String!) {\n  resetPassword(token: $token, password: $password) {\n    admin {\n      id\n      email\n      name\n      role\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ResolveAttention($id: ID!, $note: String!) {\n  resolveAttention(id: $id, note: $note) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation ResolveAttention($id: ID!, $note: String!) {\n  resolveAttention(id: $id, note: $note) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query AuditLog($first: Int, $after: String, $kind: String) {\n  auditLog(first: $first, after: $after, kind: $kind) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        at\n        kind\n        actor\n        address\n        target\n        detail\n        count\n      }\n    }\n  }\n}',
): (typeof documents)['query AuditLog($first: Int, $after: String, $kind: String) {\n  auditLog(first: $first, after: $after, kind: $kind) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        at\n        kind\n        actor\n        address\n        target\n        detail\n        count\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    admin {\n      id\n      email\n      name\n      role\n    }\n  }\n}',
): (typeof documents)['mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    admin {\n      id\n      email\n      name\n      role\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: 'mutation Logout {\n  logout\n}'): (typeof documents)['mutation Logout {\n  logout\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Me {\n  me {\n    id\n    email\n    name\n    role\n  }\n}',
): (typeof documents)['query Me {\n  me {\n    id\n    email\n    name\n    role\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Campaign($id: ID!) {\n  campaign(id: $id) {\n    ...CampaignDetail\n  }\n}',
): (typeof documents)['query Campaign($id: ID!) {\n  campaign(id: $id) {\n    ...CampaignDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment CampaignDetail on Campaign {\n  ...CampaignSummary\n  recipients(first: 100) {\n    id\n    state\n    error\n    reminders\n    sentAt\n    serviceRequest {\n      id\n      customerName\n      customerEmail\n      status\n      quoteAmount\n      currency\n    }\n  }\n}',
): (typeof documents)['fragment CampaignDetail on Campaign {\n  ...CampaignSummary\n  recipients(first: 100) {\n    id\n    state\n    error\n    reminders\n    sentAt\n    serviceRequest {\n      id\n      customerName\n      customerEmail\n      status\n      quoteAmount\n      currency\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'subscription CampaignProgress($id: ID!) {\n  campaignProgress(id: $id) {\n    ...CampaignDetail\n  }\n}',
): (typeof documents)['subscription CampaignProgress($id: ID!) {\n  campaignProgress(id: $id) {\n    ...CampaignDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment CampaignSummary on Campaign {\n  id\n  name\n  createdAt\n  done\n  counts {\n    total\n    pending\n    sent\n    failed\n    paid\n    unpaid\n  }\n}',
): (typeof documents)['fragment CampaignSummary on Campaign {\n  id\n  name\n  createdAt\n  done\n  counts {\n    total\n    pending\n    sent\n    failed\n    paid\n    unpaid\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Campaigns($first: Int!, $after: String) {\n  campaigns(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...CampaignSummary\n      }\n    }\n  }\n}',
): (typeof documents)['query Campaigns($first: Int!, $after: String) {\n  campaigns(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...CampaignSummary\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateCampaign($input: CreateCampaignInput!) {\n  createCampaign(input: $input) {\n    ...CampaignSummary\n  }\n}',
): (typeof documents)['mutation CreateCampaign($input: CreateCampaignInput!) {\n  createCampaign(input: $input) {\n    ...CampaignSummary\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RemindUnpaid($id: ID!) {\n  remindUnpaid(id: $id) {\n    ...CampaignDetail\n  }\n}',
): (typeof documents)['mutation RemindUnpaid($id: ID!) {\n  remindUnpaid(id: $id) {\n    ...CampaignDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Customer($id: ID!) {\n  customer(id: $id) {\n    id\n    name\n    email\n    emailProblem\n    stripeCustomerId\n    totalPaid\n    createdAt\n    savedCard {\n      brand\n      last4\n      expMonth\n      expYear\n      consentText\n      consentedAt\n    }\n    requests {\n      id\n      description\n      status\n      quoteAmount\n      currency\n      createdAt\n    }\n    payments {\n      id\n      method\n      paymentMethodType\n      amount\n      currency\n      refunded\n      status\n      createdAt\n    }\n  }\n}',
): (typeof documents)['query Customer($id: ID!) {\n  customer(id: $id) {\n    id\n    name\n    email\n    emailProblem\n    stripeCustomerId\n    totalPaid\n    createdAt\n    savedCard {\n      brand\n      last4\n      expMonth\n      expYear\n      consentText\n      consentedAt\n    }\n    requests {\n      id\n      description\n      status\n      quoteAmount\n      currency\n      createdAt\n    }\n    payments {\n      id\n      method\n      paymentMethodType\n      amount\n      currency\n      refunded\n      status\n      createdAt\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Customers($search: String, $hasSavedCard: Boolean, $first: Int!, $after: String) {\n  customers(\n    search: $search\n    hasSavedCard: $hasSavedCard\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        email\n        totalPaid\n        createdAt\n        savedCard {\n          brand\n          last4\n        }\n        requests {\n          id\n          currency\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query Customers($search: String, $hasSavedCard: Boolean, $first: Int!, $after: String) {\n  customers(\n    search: $search\n    hasSavedCard: $hasSavedCard\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n        email\n        totalPaid\n        createdAt\n        savedCard {\n          brand\n          last4\n        }\n        requests {\n          id\n          currency\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'subscription ServiceRequestChanged {\n  serviceRequestChanged {\n    previousStatus\n    status\n    source\n    at\n    serviceRequest {\n      ...RequestDetail\n    }\n  }\n}',
): (typeof documents)['subscription ServiceRequestChanged {\n  serviceRequestChanged {\n    previousStatus\n    status\n    source\n    at\n    serviceRequest {\n      ...RequestDetail\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Outbox($first: Int!, $after: String) {\n  outbox(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        kind\n        to\n        subject\n        text\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n}',
): (typeof documents)['query Outbox($first: Int!, $after: String) {\n  outbox(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        kind\n        to\n        subject\n        text\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RequestService($input: RequestServiceInput!) {\n  requestService(input: $input) {\n    id\n    status\n    createdAt\n  }\n}',
): (typeof documents)['mutation RequestService($input: RequestServiceInput!) {\n  requestService(input: $input) {\n    id\n    status\n    createdAt\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query PaymentsReport($from: DateTime!, $to: DateTime!, $currency: String, $timeZone: String) {\n  paymentsReport(from: $from, to: $to, currency: $currency, timeZone: $timeZone) {\n    currency\n    currencies\n    paid\n    refunded\n    count\n    byDay {\n      key\n      paid\n      refunded\n      count\n    }\n    byMethod {\n      key\n      paid\n      refunded\n      count\n    }\n  }\n}',
): (typeof documents)['query PaymentsReport($from: DateTime!, $to: DateTime!, $currency: String, $timeZone: String) {\n  paymentsReport(from: $from, to: $to, currency: $currency, timeZone: $timeZone) {\n    currency\n    currencies\n    paid\n    refunded\n    count\n    byDay {\n      key\n      paid\n      refunded\n      count\n    }\n    byMethod {\n      key\n      paid\n      refunded\n      count\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Cancel($id: ID!, $reason: String) {\n  cancel(id: $id, reason: $reason) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation Cancel($id: ID!, $reason: String) {\n  cancel(id: $id, reason: $reason) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ChargeSavedCard($id: ID!) {\n  chargeSavedCard(id: $id) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation ChargeSavedCard($id: ID!) {\n  chargeSavedCard(id: $id) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CheckWithStripe($id: ID!) {\n  checkWithStripe(id: $id) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation CheckWithStripe($id: ID!) {\n  checkWithStripe(id: $id) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Complete($id: ID!) {\n  complete(id: $id) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation Complete($id: ID!) {\n  complete(id: $id) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreateServiceRequest($input: RequestServiceInput!) {\n  createServiceRequest(input: $input) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation CreateServiceRequest($input: RequestServiceInput!) {\n  createServiceRequest(input: $input) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Decline($id: ID!, $reason: String) {\n  decline(id: $id, reason: $reason) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation Decline($id: ID!, $reason: String) {\n  decline(id: $id, reason: $reason) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ExtendQuoteValidity($id: ID!, $validUntil: DateTime!) {\n  extendQuoteValidity(id: $id, validUntil: $validUntil) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation ExtendQuoteValidity($id: ID!, $validUntil: DateTime!) {\n  extendQuoteValidity(id: $id, validUntil: $validUntil) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation MarkPaid($id: ID!, $note: String) {\n  markPaid(id: $id, note: $note) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation MarkPaid($id: ID!, $note: String) {\n  markPaid(id: $id, note: $note) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Quote($id: ID!, $amount: Int, $lineItems: [LineItemInput!], $currency: String, $note: String, $saveCard: Boolean! = false, $requireAcceptance: Boolean! = false, $depositAmount: Int, $depositPercent: Int) {\n  quote(\n    id: $id\n    amount: $amount\n    lineItems: $lineItems\n    currency: $currency\n    note: $note\n    saveCard: $saveCard\n    requireAcceptance: $requireAcceptance\n    depositAmount: $depositAmount\n    depositPercent: $depositPercent\n  ) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation Quote($id: ID!, $amount: Int, $lineItems: [LineItemInput!], $currency: String, $note: String, $saveCard: Boolean! = false, $requireAcceptance: Boolean! = false, $depositAmount: Int, $depositPercent: Int) {\n  quote(\n    id: $id\n    amount: $amount\n    lineItems: $lineItems\n    currency: $currency\n    note: $note\n    saveCard: $saveCard\n    requireAcceptance: $requireAcceptance\n    depositAmount: $depositAmount\n    depositPercent: $depositPercent\n  ) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Refund($id: ID!, $paymentId: ID, $amount: Int, $afterDepositRefund: AfterDepositRefund) {\n  refund(\n    id: $id\n    paymentId: $paymentId\n    amount: $amount\n    afterDepositRefund: $afterDepositRefund\n  ) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation Refund($id: ID!, $paymentId: ID, $amount: Int, $afterDepositRefund: AfterDepositRefund) {\n  refund(\n    id: $id\n    paymentId: $paymentId\n    amount: $amount\n    afterDepositRefund: $afterDepositRefund\n  ) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment RequestDetail on ServiceRequest {\n  id\n  version\n  customerName\n  customerEmail\n  customerPhone\n  address\n  description\n  status\n  allowedActions\n  quoteAmount\n  depositAmount\n  amountDue\n  subtotal\n  taxAmount\n  quoteNote\n  quoteTerms\n  validUntil\n  lineItems {\n    id\n    description\n    quantity\n    unitAmount\n    amount\n    taxAmount\n    taxRate {\n      id\n      name\n      percentage\n      inclusive\n    }\n  }\n  currency\n  quoteVersion\n  saveCard\n  requireAcceptance\n  quoteUrl\n  acceptance {\n    name\n    at\n    clientAddress\n    quoteVersion\n  }\n  customer {\n    id\n    savedCard {\n      brand\n      last4\n    }\n  }\n  payUrl\n  quotePdfUrl\n  receiptPdfUrl\n  amountPaid\n  amountRefunded\n  scheduledFor\n  needsAttention\n  attentionReason\n  createdAt\n  updatedAt\n  paymentLinks {\n    id\n    stripeId\n    url\n    amount\n    currency\n    quoteVersion\n    active\n    createdAt\n  }\n  payments {\n    id\n    method\n    stripePaymentIntentId\n    paymentMethodType\n    purpose\n    amount\n    currency\n    refunded\n    status\n    disputed\n    createdAt\n    refunds {\n      id\n      stripeRefundId\n      amount\n      status\n      createdAt\n    }\n    dispute {\n      status\n      reason\n      amount\n      evidenceDueBy\n      outcome\n    }\n  }\n  timeline {\n    kind\n    from\n    to\n    source\n    actor\n    note\n    amount\n    at\n  }\n  timelineCount\n}',
): (typeof documents)['fragment RequestDetail on ServiceRequest {\n  id\n  version\n  customerName\n  customerEmail\n  customerPhone\n  address\n  description\n  status\n  allowedActions\n  quoteAmount\n  depositAmount\n  amountDue\n  subtotal\n  taxAmount\n  quoteNote\n  quoteTerms\n  validUntil\n  lineItems {\n    id\n    description\n    quantity\n    unitAmount\n    amount\n    taxAmount\n    taxRate {\n      id\n      name\n      percentage\n      inclusive\n    }\n  }\n  currency\n  quoteVersion\n  saveCard\n  requireAcceptance\n  quoteUrl\n  acceptance {\n    name\n    at\n    clientAddress\n    quoteVersion\n  }\n  customer {\n    id\n    savedCard {\n      brand\n      last4\n    }\n  }\n  payUrl\n  quotePdfUrl\n  receiptPdfUrl\n  amountPaid\n  amountRefunded\n  scheduledFor\n  needsAttention\n  attentionReason\n  createdAt\n  updatedAt\n  paymentLinks {\n    id\n    stripeId\n    url\n    amount\n    currency\n    quoteVersion\n    active\n    createdAt\n  }\n  payments {\n    id\n    method\n    stripePaymentIntentId\n    paymentMethodType\n    purpose\n    amount\n    currency\n    refunded\n    status\n    disputed\n    createdAt\n    refunds {\n      id\n      stripeRefundId\n      amount\n      status\n      createdAt\n    }\n    dispute {\n      status\n      reason\n      amount\n      evidenceDueBy\n      outcome\n    }\n  }\n  timeline {\n    kind\n    from\n    to\n    source\n    actor\n    note\n    amount\n    at\n  }\n  timelineCount\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment RequestListItem on ServiceRequest {\n  id\n  customerName\n  customerEmail\n  description\n  status\n  quoteAmount\n  currency\n  amountPaid\n  needsAttention\n  attentionReason\n  scheduledFor\n  createdAt\n  updatedAt\n}',
): (typeof documents)['fragment RequestListItem on ServiceRequest {\n  id\n  customerName\n  customerEmail\n  description\n  status\n  quoteAmount\n  currency\n  amountPaid\n  needsAttention\n  attentionReason\n  scheduledFor\n  createdAt\n  updatedAt\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RotatePayUrl($id: ID!) {\n  rotatePayUrl(id: $id) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation RotatePayUrl($id: ID!) {\n  rotatePayUrl(id: $id) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation Schedule($id: ID!, $scheduledFor: DateTime!) {\n  schedule(id: $id, scheduledFor: $scheduledFor) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation Schedule($id: ID!, $scheduledFor: DateTime!) {\n  schedule(id: $id, scheduledFor: $scheduledFor) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SendBalanceLink($id: ID!) {\n  sendBalanceLink(id: $id) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation SendBalanceLink($id: ID!) {\n  sendBalanceLink(id: $id) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SendPaymentLink($id: ID!) {\n  sendPaymentLink(id: $id) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['mutation SendPaymentLink($id: ID!) {\n  sendPaymentLink(id: $id) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ServiceRequest($id: ID!) {\n  serviceRequest(id: $id) {\n    ...RequestDetail\n  }\n}',
): (typeof documents)['query ServiceRequest($id: ID!) {\n  serviceRequest(id: $id) {\n    ...RequestDetail\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ServiceRequests($status: [ServiceRequestStatus!], $search: String, $needsAttention: Boolean, $orderBy: ServiceRequestOrder!, $first: Int!, $after: String) {\n  serviceRequests(\n    status: $status\n    search: $search\n    needsAttention: $needsAttention\n    orderBy: $orderBy\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    totalCountIsExact\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...RequestListItem\n      }\n    }\n  }\n}',
): (typeof documents)['query ServiceRequests($status: [ServiceRequestStatus!], $search: String, $needsAttention: Boolean, $orderBy: ServiceRequestOrder!, $first: Int!, $after: String) {\n  serviceRequests(\n    status: $status\n    search: $search\n    needsAttention: $needsAttention\n    orderBy: $orderBy\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    totalCountIsExact\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        ...RequestListItem\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query StatusCounts {\n  statusCounts {\n    status\n    count\n  }\n}',
): (typeof documents)['query StatusCounts {\n  statusCounts {\n    status\n    count\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SubmitDisputeEvidence($paymentId: ID!, $note: String) {\n  submitDisputeEvidence(paymentId: $paymentId, note: $note) {\n    id\n    disputed\n    dispute {\n      status\n      reason\n      amount\n      evidenceDueBy\n      outcome\n    }\n  }\n}',
): (typeof documents)['mutation SubmitDisputeEvidence($paymentId: ID!, $note: String) {\n  submitDisputeEvidence(paymentId: $paymentId, note: $note) {\n    id\n    disputed\n    dispute {\n      status\n      reason\n      amount\n      evidenceDueBy\n      outcome\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query BusinessSettings {\n  businessSettings {\n    ...BusinessSettingsFields\n  }\n}',
): (typeof documents)['query BusinessSettings {\n  businessSettings {\n    ...BusinessSettingsFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'fragment BusinessSettingsFields on BusinessSettings {\n  name\n  logoUrl\n  accentColor\n  address\n  phone\n  replyTo\n  timeZone\n  currency\n  defaultDepositPercent\n  quoteValidityDays\n  reminderDays\n  terms\n  fromEnvironment\n  taxRates {\n    id\n    name\n    percentage\n    inclusive\n  }\n}',
): (typeof documents)['fragment BusinessSettingsFields on BusinessSettings {\n  name\n  logoUrl\n  accentColor\n  address\n  phone\n  replyTo\n  timeZone\n  currency\n  defaultDepositPercent\n  quoteValidityDays\n  reminderDays\n  terms\n  fromEnvironment\n  taxRates {\n    id\n    name\n    percentage\n    inclusive\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation UpdateBusinessSettings($input: BusinessSettingsInput!) {\n  updateBusinessSettings(input: $input) {\n    ...BusinessSettingsFields\n  }\n}',
): (typeof documents)['mutation UpdateBusinessSettings($input: BusinessSettingsInput!) {\n  updateBusinessSettings(input: $input) {\n    ...BusinessSettingsFields\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n  acceptInvitation(token: $token, name: $name, password: $password) {\n    admin {\n      id\n      email\n      name\n      role\n    }\n  }\n}',
): (typeof documents)['mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n  acceptInvitation(token: $token, name: $name, password: $password) {\n    admin {\n      id\n      email\n      name\n      role\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation CreatePasswordResetLink($id: ID!) {\n  createPasswordResetLink(id: $id)\n}',
): (typeof documents)['mutation CreatePasswordResetLink($id: ID!) {\n  createPasswordResetLink(id: $id)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation InviteAdmin($email: String!, $role: AdminRole!) {\n  inviteAdmin(email: $email, role: $role) {\n    id\n    email\n    link\n  }\n}',
): (typeof documents)['mutation InviteAdmin($email: String!, $role: AdminRole!) {\n  inviteAdmin(email: $email, role: $role) {\n    id\n    email\n    link\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RemoveAdmin($id: ID!) {\n  removeAdmin(id: $id)\n}',
): (typeof documents)['mutation RemoveAdmin($id: ID!) {\n  removeAdmin(id: $id)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ResendInvitation($id: ID!) {\n  resendInvitation(id: $id) {\n    id\n    email\n    link\n  }\n}',
): (typeof documents)['mutation ResendInvitation($id: ID!) {\n  resendInvitation(id: $id) {\n    id\n    email\n    link\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id)\n}',
): (typeof documents)['mutation RevokeInvitation($id: ID!) {\n  revokeInvitation(id: $id)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SetAdminRole($id: ID!, $role: AdminRole!) {\n  setAdminRole(id: $id, role: $role) {\n    id\n    role\n  }\n}',
): (typeof documents)['mutation SetAdminRole($id: ID!, $role: AdminRole!) {\n  setAdminRole(id: $id, role: $role) {\n    id\n    role\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query Team {\n  admins {\n    id\n    email\n    name\n    role\n    createdAt\n    removedAt\n  }\n  invitations {\n    id\n    email\n    role\n    expiresAt\n    invitedBy {\n      id\n      email\n      name\n    }\n  }\n}',
): (typeof documents)['query Team {\n  admins {\n    id\n    email\n    name\n    role\n    createdAt\n    removedAt\n  }\n  invitations {\n    id\n    email\n    role\n    expiresAt\n    invitedBy {\n      id\n      email\n      name\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation ReplayWebhookEvent($id: ID!) {\n  replayWebhookEvent(id: $id)\n}',
): (typeof documents)['mutation ReplayWebhookEvent($id: ID!) {\n  replayWebhookEvent(id: $id)\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query WebhookEvents($status: String, $first: Int!, $after: String) {\n  webhookEvents(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        type\n        status\n        source\n        apiVersion\n        livemode\n        attempts\n        error\n        note\n        receivedAt\n        processedAt\n      }\n    }\n  }\n}',
): (typeof documents)['query WebhookEvents($status: String, $first: Int!, $after: String) {\n  webhookEvents(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        type\n        status\n        source\n        apiVersion\n        livemode\n        attempts\n        error\n        note\n        receivedAt\n        processedAt\n      }\n    }\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
