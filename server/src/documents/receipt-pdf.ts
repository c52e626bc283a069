import { formatAmount } from '@service-desk/currency';

import type { QuoteLineRow } from '../data/quote-lines';
import { type DocumentSection, type Letterhead, PdfWriter, reference } from './pdf-layout';
import { drawQuoteLines } from './quote-pdf';

export interface ReceiptPayment {
  at: Date;
  amount: number;
  /** How it was paid, as the customer knows it: "Card", "Visa ending 4242", "Paid in person". */
  method: string;
  refunds: readonly { at: Date; amount: number; pending: boolean }[];
}

/** Everything the receipt PDF shows. */
export interface ReceiptDocument extends Letterhead {
  requestId: string;
  customer: { name: string; email: string };
  description: string;
  currency: string;
  /** The lines of the quote the payments paid. */
  lines: readonly QuoteLineRow[];
  payments: readonly ReceiptPayment[];
  /** Drawn after the payments, for the features that add to them. */
  sections: readonly DocumentSection[];
}

/** The receipt as a PDF: what was paid, how and when, what was refunded, and what that leaves. */
export async function renderReceiptPdf(receipt: ReceiptDocument): Promise<Buffer> {
  const { currency } = receipt;
  const pdf = new PdfWriter(receipt, `Receipt ${reference(receipt.requestId)}`);
  pdf.letterheadBlock();
  pdf.text(`Receipt ${reference(receipt.requestId)}`, { weight: 'bold', size: 16 });
  pdf.heading('Received from');
  pdf.text(receipt.customer.name, { weight: 'bold' });
  pdf.text(receipt.customer.email);
  pdf.heading('For');
  pdf.text(receipt.description);
  pdf.doc.moveDown(0.8);
  drawQuoteLines(pdf, receipt.lines, currency);

  pdf.heading('Payments');
  const refunds = receipt.payments.flatMap((p) => p.refunds);
  pdf.table(
    [
      { title: 'Paid', width: 0 },
      { title: 'How', width: 150 },
      { title: 'Amount', width: 90 },
    ],
    receipt.payments.map((p) => [pdf.moment(p.at), p.method, formatAmount(p.amount, currency)]),
  );
  if (refunds.length > 0) {
    pdf.heading('Refunds');
    pdf.table(
      [
        { title: 'Refunded', width: 0 },
        { title: 'State', width: 150 },
        { title: 'Amount', width: 90 },
      ],
      refunds.map((r) => [pdf.moment(r.at), r.pending ? 'On its way' : 'Refunded', formatAmount(r.amount, currency)]),
    );
  }
  const paid = receipt.payments.reduce((sum, p) => sum + p.amount, 0);
  const refunded = refunds.reduce((sum, r) => sum + r.amount, 0);
  pdf.totals([
    ['Paid', formatAmount(paid, currency)],
    ...(refunded > 0 ? [['Refunded', formatAmount(-refunded, currency)] as const] : []),
    ['Net paid', formatAmount(paid - refunded, currency)],
  ]);
  for (const section of receipt.sections) pdf.section(section);
  return pdf.finish();
}
