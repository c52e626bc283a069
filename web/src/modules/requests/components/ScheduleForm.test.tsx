import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ScheduleDocument } from '../../../gql/graphql';
import { requestDetail } from '../../../test/fixtures';
import { renderWithProviders } from '../../../test/render';
import { ScheduleForm } from './ScheduleForm';

describe('ScheduleForm', () => {
  // A fixed today (only Date is faked, so user-event's timers run as usual).
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-06-17T10:00:00'), toFake: ['Date'] }));
  afterEach(() => vi.useRealTimers());

  it('asks for a date before sending anything', async () => {
    renderWithProviders(<ScheduleForm request={requestDetail({ status: 'PAID' })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Schedule' }));
    expect(screen.getByText('Pick a date and time', { selector: '[id$="-error"]' })).toBeTruthy();
  });

  it('sends the day picked in the calendar as an instant', async () => {
    let sent: { scheduledFor?: string } | undefined;
    const request = requestDetail({ status: 'PAID' });
    renderWithProviders(<ScheduleForm request={request} />, {
      mocks: [
        {
          request: {
            query: ScheduleDocument,
            variables: (variables: Record<string, unknown>) => {
              sent = variables;
              return true;
            },
          },
          result: { data: { schedule: { ...request, status: 'SCHEDULED' } } },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: /date and time of the work/i }));
    // The calendar opens on this month; the 15th of next month is always bookable.
    await userEvent.click(await screen.findByRole('button', { name: /next month/i }));
    const target = dayjs().add(1, 'month').date(15);
    await userEvent.click(screen.getByRole('button', { name: target.format('dddd, MMMM D, YYYY') }));
    await userEvent.click(screen.getByRole('button', { name: 'Use this date and time' }));
    await userEvent.click(screen.getByRole('button', { name: 'Schedule' }));
    await waitFor(() => expect(sent).toBeDefined());
    const at = dayjs(sent?.scheduledFor);
    expect(at.format('YYYY-MM-DD')).toBe(target.format('YYYY-MM-DD'));
    expect(sent?.scheduledFor).toBe(at.toISOString());
  });

  it('refuses days in the past', async () => {
    renderWithProviders(<ScheduleForm request={requestDetail({ status: 'PAID' })} />);
    await userEvent.click(screen.getByRole('button', { name: /date and time of the work/i }));
    expect(screen.getByRole('button', { name: 'Previous month' }).hasAttribute('disabled')).toBe(true);
    const yesterday = screen.getByRole('button', { name: dayjs().subtract(1, 'day').format('dddd, MMMM D, YYYY') });
    expect(yesterday.getAttribute('data-disabled')).toBe('true');
    expect(
      screen.getByRole('button', { name: dayjs().format('dddd, MMMM D, YYYY') }).hasAttribute('data-disabled'),
    ).toBe(false);
  });
});
