/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AdminRole = 'OWNER' | 'STAFF';

export type AfterDepositRefund = 'CANCELED' | 'QUOTED';

export type BusinessSettingsInput = {
  /** #rrggbb */
  accentColor?: string | null | undefined;
  address?: string | null | undefined;
  /** Default currency of new requests; null: CURRENCY */
  currency?: string | null | undefined;
  defaultDepositPercent?: number | null | undefined;
  /** An uploaded logo, base64 (a data: URL too): PNG or JPEG under 512 KB and 2000 × 2000 pixels; null removes it */
  logo?: string | null | undefined;
  /** An https:// address of the logo */
  logoUrl?: string | null | undefined;
  /** null: BUSINESS_NAME */
  name?: string | null | undefined;
  phone?: string | null | undefined;
  quoteValidityDays?: number | null | undefined;
  /** Days after sending on which a reminder goes, ascending */
  reminderDays?: Array<number> | null | undefined;
  /** Where customers’ replies to mail go */
  replyTo?: string | null | undefined;
  /** The rates on offer, all of them (replaces the list) */
  taxRates?: Array<TaxRateInput> | null | undefined;
  terms?: string | null | undefined;
  /** IANA name (Europe/Paris); null: UTC */
  timeZone?: string | null | undefined;
};

/** The customers to create one request each for (as the `customers` query filters them) */
export type CampaignCustomersInput = {
  hasSavedCard?: boolean | null | undefined;
  search?: string | null | undefined;
};

export type CampaignRecipientState = 'FAILED' | 'PENDING' | 'SENT';

export type ChangeSource = 'ADMIN' | 'CUSTOMER' | 'SYNC' | 'SYSTEM' | 'WEBHOOK';

export type CreateCampaignInput = {
  /** With `customers`: the price, in the smallest currency unit */
  amount?: number | null | undefined;
  /** With `customers`: ISO 4217 code; default CURRENCY */
  currency?: string | null | undefined;
  /** Instead of requestIds: a new request, quoted at `amount`, for each of these customers */
  customers?: CampaignCustomersInput | null | undefined;
  /** With `customers`: what the requests are for */
  description?: string | null | undefined;
  name: string;
  /** QUOTED or AWAITING_PAYMENT requests to send the links of */
  requestIds?: Array<string | number> | null | undefined;
};

export type LineItemInput = {
  description: string;
  /** Above 0, up to three decimals (1.5 hours) */
  quantity: number;
  /** One of the business’s tax rates on offer */
  taxRateId?: string | number | null | undefined;
  /** Per unit, in the smallest unit of the currency */
  unitAmount: number;
};

export type OutboxStatus = 'FAILED' | 'PENDING' | 'SENT';

export type PayPurpose = 'BALANCE' | 'DEPOSIT' | 'FULL';

export type PaymentMethod = 'MANUAL' | 'STRIPE';

export type PaymentStatus = 'FAILED' | 'PARTIALLY_REFUNDED' | 'PROCESSING' | 'REFUNDED' | 'SUCCEEDED';

export type RefundStatus = 'CANCELED' | 'FAILED' | 'PENDING' | 'SUCCEEDED';

export type RequestServiceInput = {
  address?: string | null | undefined;
  customerEmail: string;
  customerName: string;
  customerPhone?: string | null | undefined;
  description: string;
};

export type ServiceRequestAction =
  | 'CANCEL'
  | 'CHARGE_SAVED_CARD'
  | 'CHECK_WITH_STRIPE'
  | 'COMPLETE'
  | 'DECLINE'
  | 'EXTEND_VALIDITY'
  | 'MARK_PAID'
  | 'QUOTE'
  | 'REFUND'
  | 'RESOLVE_ATTENTION'
  | 'ROTATE_PAY_URL'
  | 'SCHEDULE'
  | 'SEND_BALANCE_LINK'
  | 'SEND_LINK';

export type ServiceRequestOrder = 'CREATED_ASC' | 'CREATED_DESC' | 'UPDATED_ASC' | 'UPDATED_DESC';

export type ServiceRequestStatus =
  | 'ACCEPTED'
  | 'AWAITING_PAYMENT'
  | 'CANCELED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'DEPOSIT_PAID'
  | 'PAID'
  | 'QUOTED'
  | 'REFUNDED'
  | 'REQUESTED'
  | 'SCHEDULED';

/** A rate on offer: with `id` an existing one (only its name may change), without a new one */
export type TaxRateInput = {
  id?: string | number | null | undefined;
  inclusive: boolean;
  name: string;
  /** Above 0 and below 100, up to four decimals: "8.875" */
  percentage: string;
};

export type WebhookEventStatus = 'APPLIED' | 'FAILED' | 'IGNORED' | 'PARKED' | 'RECEIVED';

