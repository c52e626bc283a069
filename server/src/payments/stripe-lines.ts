import { formatPercentage, parsePercentage, QUANTITY_SCALE } from '@service-desk/currency';

import type { QuoteLineRow } from '../data/quote-lines';
import { amountFor } from '../engine/lifecycle';
import { PayPurpose } from '../engine/payment-enums';
import type { StripeLine } from './provider';

/** Stripe's limit on a Payment Link's line items. */
export const PAYMENT_LINK_MAX_LINES = 20;

/** What a link or session will report when paid: `amount_subtotal` and `amount_total`. */
export interface ExpectedAmounts {
  subtotal: number;
  total: number;
}

/** Whole quantities stay as they are; a fractional one is one unit of the line's (rounded) amount. */
function workLine(line: QuoteLineRow): StripeLine {
  return line.quantity % QUANTITY_SCALE === 0
    ? { name: line.description, unitAmount: line.unitAmount, quantity: line.quantity / QUANTITY_SCALE }
    : { name: line.description, unitAmount: line.amount, quantity: 1 };
}

/**
 * A Checkout Session's lines: each quote line with its Stripe Tax Rate (`stripeRates`: ours → Stripe's
 * id), so that Stripe computes the tax itself, per line, as quote-math.ts does.
 */
export function sessionLines(lines: readonly QuoteLineRow[], stripeRates: ReadonlyMap<string, string>): StripeLine[] {
  return lines.map((line) => ({
    ...workLine(line),
    taxRateId: line.taxRate ? (stripeRates.get(line.taxRate.id) as string) : undefined,
  }));
}

/**
 * A Payment Link's lines. A link takes no tax rates per line and at most 20 lines, so it carries the
 * work lines (inclusive taxes are in their amounts already), then one line per exclusive rate
 * ("Sales tax 8.875 %", its lines' taxes together); when that is more than 20 lines, the work lines
 * from the one that would be 20th (counting the tax lines) on are grouped into one "Other work" line.
 */
export function paymentLinkLines(lines: readonly QuoteLineRow[]): StripeLine[] {
  const taxes = new Map<string, StripeLine>();
  for (const line of lines) {
    if (!line.taxRate || line.taxRate.inclusive || line.tax === 0) continue;
    const percentage = formatPercentage(parsePercentage(line.taxRate.percentage) as number);
    const name = `${line.taxRate.name} ${percentage} %`;
    const found = taxes.get(line.taxRate.id) ?? { name, unitAmount: 0, quantity: 1 };
    found.unitAmount += line.tax;
    taxes.set(line.taxRate.id, found);
  }
  const room = PAYMENT_LINK_MAX_LINES - taxes.size;
  const work =
    lines.length <= room
      ? lines.map(workLine)
      : [
          ...lines.slice(0, room - 1).map(workLine),
          { name: 'Other work', unitAmount: lines.slice(room - 1).reduce((sum, l) => sum + l.amount, 0), quantity: 1 },
        ];
  return [...work, ...taxes.values()];
}

/** How a quote is named to the customer on Stripe's page: the request's short id and the quote's version. */
export function quoteNumber(request: { id: string; quoteVersion: number }): string {
  return `${request.id.slice(0, 8).toUpperCase()}-${request.quoteVersion}`;
}

/**
 * The one line of a deposit ("Deposit on quote #N") or of the balance after it ("Balance of quote
 * #N"): tax-inclusive, without a tax rate, so Stripe reports its amount as subtotal and total.
 */
export function purposeLine(
  purpose: PayPurpose,
  request: { id: string; quoteVersion: number; quoteAmount?: number | null; depositAmount?: number | null },
): StripeLine {
  const name = purpose === PayPurpose.DEPOSIT ? 'Deposit on quote' : 'Balance of quote';
  return { name: `${name} #${quoteNumber(request)}`, unitAmount: amountFor(purpose, request), quantity: 1 };
}

/**
 * What Stripe reports for what a link collects: a deposit or balance is one tax-inclusive line (its
 * amount both times); for the whole quote, a Checkout Session computes the tax itself
 * (`amount_subtotal` without exclusive taxes) and a Payment Link sells them as lines, so its subtotal is the total.
 */
export function expectedAmounts(
  kind: 'payment_link' | 'checkout_session',
  quote: { subtotal: number; quoteAmount?: number | null | undefined; depositAmount?: number | null | undefined },
  purpose: PayPurpose,
): ExpectedAmounts {
  const total = amountFor(purpose, quote);
  return { subtotal: kind === 'checkout_session' && purpose === PayPurpose.FULL ? quote.subtotal : total, total };
}
