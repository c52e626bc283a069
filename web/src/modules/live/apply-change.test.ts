import { describe, expect, it } from 'vitest';

import { createCache } from '../../app/cache';
import {
  type RequestDetailFragment,
  type ServiceRequestsQueryVariables,
  type ServiceRequestStatus,
  ServiceRequestsDocument,
  StatusCountsDocument,
} from '../../gql/graphql';
import { requestDetail } from '../../test/fixtures';
import { applyServiceRequestChange, describeChange, type ServiceRequestChange } from './apply-change';

const vars = (extra: Partial<ServiceRequestsQueryVariables> = {}): ServiceRequestsQueryVariables => ({
  status: null,
  search: null,
  needsAttention: null,
  orderBy: 'CREATED_DESC',
  first: 25,
  ...extra,
});

function seed(
  cache: ReturnType<typeof createCache>,
  variables: ServiceRequestsQueryVariables,
  nodes: RequestDetailFragment[],
  hasNextPage = false,
) {
  cache.writeQuery({
    query: ServiceRequestsDocument,
    variables,
    data: {
      serviceRequests: {
        __typename: 'ServiceRequestConnection',
        totalCount: nodes.length + (hasNextPage ? 10 : 0),
        totalCountIsExact: true,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c' : null },
        edges: nodes.map((node) => ({ __typename: 'ServiceRequestEdge' as const, node })),
      },
    },
  });
}
const read = (cache: ReturnType<typeof createCache>, variables: ServiceRequestsQueryVariables) => {
  const data = cache.readQuery({ query: ServiceRequestsDocument, variables });
  return {
    ids: data?.serviceRequests.edges.map((e) => e.node.id),
    statuses: data?.serviceRequests.edges.map((e) => e.node.status),
    total: data?.serviceRequests.totalCount,
  };
};
const counts = (cache: ReturnType<typeof createCache>) =>
  Object.fromEntries(
    cache.readQuery({ query: StatusCountsDocument })?.statusCounts.map((c) => [c.status, c.count]) ?? [],
  );
const change = (request: RequestDetailFragment, previousStatus: ServiceRequestStatus | null): ServiceRequestChange => ({
  __typename: 'ServiceRequestChange',
  previousStatus,
  status: request.status,
  source: 'WEBHOOK',
  at: request.updatedAt,
  serviceRequest: request,
});

const older = requestDetail({ id: 'old', customerName: 'Bea', createdAt: '2026-01-01T09:00:00.000Z' });
const newer = requestDetail({ id: 'new', createdAt: '2026-01-02T09:00:00.000Z' });

