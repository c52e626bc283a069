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

  it('shows every action the server allows, even those no lifecycle would offer in its status', async () => {
    // COMPLETED, with actions only earlier statuses have: the SPA keeps no table of its own to filter them by.
    renderDetailPage(
      requestDetail({
        status: 'COMPLETED',
        allowedActions: ['MARK_PAID', 'DECLINE', 'CANCEL', 'COMPLETE', 'SEND_LINK'],
      }),
    );
    for (const name of ['Mark paid', 'Decline', 'Cancel request', 'Complete', 'Send payment link']) {
      expect(await screen.findByRole('button', { name })).toBeTruthy();
    }
  });

  it('shows an action the server allows', async () => {
    renderDetailPage(
      requestDetail({ status: 'SCHEDULED', allowedActions: ['COMPLETE', 'SCHEDULE', 'CHECK_WITH_STRIPE'] }),
    );
    expect(await screen.findByRole('button', { name: 'Complete' })).toBeTruthy();
    expect(buttons()).not.toContain('Cancel request');
  });

  it('says when the timeline shown is the newest part of a longer one', async () => {
    const entries = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        __typename: 'TimelineEntry' as const,
        kind: 'NOTE',
        from: null,
        to: null,
        source: 'ADMIN' as const,
        actor: 'Sam',
        note: `note ${i}`,
        amount: null,
        at: new Date(Date.UTC(2026, 0, 1, 10, i)).toISOString(),
      }));
    const capped = renderDetailPage(requestDetail({ timeline: entries(100), timelineCount: 340 }));
    expect(await screen.findByText('Showing the newest 100 of 340 entries')).toBeTruthy();
    capped.unmount();

    renderDetailPage(requestDetail({ timeline: entries(3), timelineCount: 3 }));
    expect(await screen.findByText('note 2')).toBeTruthy();
    expect(screen.queryByText(/Showing the newest/)).toBeNull();
  });
});
