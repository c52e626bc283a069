import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { requestDetail } from '../../../test/fixtures';
import { renderDetailPage } from './detail-page.test-support';

const buttons = () => screen.getAllByRole('button').map((button) => button.textContent?.trim());

describe('RequestDetailPage', () => {
  it('offers exactly the actions the server allows, whatever the status suggests', async () => {
    // QUOTED, yet the server holds everything but cancel back (a payment processing, say).
    renderDetailPage(requestDetail({ status: 'QUOTED', allowedActions: ['CANCEL', 'CHECK_WITH_STRIPE'] }));
    expect(await screen.findByRole('button', { name: 'Cancel request' })).toBeTruthy();
    expect(buttons()).not.toContain('Mark paid');
    expect(buttons()).not.toContain('Decline');
    expect(buttons()).not.toContain('Send payment link');
    expect(screen.queryByRole('button', { name: /quote/i })).toBeNull();
  });

  it('shows an action the server allows', async () => {
    renderDetailPage(
      requestDetail({ status: 'SCHEDULED', allowedActions: ['COMPLETE', 'SCHEDULE', 'CHECK_WITH_STRIPE'] }),
    );
    expect(await screen.findByRole('button', { name: 'Complete' })).toBeTruthy();
    expect(buttons()).not.toContain('Cancel request');
  });
});
