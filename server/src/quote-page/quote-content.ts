import { createHash } from 'node:crypto';

import type { QuoteLineRow } from '../data/quote-lines';
import type { RequestView } from '../data/requests';

/**
 * The SHA-256 (hex) of what the customer is shown and accepts: the quote version, its lines with
 * their tax rates, the totals, validity, note and terms. The accept form carries it, so a quote
 * that changed after the page was loaded is refused; the acceptance keeps it as evidence.
 */
export function quoteContentHash(
  request: Pick<
    RequestView,
    | 'id'
    | 'quoteVersion'
    | 'currency'
    | 'subtotal'
    | 'taxAmount'
    | 'quoteAmount'
    | 'validUntil'
    | 'quoteNote'
    | 'quoteTerms'
  >,
  lines: readonly QuoteLineRow[],
): string {
  const content = {
    request: request.id,
    version: request.quoteVersion,
    currency: request.currency,
    lines: lines.map((l) => ({
      description: l.description,
      quantity: l.quantity,
      unitAmount: l.unitAmount,
      amount: l.amount,
      tax: l.tax,
      taxRate: l.taxRate && { name: l.taxRate.name, percentage: l.taxRate.percentage, inclusive: l.taxRate.inclusive },
    })),
    subtotal: request.subtotal,
    taxAmount: request.taxAmount,
    total: request.quoteAmount ?? null,
    validUntil: request.validUntil ? new Date(request.validUntil).toISOString() : null,
    note: request.quoteNote ?? null,
    terms: request.quoteTerms ?? null,
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