describe('applyServiceRequestChange', () => {
  it('moves a paid request out of the Quoted tab and into Paid, updates it everywhere and the counts', () => {
    const cache = createCache();
    seed(cache, vars(), [newer, older]);
    seed(cache, vars({ status: ['QUOTED'] }), [newer, older]);
    seed(cache, vars({ status: ['PAID'] }), []);
    cache.writeQuery({
      query: StatusCountsDocument,
      data: { statusCounts: [{ __typename: 'StatusCount', status: 'QUOTED', count: 2 }] },
    });

    const paid = { ...newer, status: 'PAID' as const, amountPaid: 12500, updatedAt: '2026-01-03T00:00:00.000Z' };
    applyServiceRequestChange(cache, change(paid, 'QUOTED'));

    expect(read(cache, vars())).toEqual({ ids: ['new', 'old'], statuses: ['PAID', 'QUOTED'], total: 2 });
    expect(read(cache, vars({ status: ['QUOTED'] }))).toEqual({ ids: ['old'], statuses: ['QUOTED'], total: 1 });
    expect(read(cache, vars({ status: ['PAID'] }))).toEqual({ ids: ['new'], statuses: ['PAID'], total: 1 });
    expect(counts(cache)).toEqual({ QUOTED: 1, PAID: 1 });
  });

  it('puts a new request at the top of a newest-first list, in order in an oldest-first one', () => {
    const cache = createCache();
    seed(cache, vars(), [newer, older]);
    seed(cache, vars({ orderBy: 'CREATED_ASC' }), [older, newer]);
    seed(cache, vars({ status: ['REQUESTED'] }), []);
    cache.writeQuery({ query: StatusCountsDocument, data: { statusCounts: [] } });
    const created = requestDetail({
      id: 'fresh',
      status: 'REQUESTED',
      quoteAmount: null,
      createdAt: '2026-01-05T00:00:00.000Z',
      updatedAt: '2026-01-05T00:00:00.000Z',
    });

    applyServiceRequestChange(cache, change(created, null));

    expect(read(cache, vars()).ids).toEqual(['fresh', 'new', 'old']);
    expect(read(cache, vars({ orderBy: 'CREATED_ASC' })).ids).toEqual(['old', 'new', 'fresh']);
    expect(read(cache, vars({ status: ['REQUESTED'] }))).toMatchObject({ ids: ['fresh'], total: 1 });
    expect(counts(cache)).toEqual({ REQUESTED: 1 });
  });

  it('moves a changed request to the top of a recently-updated list', () => {
    const cache = createCache();
    seed(cache, vars({ orderBy: 'UPDATED_DESC' }), [newer, older]);
    applyServiceRequestChange(cache, change({ ...older, updatedAt: '2026-02-01T00:00:00.000Z' }, 'QUOTED'));
    expect(read(cache, vars({ orderBy: 'UPDATED_DESC' }))).toMatchObject({ ids: ['old', 'new'], total: 2 });
  });

  it('leaves to the server what it cannot judge: searches, and places beyond the loaded page', () => {
    const cache = createCache();
    seed(cache, vars({ search: 'clean' }), [older]);
    seed(cache, vars({ orderBy: 'CREATED_ASC' }), [older], true);
    const created = requestDetail({ id: 'fresh', status: 'REQUESTED', createdAt: '2026-01-05T00:00:00.000Z' });

    applyServiceRequestChange(cache, change(created, null));

    expect(read(cache, vars({ search: 'clean' }))).toMatchObject({ ids: ['old'], total: 1 });
    // Belongs after the loaded page: counted, shown once "load more" reaches it.
    expect(read(cache, vars({ orderBy: 'CREATED_ASC' }))).toMatchObject({ ids: ['old'], total: 12 });
  });

  it('keeps a flagged request in the attention queue until it is resolved', () => {
    const cache = createCache();
    const flagged = { ...older, needsAttention: true, attentionReason: 'paid twice' };
    seed(cache, vars({ needsAttention: true, orderBy: 'UPDATED_ASC' }), [flagged]);
    applyServiceRequestChange(cache, change({ ...flagged, needsAttention: false, attentionReason: null }, 'QUOTED'));
    expect(read(cache, vars({ needsAttention: true, orderBy: 'UPDATED_ASC' }))).toMatchObject({ ids: [], total: 0 });
  });
});

describe('describeChange', () => {
  it('says what happened in a few words, with the money in its currency', () => {
    const paid = requestDetail({ status: 'PAID', amountPaid: 12500 });
    expect(describeChange(change(paid, 'AWAITING_PAYMENT'))).toEqual({
      title: 'Paid — $125.00',
      message: 'Ada Lovelace',
    });
    expect(
      describeChange(change(requestDetail({ status: 'QUOTED', quoteAmount: 500, currency: 'jpy' }), 'REQUESTED'))
        ?.title,
    ).toBe('Quoted — ¥500');
    expect(describeChange(change(requestDetail({ status: 'REQUESTED' }), null))?.title).toBe('New request');
    expect(describeChange(change(requestDetail({ status: 'SCHEDULED' }), 'PAID'))?.title).toBe('Scheduled');
    expect(describeChange(change(requestDetail({ status: 'AWAITING_PAYMENT' }), 'AWAITING_PAYMENT'))).toBeNull();
  });
});
