import type { EntityManager } from '@mikro-orm/postgresql';
import { formatAmount } from '@service-desk/currency';

import type { BusinessService } from '../business/business.service';
import { type AcceptanceRow, currentAcceptances } from '../data/acceptances';
import { quoteLinesOf } from '../data/quote-lines';
import { readRequest, type RequestView } from '../data/requests';
import { amountDue, amountFor, payPurpose } from '../engine/lifecycle';
import { MONEY_RECEIVED, type PaymentMethod, PayPurpose } from '../engine/payment-enums';
import { paidBy } from '../mail/messages';
import type { DocumentRenderer } from '../mail/outbox';
import { REFUND_COUNTS, RefundStatus } from '../payments/refund.entity';
import { type DocumentSection, momentIn, reference } from './pdf-layout';
import { type QuoteDocument, renderQuotePdf } from './quote-pdf';
import { type ReceiptDocument, type ReceiptPayment, renderReceiptPdf } from './receipt-pdf';

/**
 * The quote's deposit terms (unless the customer chose to pay in full): what is due now while it
 * is, what is left once the deposit is paid, and the plain terms otherwise (all paid, or not payable).
 */
function depositSection(request: RequestView, money: (amount: number) => string): DocumentSection[] {
  if (!request.depositAmount || request.payChoice === PayPurpose.FULL) return [];
  const purpose = payPurpose(request);
  const deposit = money(amountFor(PayPurpose.DEPOSIT, request));
  const balance = money(amountFor(PayPurpose.BALANCE, request));
  const rows: [string, string][] =
    purpose === PayPurpose.DEPOSIT
      ? [
          ['Deposit due now', deposit],
          ['Balance due later', balance],
        ]
      : purpose === PayPurpose.BALANCE
        ? [
            ['Deposit paid', deposit],
            ['Balance due', money(amountDue(request))],
          ]
        : [
            ['Deposit', deposit],
            ['Balance', balance],
          ];
  return [{ title: 'Deposit', rows }];
}

/** The customer's acceptance of the quote shown, as recorded on the quote page. */
function acceptanceSection(acceptance: AcceptanceRow, timeZone: string): DocumentSection {
  return {
    title: 'Accepted',
    rows: [
      ['Accepted by', acceptance.name],
      ['On', momentIn(new Date(acceptance.at), timeZone)],
      ['From address', acceptance.clientAddress ?? 'not known'],
      ['Quote version', String(acceptance.quoteVersion)],
      ['Content hash (SHA-256)', acceptance.contentHash],
    ],
  };
}

interface ReceivedRow {
  id: string;
  method: PaymentMethod;
  payment_method_type: string | null;
  card_brand: string | null;
  card_last4: string | null;
  amount: number;
  quote_version: number | null;
  at: Date;
}

/**
 * The quote and receipt PDFs of a request: what they show is read here, in the business's look,
 * and drawn by quote-pdf.ts and receipt-pdf.ts. Reads run one after another: `em` may be a
 * transaction's (the outbox sender's), whose one connection takes one statement at a time.
 */
export class DocumentsService {
  constructor(private readonly business: BusinessService) {}

  /**
   * The quote of `version` (the current one by default), or undefined when the request has none.
   * Only the current version's totals, note and terms are kept, so an older version is not drawn.
   */
  async quoteDocument(
    em: EntityManager,
    request: RequestView,
    version = request.quoteVersion,
  ): Promise<QuoteDocument | undefined> {
    if (version !== request.quoteVersion || request.quoteVersion === 0) return undefined;
    if (request.quoteAmount === undefined || request.quoteAmount === null) return undefined;
    const lines = await quoteLinesOf(em, request);
    if (lines.length === 0) return undefined;
    const letterhead = await this.business.letterhead(em);
    const [quoted] = await em.execute<{ at: Date | null }[]>(
      `select max(at) as at from timeline_entry where service_request_id = ? and kind = 'QUOTED'`,
      [request.id],
    );
    const [acceptance] = await currentAcceptances(em, [request.id]);
    const money = (amount: number) => formatAmount(amount, request.currency);
    return {
      ...letterhead,
      requestId: request.id,
      quoteVersion: request.quoteVersion,
      quotedAt: quoted?.at ? new Date(quoted.at) : request.updatedAt,
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
      sections: [
        ...depositSection(request, money),
        ...(acceptance ? [acceptanceSection(acceptance, letterhead.look.timeZone)] : []),
      ],
    };
  }

