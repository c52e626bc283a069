import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';

import { createCache } from '../app/cache';
import { CampaignsDocument, type CampaignsQuery, WebhookEventsDocument, type WebhookEventsQuery } from '../gql/graphql';
import { campaignSummary } from '../test/fixtures';
import { usePagedConnection } from './usePagedConnection';

const wrapper =
  (mocks: MockedProviderProps['mocks']) =>
  ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks} cache={createCache()}>
      {children}
    </MockedProvider>
  );

function campaignsPage(ids: string[], endCursor: string | null, hasNextPage: boolean): { data: CampaignsQuery } {
  return {
    data: {
      campaigns: {
        __typename: 'CampaignConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
        edges: ids.map((id) => ({ __typename: 'CampaignEdge', node: campaignSummary({ id, name: `Campaign ${id}` }) })),
      },
    },
  };
}

function eventsPage(id: string): { data: WebhookEventsQuery } {
  const node = {
    __typename: 'WebhookEvent' as const,
    id,
    type: 'checkout.session.completed',
    status: 'FAILED' as const,
    source: 'WEBHOOK',
    apiVersion: null,
    livemode: false,
    attempts: 1,
    error: null,
    note: null,
    receivedAt: '2026-01-01T10:00:00.000Z',
    processedAt: null,
  };
  return {
    data: {
      webhookEvents: {
        __typename: 'WebhookEventConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [{ __typename: 'WebhookEventEdge', node }],
      },
    },
  };
}

describe('usePagedConnection', () => {
  it('appends the next page on loadMore, and asks for nothing once there is none', async () => {
    const { result } = renderHook(
      () => usePagedConnection(CampaignsDocument, { variables: { first: 1 } }, (data) => data.campaigns),
      {
        wrapper: wrapper([
          { request: { query: CampaignsDocument, variables: { first: 1 } }, result: campaignsPage(['k1'], 'c1', true) },
          {
            request: { query: CampaignsDocument, variables: { first: 1, after: 'c1' } },
            result: campaignsPage(['k2'], 'c2', false),
          },
        ]),
      },
    );
    await waitFor(() => expect(result.current.nodes.map((n) => n.id)).toEqual(['k1']));
    expect(result.current.hasNextPage).toBe(true);
    expect(result.current.totalCount).toBe(2);

    await act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.nodes.map((n) => n.id)).toEqual(['k1', 'k2']));
    expect(result.current.hasNextPage).toBe(false);

    // No third mock: a request now would fail the query.
    await act(async () => expect(await result.current.loadMore()).toBeUndefined());
    expect(result.current.nodes.map((n) => n.id)).toEqual(['k1', 'k2']);
    expect(result.current.loading).toBe(false);
    expect(result.current.error).toBeUndefined();
  });

  it('keeps the previous list shown while other variables load', async () => {
    const { result, rerender } = renderHook(
      ({ status }: { status: string | null }) =>
        usePagedConnection(WebhookEventsDocument, { variables: { status, first: 50 } }, (data) => data.webhookEvents),
      {
        initialProps: { status: null as string | null },
        wrapper: wrapper([
          {
            request: { query: WebhookEventsDocument, variables: { status: null, first: 50 } },
            result: eventsPage('e1'),
          },
          {
            request: { query: WebhookEventsDocument, variables: { status: 'failed', first: 50 } },
            result: eventsPage('e2'),
            delay: 50,
          },
        ]),
      },
    );
    await waitFor(() => expect(result.current.nodes.map((n) => n.id)).toEqual(['e1']));

    rerender({ status: 'failed' });
    expect(result.current.loading).toBe(true);
    expect(result.current.nodes.map((n) => n.id)).toEqual(['e1']);
    await waitFor(() => expect(result.current.nodes.map((n) => n.id)).toEqual(['e2']));
    expect(result.current.loading).toBe(false);
  });
});
