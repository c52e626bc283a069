import type { CampaignDetailFragment, CampaignSummaryFragment, RequestDetailFragment } from '../gql/graphql';

/** A request as the API returns it with the RequestDetail fragment. */
export function requestDetail(overrides: Partial<RequestDetailFragment> = {}): RequestDetailFragment {
  return {
    __typename: 'ServiceRequest',
    id: 'r1',
    version: 1,
    customerName: 'Ada Lovelace',
    customerEmail: 'ada@example.com',
    customerPhone: null,
    address: null,
    description: 'Spring clean-up',
    status: 'QUOTED',
    allowedActions: ['QUOTE', 'SEND_LINK', 'MARK_PAID', 'DECLINE', 'CANCEL', 'CHECK_WITH_STRIPE'],
    quoteAmount: 12500,
    depositAmount: null,
    amountDue: 12500,
    subtotal: 12500,
    taxAmount: 0,
    quoteNote: null,
    quoteTerms: null,
    validUntil: null,
    lineItems: [],
    currency: 'usd',
    quoteVersion: 1,
    saveCard: false,
    requireAcceptance: false,
    quoteUrl: null,
    acceptance: null,
    customer: { __typename: 'Customer', id: 'c1', savedCard: null },
    payUrl: null,
    quotePdfUrl: null,
    receiptPdfUrl: null,
    amountPaid: 0,
    amountRefunded: 0,
    scheduledFor: null,
    needsAttention: false,
    attentionReason: null,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    paymentLinks: [],
    payments: [],
    timeline: [],
    timelineCount: 0,
    ...overrides,
  };
}

/** A campaign as createCampaign and the list return it: two requests, nothing sent yet. */
export function campaignSummary(overrides: Partial<CampaignSummaryFragment> = {}): CampaignSummaryFragment {
  return {
    __typename: 'Campaign',
    id: 'k1',
    name: 'Spring visits',
    createdAt: '2026-03-01T09:00:00.000Z',
    done: false,
    counts: { __typename: 'CampaignCounts', total: 2, pending: 2, sent: 0, failed: 0, paid: 0, unpaid: 0 },
    ...overrides,
  };
}

/** The same campaign with the CampaignDetail fragment: its two requests' rows. */
export function campaignDetail(overrides: Partial<CampaignDetailFragment> = {}): CampaignDetailFragment {
  const request = requestDetail();
  return {
    ...campaignSummary(),
    recipients: ['r1', 'r2'].map((id) => ({
      __typename: 'CampaignRecipient' as const,
      id: `o-${id}`,
      state: 'PENDING' as const,
      error: null,
      reminders: 0,
      sentAt: null,
      serviceRequest: {
        __typename: 'ServiceRequest' as const,
        id,
        customerName: request.customerName,
        customerEmail: request.customerEmail,
        status: request.status,
        quoteAmount: request.quoteAmount,
        currency: request.currency,
      },
    })),
    ...overrides,
  };
}
