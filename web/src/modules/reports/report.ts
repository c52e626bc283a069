import { localDay } from '../../lib/dates';
import { toHumanAmount } from '../../lib/money';

export interface ReportPayment {
  id: string;
  requestId: string;
  customerName: string;
  method: 'STRIPE' | 'MANUAL';
  paymentMethodType: string | null;
  amount: number;
  currency: string;
  refunded: number;
  status: 'PROCESSING' | 'SUCCEEDED' | 'FAILED' | 'PARTIALLY_REFUNDED' | 'REFUNDED';
  createdAt: string;
}

export interface PaymentsReport {
  currency: string;
  /** Currencies of money received in the period, most used first, for the picker. */
  currencies: string[];
  totals: { paid: number; refunded: number; net: number; count: number };
  byDay: { day: string; paid: number; refunded: number }[];
  byMethod: { method: string; paid: number; refunded: number; count: number }[];
  payments: ReportPayment[];
}

/** Money that arrived: a processing or failed payment is not (yet) money. */
const RECEIVED = new Set<ReportPayment['status']>(['SUCCEEDED', 'PARTIALLY_REFUNDED', 'REFUNDED']);

export const methodName = (p: Pick<ReportPayment, 'method' | 'paymentMethodType'>) =>
  p.method === 'MANUAL' ? 'manual' : (p.paymentMethodType ?? 'stripe');

/**
 * Payments received in [from, to) in one currency, by day (every day of the period, so the chart
 * shows the gaps) and by payment method type. A payment counts on the day it was made; its
 * `refunded` is what has been refunded of it since (the schema has no dated refund list).
 */
export function buildReport(all: readonly ReportPayment[], from: Date, to: Date, currency?: string): PaymentsReport {
  const inPeriod = all.filter((p) => {
    const at = new Date(p.createdAt);
    return RECEIVED.has(p.status) && at >= from && at < to;
  });
  const usage = new Map<string, number>();
  for (const p of inPeriod) usage.set(p.currency.toLowerCase(), (usage.get(p.currency.toLowerCase()) ?? 0) + 1);
  const currencies = [...usage.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const chosen = (currency ?? currencies[0] ?? 'usd').toLowerCase();
  const payments = inPeriod
    .filter((p) => p.currency.toLowerCase() === chosen)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  const days = new Map<string, { paid: number; refunded: number }>();
  for (let d = new Date(from); d < to; d.setDate(d.getDate() + 1)) {
    days.set(localDay(d.toISOString()), { paid: 0, refunded: 0 });
  }
  const methods = new Map<string, { paid: number; refunded: number; count: number }>();
  const totals = { paid: 0, refunded: 0, net: 0, count: 0 };
  for (const p of payments) {
    const day = days.get(localDay(p.createdAt)) ?? { paid: 0, refunded: 0 };
    day.paid += p.amount;
    day.refunded += p.refunded;
    days.set(localDay(p.createdAt), day);
    const method = methods.get(methodName(p)) ?? { paid: 0, refunded: 0, count: 0 };
    method.paid += p.amount;
    method.refunded += p.refunded;
    method.count += 1;
    methods.set(methodName(p), method);
    totals.paid += p.amount;
    totals.refunded += p.refunded;
    totals.count += 1;
  }
  totals.net = totals.paid - totals.refunded;
  return {
    currency: chosen,
    currencies: currencies.length ? currencies : [chosen],
    totals,
    byDay: [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, v]) => ({ day, ...v })),
    byMethod: [...methods.entries()].sort((a, b) => b[1].paid - a[1].paid).map(([method, v]) => ({ method, ...v })),
    payments,
  };
}

const csvCell = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** One line per payment, amounts in the currency's units (`125.00`), for a spreadsheet. */
export function reportCsv(report: PaymentsReport): string {
  const header = [
    'date',
    'payment_id',
    'request_id',
    'customer',
    'method',
    'status',
    'amount',
    'refunded',
    'net',
    'currency',
  ];
  const rows = report.payments.map((p) => [
    p.createdAt,
    p.id,
    p.requestId,
    p.customerName,
    methodName(p),
    p.status.toLowerCase(),
    toHumanAmount(p.amount, p.currency),
    toHumanAmount(p.refunded, p.currency),
    toHumanAmount(p.amount - p.refunded, p.currency),
    p.currency.toUpperCase(),
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
