import { formatPercentage, parsePercentage, QUANTITY_SCALE } from '@service-desk/currency';

import type { QuoteLineRow } from '../data/quote-lines';
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

/**
 * What Stripe reports for a quote with these totals: a Checkout Session computes the tax itself
 * (`amount_subtotal` without exclusive taxes); a Payment Link sells them as lines, so its subtotal is the total.
 */
export function expectedAmounts(
  kind: 'payment_link' | 'checkout_session',
  quote: { subtotal: number; quoteAmount?: number | null | undefined },
): ExpectedAmounts {
  const total = quote.quoteAmount as number;
  return { subtotal: kind === 'checkout_session' ? quote.subtotal : total, total };
}
