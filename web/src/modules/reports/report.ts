import type { PaymentsReportQuery } from '../../gql/graphql';
import { toHumanAmount } from '../../lib/money';

export type ServerReport = PaymentsReportQuery['paymentsReport'];

export interface DayRow {
  day: string;
  paid: number;
  refunded: number;
  count: number;
}

/**
 * Every day of [first, last] (YYYY-MM-DD, inclusive) with the server's totals, zero where it
 * reported none, so that the chart and the CSV show the quiet days too.
 */
export function everyDay(report: Pick<ServerReport, 'byDay'>, first: string, last: string): DayRow[] {
  const known = new Map(report.byDay.map((line) => [line.key, line]));
  const rows: DayRow[] = [];
  // Calendar arithmetic in UTC: a day key is a date, not an instant, so DST never skips or repeats one.
  for (let d = new Date(`${first}T00:00:00Z`); d <= new Date(`${last}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    const day = d.toISOString().slice(0, 10);
    const line = known.get(day);
    rows.push({ day, paid: line?.paid ?? 0, refunded: line?.refunded ?? 0, count: line?.count ?? 0 });
  }
  return rows;
}

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One line per day of the period, amounts in the currency's units (`125.00`), for a spreadsheet. */
export function reportCsv(days: readonly DayRow[], currency: string): string {
  const header = ['date', 'payments', 'received', 'refunded', 'net', 'currency'];
  const rows = days.map((d) => [
    d.day,
    d.count,
    toHumanAmount(d.paid, currency),
    toHumanAmount(d.refunded, currency),
    toHumanAmount(d.paid - d.refunded, currency),
    currency.toUpperCase(),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
