import type { EntityManager } from '@mikro-orm/postgresql';
import { formatAmount } from '@service-desk/currency';

import { quoteLinesOf } from '../data/quote-lines';
import type { RequestView } from '../data/requests';
import { ServiceRequestStatus } from '../engine/status';
import type { DisputeEvidence } from './provider';

/** The customer's acceptance of the current quote, when it was accepted on the quote page. */
export interface QuoteAcceptanceRecord {
  name: string;
  at: Date;
  clientAddress?: string | null | undefined;
  quoteVersion: number;
}

interface TimelineRow {
  at: Date;
  kind: string;
  from: string | null;
  to: string | null;
  actor: string;
  note: string | null;
}

interface PaymentRow {
  created_at: Date;
  amount: number;
  currency: string;
  method: string;
  status: string;
}

/** Stripe's limit for one text field of evidence (all of them together: 150,000). */
const FIELD_LIMIT = 20_000;

const clip = (text: string) => (text.length <= FIELD_LIMIT ? text : `${text.slice(0, FIELD_LIMIT - 1)}…`);
const day = (at: Date) => at.toISOString().slice(0, 10);
const stamp = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * The evidence for a dispute of one of the request's payments, all of it as Stripe's text fields:
 * Stripe takes evidence files only as PDF, JPEG or PNG, and the record is text (README "Disputes"). `acceptance` is the quote's
 * acceptance record (the quote page keeps it), if the customer accepted online; `note` is the admin's.
 */
export async function assembleEvidence(
  em: EntityManager,
  request: RequestView,
  acceptance: QuoteAcceptanceRecord | undefined,
  note: string | undefined,
): Promise<DisputeEvidence> {
  const money = (amount: number) => formatAmount(amount, request.currency);
  const lines = await quoteLinesOf(em, request);
  const timeline = await em.execute<TimelineRow[]>(
    `select at, kind, "from", "to", actor, note from timeline_entry where service_request_id = ? order by at, id`,
    [request.id],
  );
  const payments = await em.execute<PaymentRow[]>(
    `select created_at, amount, currency, method, status from payment where service_request_id = ? order by created_at`,
    [request.id],
  );

  const quote = [
    `Service requested: ${request.description}`,
    ...(request.address ? [`Service address: ${request.address}`] : []),
    '',
    `Quote (version ${request.quoteVersion}):`,
    ...lines.map(
      (l) =>
        `- ${l.description}: ${l.quantity} × ${money(l.unitAmount)} = ${money(l.amount)}` +
        (l.taxRate ? ` (${l.taxRate.name} ${l.taxRate.percentage}%${l.taxRate.inclusive ? ' included' : ''})` : ''),
    ),
    ...(lines.length ? [`Subtotal: ${money(request.subtotal)}`, `Tax: ${money(request.taxAmount)}`] : []),
    ...(request.quoteAmount !== undefined ? [`Total: ${money(request.quoteAmount)}`] : []),
    ...(request.quoteNote ? [`Quote note: ${request.quoteNote}`] : []),
    ...(acceptance
      ? [
          '',
          `Accepted by ${acceptance.name} on ${stamp(acceptance.at)}` +
            (acceptance.clientAddress ? ` from ${acceptance.clientAddress}` : '') +
            ` (quote version ${acceptance.quoteVersion}).`,
        ]
      : []),
  ];
  const log = [
    'Timeline of the request:',
    ...timeline.map(
      (e) =>
        `${stamp(new Date(e.at))} ${e.kind}${e.from || e.to ? ` ${e.from ?? '—'} → ${e.to ?? '—'}` : ''} by ${e.actor}` +
        (e.note ? `: ${e.note}` : ''),
    ),
    '',
    'Payments received:',
    ...payments.map(
      (p) =>
        `${stamp(new Date(p.created_at))} ${formatAmount(p.amount, p.currency)} by ${p.method.toLowerCase()} (${p.status.toLowerCase()})`,
    ),
  ];
  const served = timeline.findLast((e) => e.to === ServiceRequestStatus.COMPLETED)?.at ?? request.scheduledFor;
  return {
    customerName: request.customerName,
    customerEmailAddress: request.customerEmail,
    productDescription: clip(quote.join('\n')),
    serviceDate: served ? day(new Date(served)) : undefined,
    accessActivityLog: clip(log.join('\n')),
    uncategorizedText: note ? clip(note) : undefined,
  };
}