export type ChangePasswordMutationVariables = Exact<{
  current: string;
  next: string;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type EndSessionMutationVariables = Exact<{
  id: string | number;
}>;

export type EndSessionMutation = { endSession: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never }>;

export type MySessionsQuery = {
  mySessions: Array<{
    __typename: 'AdminSession';
    id: string;
    device: string | null;
    address: string | null;
    createdAt: string;
    lastSeenAt: string;
    current: boolean;
  }>;
};

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;

export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;

export type ResetPasswordMutation = {
  resetPassword: {
    __typename: 'AuthPayload';
    admin: { __typename: 'Admin'; id: string; email: string; name: string | null; role: AdminRole };
  };
};

export type ResolveAttentionMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;

export type ResolveAttentionMutation = {
  resolveAttention: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  kind?: string | null | undefined;
}>;

export type AuditLogQuery = {
  auditLog: {
    __typename: 'AuditEventConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'AuditEventEdge';
      cursor: string;
      node: {
        __typename: 'AuditEvent';
        id: string;
        at: string;
        kind: string;
        actor: string;
        address: string | null;
        target: string | null;
        detail: string | null;
        count: number;
      };
    }>;
  };
};

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;

export type LoginMutation = {
  login: {
    __typename: 'AuthPayload';
    admin: { __typename: 'Admin'; id: string; email: string; name: string | null; role: AdminRole };
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: { __typename: 'Admin'; id: string; email: string; name: string | null; role: AdminRole } | null;
};

export type CampaignQueryVariables = Exact<{
  id: string | number;
}>;

export type CampaignQuery = {
  campaign: {
    __typename: 'Campaign';
    id: string;
    name: string;
    createdAt: string;
    done: boolean;
    recipients: Array<{
      __typename: 'CampaignRecipient';
      id: string;
      state: CampaignRecipientState;
      error: string | null;
      reminders: number;
      sentAt: string | null;
      serviceRequest: {
        __typename: 'ServiceRequest';
        id: string;
        customerName: string;
        customerEmail: string;
        status: ServiceRequestStatus;
        quoteAmount: number | null;
        currency: string;
      };
    }>;
    counts: {
      __typename: 'CampaignCounts';
      total: number;
      pending: number;
      sent: number;
      failed: number;
      paid: number;
      unpaid: number;
    };
  } | null;
};

export type CampaignDetailFragment = {
  __typename: 'Campaign';
  id: string;
  name: string;
  createdAt: string;
  done: boolean;
  recipients: Array<{
    __typename: 'CampaignRecipient';
    id: string;
    state: CampaignRecipientState;
    error: string | null;
    reminders: number;
    sentAt: string | null;
    serviceRequest: {
      __typename: 'ServiceRequest';
      id: string;
      customerName: string;
      customerEmail: string;
      status: ServiceRequestStatus;
      quoteAmount: number | null;
      currency: string;
    };
  }>;
  counts: {
    __typename: 'CampaignCounts';
    total: number;
    pending: number;
    sent: number;
    failed: number;
    paid: number;
    unpaid: number;
  };
};

export type CampaignProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;

export type CampaignProgressSubscription = {
  campaignProgress: {
    __typename: 'Campaign';
    id: string;
    name: string;
    createdAt: string;
    done: boolean;
    recipients: Array<{
      __typename: 'CampaignRecipient';
      id: string;
      state: CampaignRecipientState;
      error: string | null;
      reminders: number;
      sentAt: string | null;
      serviceRequest: {
        __typename: 'ServiceRequest';
        id: string;
        customerName: string;
        customerEmail: string;
        status: ServiceRequestStatus;
        quoteAmount: number | null;
        currency: string;
      };
    }>;
    counts: {
      __typename: 'CampaignCounts';
      total: number;
      pending: number;
      sent: number;
      failed: number;
      paid: number;
      unpaid: number;
    };
  };
};

export type CampaignSummaryFragment = {
  __typename: 'Campaign';
  id: string;
  name: string;
  createdAt: string;
  done: boolean;
  counts: {
    __typename: 'CampaignCounts';
    total: number;
    pending: number;
    sent: number;
    failed: number;
    paid: number;
    unpaid: number;
  };
};

export type CampaignsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type CampaignsQuery = {
  campaigns: {
    __typename: 'CampaignConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'CampaignEdge';
      node: {
        __typename: 'Campaign';
        id: string;
        name: string;
        createdAt: string;
        done: boolean;
        counts: {
          __typename: 'CampaignCounts';
          total: number;
          pending: number;
          sent: number;
          failed: number;
          paid: number;
          unpaid: number;
        };
      };
    }>;
  };
};

export type CreateCampaignMutationVariables = Exact<{
  input: CreateCampaignInput;
}>;

export type CreateCampaignMutation = {
  createCampaign: {
    __typename: 'Campaign';
    id: string;
    name: string;
    createdAt: string;
    done: boolean;
    counts: {
      __typename: 'CampaignCounts';
      total: number;
      pending: number;
      sent: number;
      failed: number;
      paid: number;
      unpaid: number;
    };
  };
};

export type RemindUnpaidMutationVariables = Exact<{
  id: string | number;
}>;

