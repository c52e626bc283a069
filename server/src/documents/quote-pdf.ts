import { formatAmount, formatQuantity } from '@service-desk/currency';

import type { QuoteLineRow } from '../data/quote-lines';
import { type DocumentSection, type Letterhead, PdfWriter, reference } from './pdf-layout';

/** Everything the quote PDF shows. */
export interface QuoteDocument extends Letterhead {
  requestId: string;
  quoteVersion: number;
  /** When this version was quoted. */
  quotedAt: Date;
  validUntil: Date | null;
  customer: { name: string; email: string; address: string | null };
  description: string;
  currency: string;
  lines: readonly QuoteLineRow[];
  subtotal: number;
  taxAmount: number;
  total: number;
  note: string | null;
  terms: string | null;
  /** Drawn after the totals: the deposit due and the customer's acceptance, from the features that own them. */
  sections: readonly DocumentSection[];
}

/** The taxes of the lines by rate, in the order the lines first use them. */
export function taxesByRate(lines: readonly QuoteLineRow[]): { label: string; amount: number }[] {
  const byRate = new Map<string, { label: string; amount: number }>();
  for (const line of lines) {
    if (!line.taxRate) continue;
    const { id, name, percentage, inclusive } = line.taxRate;
    const entry = byRate.get(id) ?? { label: `${name} ${percentage} %${inclusive ? ' (included)' : ''}`, amount: 0 };
    entry.amount += line.tax;
    byRate.set(id, entry);
  }
  return [...byRate.values()];
}

/** The lines as a table: description, quantity, unit price, tax, amount. */
export function drawQuoteLines(pdf: PdfWriter, lines: readonly QuoteLineRow[], currency: string): void {
  pdf.table(
    [
      { title: 'Description', width: 0 },
      { title: 'Qty', width: 50 },
      { title: 'Unit price', width: 85 },
      { title: 'Tax', width: 70 },
      { title: 'Amount', width: 85 },
    ],
    lines.map((line) => [
      line.description,
      formatQuantity(line.quantity),
      formatAmount(line.unitAmount, currency),
      line.taxRate ? `${line.taxRate.percentage} %` : '—',
      formatAmount(line.amount, currency),
    ]),
  );
}

/** The quote as a PDF: items, taxes, totals, validity, note, terms, then `sections`. */
export async function renderQuotePdf(quote: QuoteDocument): Promise<Buffer> {
  const pdf = new PdfWriter(quote, `Quote ${reference(quote.requestId)}`);
  pdf.letterheadBlock();
  pdf.text(`Quote ${reference(quote.requestId)}-${quote.quoteVersion}`, { weight: 'bold', size: 16 });
  pdf.rows([
    ['Date', pdf.date(quote.quotedAt)],
    ...(quote.validUntil ? [['Valid until', pdf.date(quote.validUntil)] as const] : []),
  ]);
  pdf.heading('For');
  pdf.text(quote.customer.name, { weight: 'bold' });
  pdf.text(quote.customer.email);
  if (quote.customer.address) pdf.text(quote.customer.address);
  pdf.heading('The work');
  pdf.text(quote.description);
  pdf.doc.moveDown(0.8);
  drawQuoteLines(pdf, quote.lines, quote.currency);
  pdf.totals([
    ['Subtotal', formatAmount(quote.subtotal, quote.currency)],
    ...taxesByRate(quote.lines).map(({ label, amount }) => [label, formatAmount(amount, quote.currency)] as const),
    ['Total', formatAmount(quote.total, quote.currency)],
  ]);
  if (quote.note) {
    pdf.heading('Note');
    pdf.text(quote.note);
  }
  for (const section of quote.sections) pdf.section(section);
  if (quote.terms) {
    pdf.heading('Terms');
    pdf.text(quote.terms, { size: 9 });
  }
  return pdf.finish();
}
