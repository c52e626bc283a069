import { describe, expect, it } from 'vitest';

import { everyDay, reportCsv } from './report';

const line = (key: string, paid: number, refunded = 0, count = 1) => ({
  __typename: 'ReportLine' as const,
  key,
  paid,
  refunded,
  count,
});

describe('everyDay', () => {
  it('lists every day of the period, with zeros where the server reported nothing', () => {
    const days = everyDay(
      { byDay: [line('2026-03-01', 12_500, 2_500, 2), line('2026-03-03', 4_000)] },
      '2026-02-28',
      '2026-03-03',
    );
    expect(days).toEqual([
      { day: '2026-02-28', paid: 0, refunded: 0, count: 0 },
      { day: '2026-03-01', paid: 12_500, refunded: 2_500, count: 2 },
      { day: '2026-03-02', paid: 0, refunded: 0, count: 0 },
      { day: '2026-03-03', paid: 4_000, refunded: 0, count: 1 },
    ]);
  });

  it('neither skips nor repeats a day across a daylight-saving change', () => {
    const days = everyDay({ byDay: [] }, '2026-03-28', '2026-03-30').map((d) => d.day);
    expect(days).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });
});

describe('reportCsv', () => {
  it('writes a line a day with amounts in the currency’s units', () => {
    const csv = reportCsv(
      [
        { day: '2026-03-01', paid: 12_500, refunded: 2_500, count: 2 },
        { day: '2026-03-02', paid: 0, refunded: 0, count: 0 },
      ],
      'usd',
    );
    expect(csv).toBe(
      'date,payments,received,refunded,net,currency\r\n2026-03-01,2,125.00,25.00,100.00,USD\r\n2026-03-02,0,0.00,0.00,0.00,USD\r\n',
    );
    expect(reportCsv([{ day: '2026-03-01', paid: 500, refunded: 0, count: 1 }], 'jpy')).toContain(
      '2026-03-01,1,500,0,500,JPY',
    );
  });
});
