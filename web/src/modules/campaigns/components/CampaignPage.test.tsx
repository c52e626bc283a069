import { screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { CampaignDocument, CampaignProgressDocument } from '../../../gql/graphql';
import { campaignDetail } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { CampaignPage } from './CampaignPage';

describe('CampaignPage, live', () => {
  it('moves the bar, the counts and the rows when campaignProgress pushes the campaign', async () => {
    const start = campaignDetail();
    const pushed = campaignDetail({
      done: true,
      counts: { __typename: 'CampaignCounts', total: 2, pending: 0, sent: 2, failed: 0, paid: 1, unpaid: 1 },
      recipients: start.recipients.map((r, i) => ({
        ...r,
        state: 'SENT',
        sentAt: '2026-03-01T09:01:00.000Z',
        serviceRequest: { ...r.serviceRequest, status: i === 0 ? 'PAID' : 'AWAITING_PAYMENT' },
      })),
    });
    const { cache } = renderWithProviders(
      <Routes>
        <Route path="/campaigns/:id" element={<CampaignPage />} />
      </Routes>,
      {
        route: '/campaigns/k1',
        mocks: [
          { request: { query: CampaignDocument, variables: { id: 'k1' } }, result: { data: { campaign: start } } },
          {
            request: { query: CampaignProgressDocument, variables: { id: 'k1' } },
            result: { data: { campaignProgress: pushed } },
            delay: 50,
          },
        ],
      },
    );
    expect(await screen.findByRole('heading', { name: 'Spring visits' })).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Links sent' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    expect(screen.queryByRole('button', { name: 'Remind the unpaid' })).toBeNull();

    await waitFor(() => expect(screen.getByTestId('count-paid').textContent).toBe('1 paid'));
    expect(bar.getAttribute('aria-valuenow')).toBe('2');
    expect(screen.getByTestId('count-unpaid').textContent).toBe('1 sent, unpaid');
    expect(screen.getByText('all links handled')).toBeTruthy();
    expect(screen.getAllByText('sent')).toHaveLength(2);
    // The push went through the normalized cache: the requests' own entries follow too.
    expect(cache.extract()).toMatchObject({ 'ServiceRequest:r1': { status: 'PAID' } });
    expect(screen.getByRole('button', { name: 'Remind the unpaid' })).toBeTruthy();
  });
});
