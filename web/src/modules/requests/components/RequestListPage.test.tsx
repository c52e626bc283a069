import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { CreateCampaignDocument, ServiceRequestsDocument, StatusCountsDocument } from '../../../gql/graphql';
import { campaignSummary, requestDetail } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { applyServiceRequestChange } from '../../live/apply-change';
import { RequestListPage } from './RequestListPage';

describe('RequestListPage, live', () => {
  it('drops a request from the Awaiting payment tab and counts it as paid when the change arrives', async () => {
    const waiting = requestDetail({ id: 'r1', status: 'AWAITING_PAYMENT', customerName: 'Ada Lovelace' });
    const other = requestDetail({
      id: 'r2',
      status: 'AWAITING_PAYMENT',
      customerName: 'Bea Smith',
      createdAt: '2025-12-01T00:00:00.000Z',
    });
    const { cache } = renderWithProviders(<RequestListPage />, {
      route: '/requests?status=AWAITING_PAYMENT',
      mocks: [
        {
          request: {
            query: ServiceRequestsDocument,
            variables: {
              status: ['AWAITING_PAYMENT'],
              search: null,
              needsAttention: null,
              orderBy: 'CREATED_DESC',
              first: 25,
            },
          },
          result: {
            data: {
              serviceRequests: {
                __typename: 'ServiceRequestConnection',
                totalCount: 2,
                totalCountIsExact: true,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges: [waiting, other].map((node) => ({ __typename: 'ServiceRequestEdge', node })),
              },
            },
          },
        },
        {
          request: { query: StatusCountsDocument },
          result: {
            data: { statusCounts: [{ __typename: 'StatusCount', status: 'AWAITING_PAYMENT', count: 2 }] },
          },
        },
      ],
    });
    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toBeTruthy();
    expect((await screen.findByTestId('count-AWAITING_PAYMENT')).textContent).toBe('2');

    act(() =>
      applyServiceRequestChange(cache, {
        __typename: 'ServiceRequestChange',
        previousStatus: 'AWAITING_PAYMENT',
        status: 'PAID',
        source: 'WEBHOOK',
        at: '2026-01-03T00:00:00.000Z',
        serviceRequest: { ...waiting, status: 'PAID', amountPaid: 12500 },
      }),
    );

    await waitFor(() => expect(screen.queryByRole('link', { name: 'Ada Lovelace' })).toBeNull());
    const table = screen.getByRole('table', { name: 'Service requests' });
    expect(within(table).getByRole('link', { name: 'Bea Smith' })).toBeTruthy();
    expect(screen.getByTestId('count-AWAITING_PAYMENT').textContent).toBe('1');
    expect(screen.getByTestId('count-PAID').textContent).toBe('1');
    expect(screen.getByText('Showing 1 of 1')).toBeTruthy();
  });
});

describe('RequestListPage, selection', () => {
  it('sends the links of the selected quoted and awaiting-payment requests as one campaign', async () => {
    const rows = [
      requestDetail({ id: 'r1', status: 'QUOTED', customerName: 'Ada Lovelace' }),
      requestDetail({ id: 'r2', status: 'AWAITING_PAYMENT', customerName: 'Bea Smith' }),
      requestDetail({ id: 'r3', status: 'PAID', customerName: 'Cy Young' }),
    ];
    const created = campaignSummary({ id: 'k7' });
    let sent: unknown;
    renderWithProviders(
      <Routes>
        <Route path="/requests" element={<RequestListPage />} />
        <Route path="/campaigns/:id" element={<p>Campaign screen</p>} />
      </Routes>,
      {
        route: '/requests',
        mocks: [
          {
            request: {
              query: ServiceRequestsDocument,
              variables: { status: null, search: null, needsAttention: null, orderBy: 'CREATED_DESC', first: 25 },
            },
            result: {
              data: {
                serviceRequests: {
                  __typename: 'ServiceRequestConnection',
                  totalCount: 3,
                  totalCountIsExact: true,
                  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                  edges: rows.map((node) => ({ __typename: 'ServiceRequestEdge', node })),
                },
              },
            },
          },
          { request: { query: StatusCountsDocument }, result: { data: { statusCounts: [] } } },
          {
            request: {
              query: CreateCampaignDocument,
              variables: (variables: Record<string, unknown>) => {
                sent = variables;
                return true;
              },
            },
            result: { data: { createCampaign: created } },
          },
        ],
      },
    );
    await userEvent.click(
      await screen.findByRole('checkbox', { name: "Select Ada Lovelace's request: Spring clean-up" }),
    );
    await userEvent.click(screen.getByRole('checkbox', { name: "Select Bea Smith's request: Spring clean-up" }));
    // A paid request has no link left to send.
    expect(screen.queryByRole('checkbox', { name: "Select Cy Young's request: Spring clean-up" })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Send links to 2 requests' }));
    await userEvent.type(screen.getByRole('textbox', { name: /campaign name/i }), 'Overdue quotes');
    await userEvent.click(screen.getByRole('button', { name: 'Send the links' }));

    expect(await screen.findByText('Campaign screen')).toBeTruthy();
    expect(sent).toEqual({ input: { name: 'Overdue quotes', requestIds: ['r1', 'r2'] } });
  });
});

describe('RequestListPage, search', () => {
  it('says a search that matched more than the server counts is "10,000+"', async () => {
    const row = requestDetail({ id: 'r1', status: 'QUOTED', customerName: 'Ada Smith' });
    renderWithProviders(<RequestListPage />, {
      route: '/requests?q=smith',
      mocks: [
        {
          request: {
            query: ServiceRequestsDocument,
            variables: { status: null, search: 'smith', needsAttention: null, orderBy: 'CREATED_DESC', first: 25 },
          },
          result: {
            data: {
              serviceRequests: {
                __typename: 'ServiceRequestConnection',
                totalCount: 10_000,
                totalCountIsExact: false,
                pageInfo: { __typename: 'PageInfo', hasNextPage: true, endCursor: 'c1' },
                edges: [{ __typename: 'ServiceRequestEdge', node: row }],
              },
            },
          },
        },
        { request: { query: StatusCountsDocument }, result: { data: { statusCounts: [] } } },
      ],
    });
    expect(await screen.findByText('Showing 1 of 10,000+')).toBeTruthy();
  });
});
