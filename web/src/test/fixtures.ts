import type { RequestDetailFragment } from '../gql/graphql';

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
    quoteAmount: 12500,
    currency: 'usd',
    quoteVersion: 1,
    saveCard: false,
    customer: { __typename: 'Customer', id: 'c1', savedCard: null },
    payUrl: null,
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
    ...overrides,
  };
}