  /**
   * The receipt of the money received, or undefined when none was. With `paymentId`, the receipt
   * of that payment as its mail tells it, the same whenever it is drawn: the payments up to it and
   * the refunds recorded before it, nothing that came later.
   */
  async receiptDocument(
    em: EntityManager,
    request: RequestView,
    paymentId?: string,
  ): Promise<ReceiptDocument | undefined> {
    // Stripe's times are whole seconds: two payments in one second are in the order recorded.
    const received = await em.execute<ReceivedRow[]>(
      `select id, method, payment_method_type, card_brand, card_last4, amount, quote_version,
         coalesce(stripe_created_at, created_at) as at
       from payment where service_request_id = ? and status in (${MONEY_RECEIVED.map(() => '?').join(', ')})
       order by at, created_at, id`,
      [request.id, ...MONEY_RECEIVED],
    );
    const upTo = paymentId === undefined ? received.length : received.findIndex((p) => p.id === paymentId) + 1;
    const payments = received.slice(0, upTo);
    const last = payments.at(-1);
    if (!last) return undefined;
    const before = paymentId === undefined ? [] : [new Date(last.at).toISOString()];
    const refunds = await em.execute<{ payment_id: string; amount: number; status: RefundStatus; at: Date }[]>(
      `select payment_id, amount, status, created_at as at from refund
       where payment_id in (${payments.map(() => '?').join(', ')}) and status in (${REFUND_COUNTS.map(() => '?').join(', ')})
         ${before.length ? 'and created_at <= ?::timestamptz' : ''}
       order by created_at, id`,
      [...payments.map((p) => p.id), ...REFUND_COUNTS, ...before],
    );
    // The lines of the quote the last payment paid (a payment of an older version keeps its own).
    const version = last.quote_version ?? request.quoteVersion;
    const lines = await quoteLinesOf(em, { id: request.id, quoteVersion: version });
    return {
      ...(await this.business.letterhead(em)),
      requestId: request.id,
      customer: { name: request.customerName, email: request.customerEmail },
      description: request.description,
      currency: request.currency,
      lines,
      payments: payments.map((p): ReceiptPayment => ({
        at: new Date(p.at),
        amount: p.amount,
        method: paidBy({
          method: p.method,
          methodType: p.payment_method_type,
          cardBrand: p.card_brand,
          cardLast4: p.card_last4,
        }),
        refunds: refunds
          .filter((r) => r.payment_id === p.id)
          .map((r) => ({ at: new Date(r.at), amount: r.amount, pending: r.status === RefundStatus.PENDING })),
      })),
      sections: [],
    };
  }

  async quotePdf(em: EntityManager, request: RequestView, version?: number): Promise<Buffer | undefined> {
    const quote = await this.quoteDocument(em, request, version);
    return quote && renderQuotePdf(quote);
  }

  async receiptPdf(em: EntityManager, request: RequestView, paymentId?: string): Promise<Buffer | undefined> {
    const receipt = await this.receiptDocument(em, request, paymentId);
    return receipt && renderReceiptPdf(receipt);
  }

  /** A mail's document, drawn as the outbox sends the mail (mail/outbox.ts). */
  readonly attachment: DocumentRenderer = async (em, requestId, document) => {
    const request = await readRequest(em, requestId);
    if (!request) return undefined;
    const pdf =
      document.document === 'quote'
        ? await this.quotePdf(em, request, document.quoteVersion)
        : await this.receiptPdf(em, request, document.paymentId);
    return (
      pdf && {
        filename: `${document.document}-${reference(request.id)}.pdf`,
        contentType: 'application/pdf',
        content: pdf,
      }
    );
  };

  /** Whether the request has a receipt to show (money received). */
  async hasReceipt(em: EntityManager, requestId: string): Promise<boolean> {
    const [row] = await em.execute(
      `select 1 from payment where service_request_id = ? and status in (${MONEY_RECEIVED.map(() => '?').join(', ')}) limit 1`,
      [requestId, ...MONEY_RECEIVED],
    );
    return row !== undefined;
  }
}
