import type { EntityManager } from '@mikro-orm/postgresql';

import type { BusinessService } from '../business/business.service';
import { quoteLinesOf } from '../data/quote-lines';
import type { RequestView } from '../data/requests';
import { MONEY_RECEIVED, PaymentMethod } from '../engine/payment-enums';
import { REFUND_COUNTS, RefundStatus } from '../payments/refund.entity';
import type { Letterhead } from './pdf-layout';
import { type QuoteDocument, renderQuotePdf } from './quote-pdf';
import { type ReceiptDocument, type ReceiptPayment, renderReceiptPdf } from './receipt-pdf';

/** Stripe's payment method types, as a customer would name them. */
const METHOD_NAMES: Readonly<Record<string, string>> = {
  card: 'Card',
  sepa_debit: 'SEPA Direct Debit',
  us_bank_account: 'US bank account',
  bacs_debit: 'Bacs Direct Debit',
  link: 'Link',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How a payment was made, as far as we know it. */
function methodName(p: { method: PaymentMethod; payment_method_type: string | null }): string {
  if (p.method === PaymentMethod.MANUAL) return 'Paid in person';
  const type = p.payment_method_type;
  return type ? (METHOD_NAMES[type] ?? capitalised(type.replaceAll('_', ' '))) : 'Online payment';
}

/**
 * The quote and receipt PDFs of a request: what they show is read here, in the business's look,
 * and drawn by quote-pdf.ts and receipt-pdf.ts (which mail can call with the same documents).
 */
export class DocumentsService {
  constructor(private readonly business: BusinessService) {}

  private async letterhead(em: EntityManager): Promise<Letterhead> {
    const [look, logo] = await Promise.all([this.business.look(em), this.business.logo(em)]);
    return { look, logo: logo?.bytes };
  }

  /** The current quote, or undefined when the request has none. */
  async quoteDocument(em: EntityManager, request: RequestView): Promise<QuoteDocument | undefined> {
    if (request.quoteVersion === 0 || request.quoteAmount === undefined || request.quoteAmount === null)
      return undefined;
    const [letterhead, lines, quoted] = await Promise.all([
      this.letterhead(em),
      quoteLinesOf(em, request),
      em.execute<{ at: Date | null }[]>(
        `select max(at) as at from timeline_entry where service_request_id = ? and kind = 'QUOTED'`,
        [request.id],
      ),
    ]);
    if (lines.length === 0) return undefined;
    return {
      ...letterhead,
      requestId: request.id,
      quoteVersion: request.quoteVersion,
      quotedAt: quoted[0]?.at ? new Date(quoted[0].at) : request.updatedAt,
      validUntil: request.validUntil ?? null,
      customer: { name: request.customerName, email: request.customerEmail, address: request.address ?? null },
      description: request.description,
      currency: request.currency,
      lines,
      subtotal: request.subtotal ?? request.quoteAmount,
      taxAmount: request.taxAmount ?? 0,
      total: request.quoteAmount,
      note: request.quoteNote ?? null,
      terms: request.quoteTerms ?? null,
      sections: [],
    };
  }

  /** The receipt of the money received, or undefined when none was. */
  async receiptDocument(em: EntityManager, request: RequestView): Promise<ReceiptDocument | undefined> {
    const payments = await em.execute<
      {
        id: string;
        method: PaymentMethod;
        payment_method_type: string | null;
        amount: number;
        quote_version: number | null;
        at: Date;
      }[]
    >(
      `select id, method, payment_method_type, amount, quote_version, coalesce(stripe_created_at, created_at) as at
       from payment where service_request_id = ? and status in (${MONEY_RECEIVED.map(() => '?').join(', ')})
       order by at, id`,
      [request.id, ...MONEY_RECEIVED],
    );
    if (payments.length === 0) return undefined;
    const refunds = await em.execute<{ payment_id: string; amount: number; status: RefundStatus; at: Date }[]>(
      `select payment_id, amount, status, created_at as at from refund
       where payment_id in (${payments.map(() => '?').join(', ')}) and status in (${REFUND_COUNTS.map(() => '?').join(', ')})
       order by created_at, id`,
      [...payments.map((p) => p.id), ...REFUND_COUNTS],
    );
    // The lines of the quote the latest payment paid (a payment of an older version keeps its own).
    const version = payments.at(-1)?.quote_version ?? request.quoteVersion;
    const [letterhead, lines] = await Promise.all([
      this.letterhead(em),
      quoteLinesOf(em, { id: request.id, quoteVersion: version }),
    ]);
    return {
      ...letterhead,
      requestId: request.id,
      customer: { name: request.customerName, email: request.customerEmail },
      description: request.description,
      currency: request.currency,
      lines,
      payments: payments.map((p): ReceiptPayment => ({
        at: new Date(p.at),
        amount: p.amount,
        method: methodName(p),
        refunds: refunds
          .filter((r) => r.payment_id === p.id)
          .map((r) => ({ at: new Date(r.at), amount: r.amount, pending: r.status === RefundStatus.PENDING })),
      })),
      sections: [],
    };
  }

  async quotePdf(em: EntityManager, request: RequestView): Promise<Buffer | undefined> {
    const quote = await this.quoteDocument(em, request);
    return quote && renderQuotePdf(quote);
  }

  async receiptPdf(em: EntityManager, request: RequestView): Promise<Buffer | undefined> {
    const receipt = await this.receiptDocument(em, request);
    return receipt && renderReceiptPdf(receipt);
  }

  /** Whether the request has a receipt to show (money received). */
  async hasReceipt(em: EntityManager, requestId: string): Promise<boolean> {
    const [row] = await em.execute(
      `select 1 from payment where service_request_id = ? and status in (${MONEY_RECEIVED.map(() => '?').join(', ')}) limit 1`,
      [requestId, ...MONEY_RECEIVED],
    );
    return row !== undefined;
  }
}