export type RemindUnpaidMutation = {
  remindUnpaid: {
    __typename: 'Campaign';
    id: string;
    name: string;
    createdAt: string;
    done: boolean;
    recipients: Array<{
      __typename: 'CampaignRecipient';
      id: string;
      state: CampaignRecipientState;
      error: string | null;
      reminders: number;
      sentAt: string | null;
      serviceRequest: {
        __typename: 'ServiceRequest';
        id: string;
        customerName: string;
        customerEmail: string;
        status: ServiceRequestStatus;
        quoteAmount: number | null;
        currency: string;
      };
    }>;
    counts: {
      __typename: 'CampaignCounts';
      total: number;
      pending: number;
      sent: number;
      failed: number;
      paid: number;
      unpaid: number;
    };
  };
};

export type CustomerQueryVariables = Exact<{
  id: string | number;
}>;

export type CustomerQuery = {
  customer: {
    __typename: 'Customer';
    id: string;
    name: string;
    email: string;
    emailProblem: string | null;
    stripeCustomerId: string | null;
    totalPaid: number;
    createdAt: string;
    savedCard: {
      __typename: 'SavedCard';
      brand: string | null;
      last4: string | null;
      expMonth: number | null;
      expYear: number | null;
      consentText: string;
      consentedAt: string;
    } | null;
    requests: Array<{
      __typename: 'ServiceRequest';
      id: string;
      description: string;
      status: ServiceRequestStatus;
      quoteAmount: number | null;
      currency: string;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      paymentMethodType: string | null;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      createdAt: string;
    }>;
  } | null;
};

export type CustomersQueryVariables = Exact<{
  search?: string | null | undefined;
  hasSavedCard?: boolean | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type CustomersQuery = {
  customers: {
    __typename: 'CustomerConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'CustomerEdge';
      node: {
        __typename: 'Customer';
        id: string;
        name: string;
        email: string;
        totalPaid: number;
        createdAt: string;
        savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
        requests: Array<{ __typename: 'ServiceRequest'; id: string; currency: string }>;
      };
    }>;
  };
};

export type ServiceRequestChangedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type ServiceRequestChangedSubscription = {
  serviceRequestChanged: {
    __typename: 'ServiceRequestChange';
    previousStatus: ServiceRequestStatus | null;
    status: ServiceRequestStatus;
    source: ChangeSource;
    at: string;
    serviceRequest: {
      __typename: 'ServiceRequest';
      id: string;
      version: number;
      customerName: string;
      customerEmail: string;
      customerPhone: string | null;
      address: string | null;
      description: string;
      status: ServiceRequestStatus;
      allowedActions: Array<ServiceRequestAction>;
      quoteAmount: number | null;
      depositAmount: number | null;
      amountDue: number;
      subtotal: number;
      taxAmount: number;
      quoteNote: string | null;
      quoteTerms: string | null;
      validUntil: string | null;
      currency: string;
      quoteVersion: number;
      saveCard: boolean;
      requireAcceptance: boolean;
      quoteUrl: string | null;
      payUrl: string | null;
      quotePdfUrl: string | null;
      receiptPdfUrl: string | null;
      amountPaid: number;
      amountRefunded: number;
      scheduledFor: string | null;
      needsAttention: boolean;
      attentionReason: string | null;
      createdAt: string;
      updatedAt: string;
      timelineCount: number;
      lineItems: Array<{
        __typename: 'LineItem';
        id: string;
        description: string;
        quantity: number;
        unitAmount: number;
        amount: number;
        taxAmount: number;
        taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
      }>;
      acceptance: {
        __typename: 'QuoteAcceptance';
        name: string;
        at: string;
        clientAddress: string | null;
        quoteVersion: number;
      } | null;
      customer: {
        __typename: 'Customer';
        id: string;
        savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
      };
      paymentLinks: Array<{
        __typename: 'PaymentLink';
        id: string;
        stripeId: string;
        url: string;
        amount: number;
        currency: string;
        quoteVersion: number;
        active: boolean;
        createdAt: string;
      }>;
      payments: Array<{
        __typename: 'Payment';
        id: string;
        method: PaymentMethod;
        stripePaymentIntentId: string | null;
        paymentMethodType: string | null;
        purpose: PayPurpose;
        amount: number;
        currency: string;
        refunded: number;
        status: PaymentStatus;
        disputed: boolean;
        createdAt: string;
        refunds: Array<{
          __typename: 'Refund';
          id: string;
          stripeRefundId: string;
          amount: number;
          status: RefundStatus;
          createdAt: string;
        }>;
        dispute: {
          __typename: 'Dispute';
          status: string;
          reason: string | null;
          amount: number;
          evidenceDueBy: string | null;
          outcome: string | null;
        } | null;
      }>;
      timeline: Array<{
        __typename: 'TimelineEntry';
        kind: string;
        from: ServiceRequestStatus | null;
        to: ServiceRequestStatus | null;
        source: ChangeSource;
        actor: string;
        note: string | null;
        amount: number | null;
        at: string;
      }>;
    };
  };
};

export type OutboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type OutboxQuery = {
  outbox: {
    __typename: 'OutboxConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'OutboxMessageEdge';
      node: {
        __typename: 'OutboxMessage';
        id: string;
        kind: string;
        to: string;
        subject: string;
        text: string;
        status: OutboxStatus;
        attempts: number;
        lastError: string | null;
        createdAt: string;
        sentAt: string | null;
      };
    }>;
  };
};

