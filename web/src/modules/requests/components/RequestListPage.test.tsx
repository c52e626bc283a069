import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ServiceRequestsDocument, StatusCountsDocument } from '../../../gql/graphql';
import { requestDetail } from '../../../test/fixtures';
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
