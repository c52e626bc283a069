import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { type RequestDetailFragment, ServiceRequestDocument } from '../../../gql/graphql';
import { requestDetail } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { RequestDetailPage } from './RequestDetailPage';

function renderDetail(request: RequestDetailFragment) {
  renderWithProviders(
    <Routes>
      <Route path="/requests/:id" element={<RequestDetailPage />} />
    </Routes>,
    {
      route: '/requests/r1',
      mocks: [
        {
          request: { query: ServiceRequestDocument, variables: { id: 'r1' } },
          result: { data: { serviceRequest: request } },
        },
      ],
    },
  );
}

const buttons = () => screen.getAllByRole('button').map((button) => button.textContent?.trim());

describe('RequestDetailPage', () => {
  it('offers exactly the actions the server allows, whatever the status suggests', async () => {
    // QUOTED, yet the server holds everything but cancel back (a payment processing, say).
    renderDetail(requestDetail({ status: 'QUOTED', allowedActions: ['CANCEL', 'CHECK_WITH_STRIPE'] }));
    expect(await screen.findByRole('button', { name: 'Cancel request' })).toBeTruthy();
    expect(buttons()).not.toContain('Mark paid');
    expect(buttons()).not.toContain('Decline');
    expect(buttons()).not.toContain('Send payment link');
    expect(screen.queryByRole('button', { name: /quote/i })).toBeNull();
  });

  it('shows an action the server allows', async () => {
    renderDetail(requestDetail({ status: 'SCHEDULED', allowedActions: ['COMPLETE', 'SCHEDULE', 'CHECK_WITH_STRIPE'] }));
    expect(await screen.findByRole('button', { name: 'Complete' })).toBeTruthy();
    expect(buttons()).not.toContain('Cancel request');
  });
});