export type RequestServiceMutationVariables = Exact<{
  input: RequestServiceInput;
}>;

export type RequestServiceMutation = {
  requestService: { __typename: 'ServiceRequestReceipt'; id: string; status: ServiceRequestStatus; createdAt: string };
};

export type PaymentsReportQueryVariables = Exact<{
  from: string;
  to: string;
  currency?: string | null | undefined;
  timeZone?: string | null | undefined;
}>;

export type PaymentsReportQuery = {
  paymentsReport: {
    __typename: 'PaymentsReport';
    currency: string;
    currencies: Array<string>;
    paid: number;
    refunded: number;
    count: number;
    byDay: Array<{ __typename: 'ReportLine'; key: string; paid: number; refunded: number; count: number }>;
    byMethod: Array<{ __typename: 'ReportLine'; key: string; paid: number; refunded: number; count: number }>;
  };
};

export type CancelMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;

export type CancelMutation = {
  cancel: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type ChargeSavedCardMutationVariables = Exact<{
  id: string | number;
}>;

export type ChargeSavedCardMutation = {
  chargeSavedCard: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type CheckWithStripeMutationVariables = Exact<{
  id: string | number;
}>;

export type CheckWithStripeMutation = {
  checkWithStripe: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type CompleteMutationVariables = Exact<{
  id: string | number;
}>;

export type CompleteMutation = {
  complete: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type CreateServiceRequestMutationVariables = Exact<{
  input: RequestServiceInput;
}>;

export type CreateServiceRequestMutation = {
  createServiceRequest: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type DeclineMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;

export type DeclineMutation = {
  decline: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type ExtendQuoteValidityMutationVariables = Exact<{
  id: string | number;
  validUntil: string;
}>;

export type ExtendQuoteValidityMutation = {
  extendQuoteValidity: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type MarkPaidMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;

export type MarkPaidMutation = {
  markPaid: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type QuoteMutationVariables = Exact<{
  id: string | number;
  amount?: number | null | undefined;
  lineItems?: Array<LineItemInput> | LineItemInput | null | undefined;
  currency?: string | null | undefined;
  note?: string | null | undefined;
  saveCard?: boolean;
  requireAcceptance?: boolean;
  depositAmount?: number | null | undefined;
  depositPercent?: number | null | undefined;
}>;

export type QuoteMutation = {
  quote: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type RefundMutationVariables = Exact<{
  id: string | number;
  paymentId?: string | number | null | undefined;
  amount?: number | null | undefined;
  afterDepositRefund?: AfterDepositRefund | null | undefined;
}>;

export type RefundMutation = {
  refund: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type RequestDetailFragment = {
  __typename: 'ServiceRequest';
  id: string;
  version: number;
  customerName: string;
  customerEmail: string;
  customerPhone: string | null;
  address: string | null;
  description: string;
  status: ServiceRequestStatus;
  allowedActions: Array<ServiceRequestAction>;
  quoteAmount: number | null;
  depositAmount: number | null;
  amountDue: number;
  subtotal: number;
  taxAmount: number;
  quoteNote: string | null;
  quoteTerms: string | null;
  validUntil: string | null;
  currency: string;
  quoteVersion: number;
  saveCard: boolean;
  requireAcceptance: boolean;
  quoteUrl: string | null;
  payUrl: string | null;
  quotePdfUrl: string | null;
  receiptPdfUrl: string | null;
  amountPaid: number;
  amountRefunded: number;
  scheduledFor: string | null;
  needsAttention: boolean;
  attentionReason: string | null;
  createdAt: string;
  updatedAt: string;
  timelineCount: number;
  lineItems: Array<{
    __typename: 'LineItem';
    id: string;
    description: string;
    quantity: number;
    unitAmount: number;
    amount: number;
    taxAmount: number;
    taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
  }>;
  acceptance: {
    __typename: 'QuoteAcceptance';
    name: string;
    at: string;
    clientAddress: string | null;
    quoteVersion: number;
  } | null;
  customer: {
    __typename: 'Customer';
    id: string;
    savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
  };
  paymentLinks: Array<{
    __typename: 'PaymentLink';
    id: string;
    stripeId: string;
    url: string;
    amount: number;
    currency: string;
    quoteVersion: number;
    active: boolean;
    createdAt: string;
  }>;
  payments: Array<{
    __typename: 'Payment';
    id: string;
    method: PaymentMethod;
    stripePaymentIntentId: string | null;
    paymentMethodType: string | null;
    purpose: PayPurpose;
    amount: number;
    currency: string;
    refunded: number;
    status: PaymentStatus;
    disputed: boolean;
    createdAt: string;
    refunds: Array<{
      __typename: 'Refund';
      id: string;
      stripeRefundId: string;
      amount: number;
      status: RefundStatus;
      createdAt: string;
    }>;
    dispute: {
      __typename: 'Dispute';
      status: string;
      reason: string | null;
      amount: number;
      evidenceDueBy: string | null;
      outcome: string | null;
    } | null;
  }>;
  timeline: Array<{
    __typename: 'TimelineEntry';
    kind: string;
    from: ServiceRequestStatus | null;
    to: ServiceRequestStatus | null;
    source: ChangeSource;
    actor: string;
    note: string | null;
    amount: number | null;
    at: string;
  }>;
};

export type RequestListItemFragment = {
  __typename: 'ServiceRequest';
  id: string;
  customerName: string;
  customerEmail: string;
  description: string;
  status: ServiceRequestStatus;
  quoteAmount: number | null;
  currency: string;
  amountPaid: number;
  needsAttention: boolean;
  attentionReason: string | null;
  scheduledFor: string | null;
  createdAt: string;
  updatedAt: string;
};

export type RotatePayUrlMutationVariables = Exact<{
  id: string | number;
}>;

export type RotatePayUrlMutation = {
  rotatePayUrl: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type ScheduleMutationVariables = Exact<{
  id: string | number;
  scheduledFor: string;
}>;

export type ScheduleMutation = {
  schedule: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type SendBalanceLinkMutationVariables = Exact<{
  id: string | number;
}>;

export type SendBalanceLinkMutation = {
  sendBalanceLink: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type SendPaymentLinkMutationVariables = Exact<{
  id: string | number;
}>;

export type SendPaymentLinkMutation = {
  sendPaymentLink: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  };
};

export type ServiceRequestQueryVariables = Exact<{
  id: string | number;
}>;

export type ServiceRequestQuery = {
  serviceRequest: {
    __typename: 'ServiceRequest';
    id: string;
    version: number;
    customerName: string;
    customerEmail: string;
    customerPhone: string | null;
    address: string | null;
    description: string;
    status: ServiceRequestStatus;
    allowedActions: Array<ServiceRequestAction>;
    quoteAmount: number | null;
    depositAmount: number | null;
    amountDue: number;
    subtotal: number;
    taxAmount: number;
    quoteNote: string | null;
    quoteTerms: string | null;
    validUntil: string | null;
    currency: string;
    quoteVersion: number;
    saveCard: boolean;
    requireAcceptance: boolean;
    quoteUrl: string | null;
    payUrl: string | null;
    quotePdfUrl: string | null;
    receiptPdfUrl: string | null;
    amountPaid: number;
    amountRefunded: number;
    scheduledFor: string | null;
    needsAttention: boolean;
    attentionReason: string | null;
    createdAt: string;
    updatedAt: string;
    timelineCount: number;
    lineItems: Array<{
      __typename: 'LineItem';
      id: string;
      description: string;
      quantity: number;
      unitAmount: number;
      amount: number;
      taxAmount: number;
      taxRate: { __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean } | null;
    }>;
    acceptance: {
      __typename: 'QuoteAcceptance';
      name: string;
      at: string;
      clientAddress: string | null;
      quoteVersion: number;
    } | null;
    customer: {
      __typename: 'Customer';
      id: string;
      savedCard: { __typename: 'SavedCard'; brand: string | null; last4: string | null } | null;
    };
    paymentLinks: Array<{
      __typename: 'PaymentLink';
      id: string;
      stripeId: string;
      url: string;
      amount: number;
      currency: string;
      quoteVersion: number;
      active: boolean;
      createdAt: string;
    }>;
    payments: Array<{
      __typename: 'Payment';
      id: string;
      method: PaymentMethod;
      stripePaymentIntentId: string | null;
      paymentMethodType: string | null;
      purpose: PayPurpose;
      amount: number;
      currency: string;
      refunded: number;
      status: PaymentStatus;
      disputed: boolean;
      createdAt: string;
      refunds: Array<{
        __typename: 'Refund';
        id: string;
        stripeRefundId: string;
        amount: number;
        status: RefundStatus;
        createdAt: string;
      }>;
      dispute: {
        __typename: 'Dispute';
        status: string;
        reason: string | null;
        amount: number;
        evidenceDueBy: string | null;
        outcome: string | null;
      } | null;
    }>;
    timeline: Array<{
      __typename: 'TimelineEntry';
      kind: string;
      from: ServiceRequestStatus | null;
      to: ServiceRequestStatus | null;
      source: ChangeSource;
      actor: string;
      note: string | null;
      amount: number | null;
      at: string;
    }>;
  } | null;
};

export type ServiceRequestsQueryVariables = Exact<{
  status?: Array<ServiceRequestStatus> | ServiceRequestStatus | null | undefined;
  search?: string | null | undefined;
  needsAttention?: boolean | null | undefined;
  orderBy: ServiceRequestOrder;
  first: number;
  after?: string | null | undefined;
}>;

export type ServiceRequestsQuery = {
  serviceRequests: {
    __typename: 'ServiceRequestConnection';
    totalCount: number;
    totalCountIsExact: boolean;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'ServiceRequestEdge';
      node: {
        __typename: 'ServiceRequest';
        id: string;
        customerName: string;
        customerEmail: string;
        description: string;
        status: ServiceRequestStatus;
        quoteAmount: number | null;
        currency: string;
        amountPaid: number;
        needsAttention: boolean;
        attentionReason: string | null;
        scheduledFor: string | null;
        createdAt: string;
        updatedAt: string;
      };
    }>;
  };
};

export type StatusCountsQueryVariables = Exact<{ [key: string]: never }>;

export type StatusCountsQuery = {
  statusCounts: Array<{ __typename: 'StatusCount'; status: ServiceRequestStatus; count: number }>;
};

export type SubmitDisputeEvidenceMutationVariables = Exact<{
  paymentId: string | number;
  note?: string | null | undefined;
}>;

export type SubmitDisputeEvidenceMutation = {
  submitDisputeEvidence: {
    __typename: 'Payment';
    id: string;
    disputed: boolean;
    dispute: {
      __typename: 'Dispute';
      status: string;
      reason: string | null;
      amount: number;
      evidenceDueBy: string | null;
      outcome: string | null;
    } | null;
  };
};

export type BusinessSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type BusinessSettingsQuery = {
  businessSettings: {
    __typename: 'BusinessSettings';
    name: string;
    logoUrl: string | null;
    accentColor: string | null;
    address: string | null;
    phone: string | null;
    replyTo: string | null;
    timeZone: string;
    currency: string;
    defaultDepositPercent: number | null;
    quoteValidityDays: number | null;
    reminderDays: Array<number>;
    terms: string | null;
    fromEnvironment: Array<string>;
    taxRates: Array<{ __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean }>;
  };
};

export type BusinessSettingsFieldsFragment = {
  __typename: 'BusinessSettings';
  name: string;
  logoUrl: string | null;
  accentColor: string | null;
  address: string | null;
  phone: string | null;
  replyTo: string | null;
  timeZone: string;
  currency: string;
  defaultDepositPercent: number | null;
  quoteValidityDays: number | null;
  reminderDays: Array<number>;
  terms: string | null;
  fromEnvironment: Array<string>;
  taxRates: Array<{ __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean }>;
};

export type UpdateBusinessSettingsMutationVariables = Exact<{
  input: BusinessSettingsInput;
}>;

export type UpdateBusinessSettingsMutation = {
  updateBusinessSettings: {
    __typename: 'BusinessSettings';
    name: string;
    logoUrl: string | null;
    accentColor: string | null;
    address: string | null;
    phone: string | null;
    replyTo: string | null;
    timeZone: string;
    currency: string;
    defaultDepositPercent: number | null;
    quoteValidityDays: number | null;
    reminderDays: Array<number>;
    terms: string | null;
    fromEnvironment: Array<string>;
    taxRates: Array<{ __typename: 'TaxRate'; id: string; name: string; percentage: string; inclusive: boolean }>;
  };
};

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  name: string;
  password: string;
}>;

export type AcceptInvitationMutation = {
  acceptInvitation: {
    __typename: 'AuthPayload';
    admin: { __typename: 'Admin'; id: string; email: string; name: string | null; role: AdminRole };
  };
};

export type CreatePasswordResetLinkMutationVariables = Exact<{
  id: string | number;
}>;

export type CreatePasswordResetLinkMutation = { createPasswordResetLink: string };

export type InviteAdminMutationVariables = Exact<{
  email: string;
  role: AdminRole;
}>;

export type InviteAdminMutation = {
  inviteAdmin: { __typename: 'Invitation'; id: string; email: string; link: string | null };
};

export type RemoveAdminMutationVariables = Exact<{
  id: string | number;
}>;

export type RemoveAdminMutation = { removeAdmin: boolean };

export type ResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;

export type ResendInvitationMutation = {
  resendInvitation: { __typename: 'Invitation'; id: string; email: string; link: string | null };
};

export type RevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;

export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type SetAdminRoleMutationVariables = Exact<{
  id: string | number;
  role: AdminRole;
}>;

export type SetAdminRoleMutation = { setAdminRole: { __typename: 'Admin'; id: string; role: AdminRole } };

export type TeamQueryVariables = Exact<{ [key: string]: never }>;

export type TeamQuery = {
  admins: Array<{
    __typename: 'Admin';
    id: string;
    email: string;
    name: string | null;
    role: AdminRole;
    createdAt: string;
    removedAt: string | null;
  }>;
  invitations: Array<{
    __typename: 'Invitation';
    id: string;
    email: string;
    role: AdminRole;
    expiresAt: string;
    invitedBy: { __typename: 'Admin'; id: string; email: string; name: string | null };
  }>;
};

export type ReplayWebhookEventMutationVariables = Exact<{
  id: string | number;
}>;

export type ReplayWebhookEventMutation = { replayWebhookEvent: boolean };

export type WebhookEventsQueryVariables = Exact<{
  status?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type WebhookEventsQuery = {
  webhookEvents: {
    __typename: 'WebhookEventConnection';
    totalCount: number;
    pageInfo: { __typename: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      __typename: 'WebhookEventEdge';
      node: {
        __typename: 'WebhookEvent';
        id: string;
        type: string;
        status: WebhookEventStatus;
        source: string;
        apiVersion: string | null;
        livemode: boolean;
        attempts: number;
        error: string | null;
        note: string | null;
        receivedAt: string;
        processedAt: string | null;
      };
    }>;
  };
};

export const CampaignSummaryFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CampaignSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Campaign' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unpaid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CampaignSummaryFragment, unknown>;
export const CampaignDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CampaignDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Campaign' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CampaignSummary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipients' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reminders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serviceRequest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CampaignSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Campaign' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unpaid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CampaignDetailFragment, unknown>;
export const RequestDetailFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestDetailFragment, unknown>;
export const RequestListItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestListItemFragment, unknown>;
export const BusinessSettingsFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BusinessSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BusinessSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accentColor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultDepositPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteValidityDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reminderDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromEnvironment' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'taxRates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BusinessSettingsFieldsFragment, unknown>;
export const ChangePasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChangePassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'current' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'next' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'changePassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'current' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'current' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'next' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'next' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const EndSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EndSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'endSession' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EndSessionMutation, EndSessionMutationVariables>;
export const MySessionsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MySessions' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mySessions' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'device' } },
                { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'lastSeenAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'current' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const RequestPasswordResetDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPasswordReset' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPasswordReset' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResetPassword' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resetPassword' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'admin' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ResolveAttentionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResolveAttention' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resolveAttention' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResolveAttentionMutation, ResolveAttentionMutationVariables>;
export const AuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditLog' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'kind' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'kind' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'address' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'target' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'detail' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'admin' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'logout' } }] },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CampaignDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Campaign' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'campaign' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CampaignDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CampaignSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Campaign' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unpaid' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CampaignDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Campaign' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CampaignSummary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipients' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reminders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serviceRequest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CampaignQuery, CampaignQueryVariables>;
export const CampaignProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'CampaignProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'campaignProgress' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CampaignDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CampaignSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Campaign' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unpaid' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CampaignDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Campaign' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CampaignSummary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipients' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reminders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serviceRequest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CampaignProgressSubscription, CampaignProgressSubscriptionVariables>;
export const CampaignsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Campaigns' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'campaigns' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CampaignSummary' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CampaignSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Campaign' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unpaid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const CreateCampaignDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateCampaign' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateCampaignInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createCampaign' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CampaignSummary' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CampaignSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Campaign' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unpaid' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateCampaignMutation, CreateCampaignMutationVariables>;
export const RemindUnpaidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemindUnpaid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'remindUnpaid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'CampaignDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CampaignSummary' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Campaign' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'done' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'counts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'total' } },
                { kind: 'Field', name: { kind: 'Name', value: 'pending' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'failed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unpaid' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CampaignDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Campaign' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CampaignSummary' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipients' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '100' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'state' } },
                { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reminders' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serviceRequest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemindUnpaidMutation, RemindUnpaidMutationVariables>;
export const CustomerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Customer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'emailProblem' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeCustomerId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalPaid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expMonth' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'expYear' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'consentText' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'consentedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'requests' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'payments' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerQuery, CustomerQueryVariables>;
export const CustomersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Customers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'hasSavedCard' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'hasSavedCard' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'hasSavedCard' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'totalPaid' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'savedCard' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'requests' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomersQuery, CustomersQueryVariables>;
export const ServiceRequestChangedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'ServiceRequestChanged' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceRequestChanged' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'previousStatus' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serviceRequest' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceRequestChangedSubscription, ServiceRequestChangedSubscriptionVariables>;
export const OutboxDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Outbox' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'outbox' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'sentAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OutboxQuery, OutboxQueryVariables>;
export const RequestServiceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestService' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestServiceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestService' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestServiceMutation, RequestServiceMutationVariables>;
export const PaymentsReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'PaymentsReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'timeZone' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentsReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currency' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'timeZone' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'timeZone' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currencies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byDay' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byMethod' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'paid' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PaymentsReportQuery, PaymentsReportQueryVariables>;
export const CancelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Cancel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelMutation, CancelMutationVariables>;
export const ChargeSavedCardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ChargeSavedCard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'chargeSavedCard' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChargeSavedCardMutation, ChargeSavedCardMutationVariables>;
export const CheckWithStripeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CheckWithStripe' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checkWithStripe' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckWithStripeMutation, CheckWithStripeMutationVariables>;
export const CompleteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Complete' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'complete' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteMutation, CompleteMutationVariables>;
export const CreateServiceRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateServiceRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestServiceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createServiceRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateServiceRequestMutation, CreateServiceRequestMutationVariables>;
export const DeclineDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Decline' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'decline' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'reason' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclineMutation, DeclineMutationVariables>;
export const ExtendQuoteValidityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ExtendQuoteValidity' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'validUntil' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'extendQuoteValidity' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'validUntil' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'validUntil' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ExtendQuoteValidityMutation, ExtendQuoteValidityMutationVariables>;
export const MarkPaidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkPaid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markPaid' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkPaidMutation, MarkPaidMutationVariables>;
export const QuoteDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Quote' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'lineItems' } },
          type: {
            kind: 'ListType',
            type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LineItemInput' } } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'saveCard' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          defaultValue: { kind: 'BooleanValue', value: false },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'requireAcceptance' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
          defaultValue: { kind: 'BooleanValue', value: false },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'depositAmount' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'depositPercent' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'quote' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amount' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'lineItems' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'lineItems' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'currency' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'currency' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'saveCard' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'saveCard' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'requireAcceptance' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'requireAcceptance' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'depositAmount' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'depositAmount' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'depositPercent' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'depositPercent' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<QuoteMutation, QuoteMutationVariables>;
export const RefundDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Refund' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'paymentId' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'afterDepositRefund' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AfterDepositRefund' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refund' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'paymentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'paymentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'amount' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'amount' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'afterDepositRefund' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'afterDepositRefund' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefundMutation, RefundMutationVariables>;
export const RotatePayUrlDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RotatePayUrl' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rotatePayUrl' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RotatePayUrlMutation, RotatePayUrlMutationVariables>;
export const ScheduleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Schedule' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scheduledFor' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schedule' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'scheduledFor' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'scheduledFor' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScheduleMutation, ScheduleMutationVariables>;
export const SendBalanceLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendBalanceLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendBalanceLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendBalanceLinkMutation, SendBalanceLinkMutationVariables>;
export const SendPaymentLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendPaymentLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendPaymentLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendPaymentLinkMutation, SendPaymentLinkMutationVariables>;
export const ServiceRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestDetail' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestDetail' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerPhone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'depositAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountDue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'subtotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteNote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteTerms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'lineItems' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quantity' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unitAmount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'taxAmount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'taxRate' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
          { kind: 'Field', name: { kind: 'Name', value: 'saveCard' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requireAcceptance' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteUrl' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptance' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'clientAddress' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'savedCard' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'brand' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'last4' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'payUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quotePdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'receiptPdfUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountRefunded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'paymentLinks' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripeId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'quoteVersion' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'payments' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stripePaymentIntentId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'paymentMethodType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refunded' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'refunds' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stripeRefundId' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'timeline' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'timelineCount' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceRequestQuery, ServiceRequestQueryVariables>;
export const ServiceRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequestStatus' } },
            },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'needsAttention' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequestOrder' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'search' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'needsAttention' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'needsAttention' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCountIsExact' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestListItem' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestListItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerEmail' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteAmount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'amountPaid' } },
          { kind: 'Field', name: { kind: 'Name', value: 'needsAttention' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attentionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scheduledFor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceRequestsQuery, ServiceRequestsQueryVariables>;
export const StatusCountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'StatusCounts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'statusCounts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'count' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StatusCountsQuery, StatusCountsQueryVariables>;
export const SubmitDisputeEvidenceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SubmitDisputeEvidence' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'paymentId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'submitDisputeEvidence' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'paymentId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'paymentId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'note' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'disputed' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'dispute' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'evidenceDueBy' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'outcome' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubmitDisputeEvidenceMutation, SubmitDisputeEvidenceMutationVariables>;
export const BusinessSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'BusinessSettings' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'businessSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BusinessSettingsFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BusinessSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BusinessSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accentColor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultDepositPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteValidityDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reminderDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromEnvironment' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'taxRates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<BusinessSettingsQuery, BusinessSettingsQueryVariables>;
export const UpdateBusinessSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateBusinessSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'BusinessSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateBusinessSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'BusinessSettingsFields' } }],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'BusinessSettingsFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'BusinessSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'logoUrl' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accentColor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'address' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'replyTo' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'defaultDepositPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'quoteValidityDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reminderDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'terms' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fromEnvironment' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'taxRates' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'percentage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'inclusive' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateBusinessSettingsMutation, UpdateBusinessSettingsMutationVariables>;
export const AcceptInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'token' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'token' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'name' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'name' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'password' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'password' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'admin' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const CreatePasswordResetLinkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePasswordResetLink' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPasswordResetLink' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePasswordResetLinkMutation, CreatePasswordResetLinkMutationVariables>;
export const InviteAdminDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'InviteAdmin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminRole' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'inviteAdmin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'email' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'email' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'link' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<InviteAdminMutation, InviteAdminMutationVariables>;
export const RemoveAdminDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RemoveAdmin' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeAdmin' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RemoveAdminMutation, RemoveAdminMutationVariables>;
export const ResendInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResendInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resendInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'link' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeInvitation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeInvitation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const SetAdminRoleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetAdminRole' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'AdminRole' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setAdminRole' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'role' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'role' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetAdminRoleMutation, SetAdminRoleMutationVariables>;
export const TeamDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Team' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'admins' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'removedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'invitations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'invitedBy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamQuery, TeamQueryVariables>;
export const ReplayWebhookEventDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReplayWebhookEvent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replayWebhookEvent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReplayWebhookEventMutation, ReplayWebhookEventMutationVariables>;
export const WebhookEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WebhookEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'status' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'status' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'type' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'apiVersion' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'livemode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'error' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'receivedAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'processedAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookEventsQuery, WebhookEventsQueryVariables>;
