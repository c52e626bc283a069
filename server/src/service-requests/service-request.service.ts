import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';
import { isKnownCurrency } from '@service-desk/currency';

import type { BusinessService } from '../business/business.service';
import { checkPageSize, decodeTimeCursor, encodeCursor, type Page } from '../common/connection';
import { BadUserInputError } from '../common/errors';
import { isUuid } from '../common/ids';
import { customerFor } from '../customers/customers.service';
import { resolveOpenCauses } from '../data/attention-causes';
import { insertManualPayment } from '../data/payments';
import { insertQuoteLines } from '../data/quote-lines';
import { readCounts } from '../data/request-counts';
import { readRequestOrFail } from '../data/requests';
import { type RequestView, selectRequests } from '../data/requests';
import type { Engine } from '../engine/engine';
import { ServiceRequestAction as A } from '../engine/lifecycle';
import { MONEY_RECEIVED, type PaymentStatus } from '../engine/payment-enums';
import { ChangeSource, ServiceRequestStatus as S } from '../engine/status';
import { newRequestMail, paidBy, receiptMail, requestReceivedMail, scheduledMail } from '../mail/messages';
import { enqueueAdminMail, enqueueMail, MAIL_KEYS } from '../mail/outbox';
import type { QuoteExpiry } from './quote-expiry';
import { checkedDeposit, keptDeposit, priceQuote } from './quote-pricing';
import {
  type QuoteArgs,
  type RequestServiceInput,
  ServiceRequestOrder,
  type ServiceRequestsArgs,
} from './service-request.inputs';

type SortKey = { column: 'created_at' | 'updated_at'; property: 'createdAt' | 'updatedAt'; dir: 'asc' | 'desc' };
const CREATED = { column: 'created_at', property: 'createdAt' } as const;
const UPDATED = { column: 'updated_at', property: 'updatedAt' } as const;
const ORDERS: Record<ServiceRequestOrder, SortKey> = {
  [ServiceRequestOrder.CREATED_DESC]: { ...CREATED, dir: 'desc' },
  [ServiceRequestOrder.CREATED_ASC]: { ...CREATED, dir: 'asc' },
  [ServiceRequestOrder.UPDATED_DESC]: { ...UPDATED, dir: 'desc' },
  [ServiceRequestOrder.UPDATED_ASC]: { ...UPDATED, dir: 'asc' },
};

/** A search counts its matches up to this many; beyond, `totalCountIsExact` is false ("10,000+"). */
export const SEARCH_COUNT_CAP = 10_000;

/** Scheduling slightly in the past is tolerated (clocks differ); more is a mistake. */
const SCHEDULE_SKEW_MS = 5 * 60_000;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const whereSql = (conditions: string[]) => (conditions.length ? ` where ${conditions.join(' and ')}` : '');
const clean = (text: string | null | undefined) => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
};

/** What a request from the public form sets off besides itself (wired in services.ts). */
export interface RequestIntake {
  /** Whether `email` may get one more "we received your request" mail now (a limit per address). */
  mayConfirm(email: string): Promise<boolean>;
  /** Where the business hears of a new request: NOTIFY_EMAIL, or every owner. */
  notifyTo(tx: EntityManager): Promise<string[]>;
  /** The request's page in the admin SPA. */
  adminUrl(id: string): string;
}

/** Requests as admins and customers see and change them; every change is the engine's (engine/engine.ts). */
export class ServiceRequestService {
  constructor(
    private readonly engine: Engine,
    readonly business: BusinessService,
    private readonly intake: RequestIntake,
    private readonly expiry: Pick<QuoteExpiry, 'schedule'>,
  ) {}

  findOneOrFail(em: EntityManager, id: string): Promise<RequestView> {
    return readRequestOrFail(em, id);
  }

  async create(em: EntityManager, input: RequestServiceInput, source: ChangeSource): Promise<RequestView> {
    const customerName = clean(input.customerName);
    const description = clean(input.description);
    if (!customerName) throw new BadUserInputError('customerName', 'must not be blank');
    if (!description) throw new BadUserInputError('description', 'must not be blank');
    const customerEmail = input.customerEmail.trim().toLowerCase();
    const fromForm = source === ChangeSource.CUSTOMER;
    const [customer, currency, confirm] = await Promise.all([
      customerFor(em, customerEmail, customerName),
      this.business.currency(em),
      fromForm && this.intake.mayConfirm(customerEmail),
    ]);
    return this.engine.create(
      em,
      {
        id: randomUUID(),
        customerId: customer.id,
        customerName,
        customerEmail,
        customerPhone: clean(input.customerPhone),
        address: clean(input.address),
        description,
        currency,
      },
      source,
      // Requests the team made itself (an admin's, a campaign's) are known to it, and the customer is
      // told by their quote.
      fromForm ? (tx, row) => this.received(tx, row, confirm) : undefined,
    );
  }

  /** The customer's confirmation (unless `confirm` is false: the address had enough today) and the business's notice. */
  private async received(tx: EntityManager, request: RequestView, confirm: boolean): Promise<void> {
    const business = await this.business.mailIdentity(tx);
    if (confirm) await enqueueMail(tx, request, requestReceivedMail(business, request));
    // A reply to the notice goes to the customer.
    const notice = {
      ...newRequestMail(business, request, this.intake.adminUrl(request.id)),
      replyTo: request.customerEmail,
    };
    for (const to of await this.intake.notifyTo(tx)) await enqueueAdminMail(tx, to, notice, request.id);
  }

  /** Read with SQL and shown as rows (RequestView), not entities: see README "Performance". */
  async list(em: EntityManager, args: ServiceRequestsArgs): Promise<Page<RequestView>> {
    checkPageSize(args.first);
    const order = ORDERS[args.orderBy];
    const where: string[] = [];
    const params: unknown[] = [];
    if (args.status?.length) {
      where.push('sr.status in (?)');
      params.push(args.status);
    }
    if (args.needsAttention !== undefined && args.needsAttention !== null) {
      where.push('sr.needs_attention = ?');
      params.push(args.needsAttention);
    }
    const search = clean(args.search);
    if (search) {
      where.push('sr.search_text like ?');
      params.push(`%${escapeLike(search.toLowerCase())}%`);
    }
    const keyset = [...where];
    const keysetParams = [...params];
    if (args.after) {
      const [at, id] = decodeTimeCursor(args.after);
      keyset.push(`(sr.${order.column}, sr.id) ${order.dir === 'desc' ? '<' : '>'} (?::timestamptz, ?::uuid)`);
      keysetParams.push(at, id);
    }
    const [count, rows] = await Promise.all([
      search ? this.searchCount(em, where, params) : this.filterCount(em, args.status, args.needsAttention),
      selectRequests(
        em,
        `select sr.* from service_request sr${whereSql(keyset)} order by sr.${order.column} ${order.dir}, sr.id ${order.dir} limit ?`,
        [...keysetParams, args.first + 1],
      ),
    ]);
    const page = rows.slice(0, args.first);
    const edges = page.map((node) => ({
      node,
      cursor: encodeCursor([node[order.property].toISOString(), node.id]),
    }));
    return {
      edges,
      ...count,
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor },
    };
  }

  /** The detail query's request, read as a row (its collections come from `requestChildren`). */
  async view(em: EntityManager, id: string): Promise<RequestView | null> {
    if (!isUuid(id)) return null;
    const [row] = await selectRequests(em, 'select sr.* from service_request sr where sr.id = ?', [id]);
    return row ?? null;
  }

  /** From the counts the engine keeps: a few rows, whatever the table's size. */
  async statusCounts(em: EntityManager): Promise<{ status: S; count: number }[]> {
    const counts = new Map<S, number>();
    for (const row of await readCounts(em)) counts.set(row.status, (counts.get(row.status) ?? 0) + row.count);
    return Object.values(S).map((status) => ({ status, count: counts.get(status) ?? 0 }));
  }

  /** A status or attention filter's total, from the engine's counts. */
  private async filterCount(
    em: EntityManager,
    statuses: S[] | null | undefined,
    needsAttention: boolean | null | undefined,
  ) {
    const rows = await readCounts(em);
    const totalCount = rows
      .filter((row) => !statuses?.length || statuses.includes(row.status))
      .filter((row) => needsAttention === undefined || needsAttention === null || row.needsAttention === needsAttention)
      .reduce((sum, row) => sum + row.count, 0);
    return { totalCount, totalCountIsExact: true };
  }

  /** A search's total, counted exactly up to SEARCH_COUNT_CAP and said to be more beyond it. */
  private async searchCount(em: EntityManager, where: string[], params: unknown[]) {
    const { count } = await em
      .getConnection()
      .execute<{ count: string }>(
        `select count(*) as count from (select 1 from service_request sr${whereSql(where)} limit ?) matched`,
        [...params, SEARCH_COUNT_CAP + 1],
        'get',
      );
    const exact = Number(count) <= SEARCH_COUNT_CAP;
    return { totalCount: Math.min(Number(count), SEARCH_COUNT_CAP), totalCountIsExact: exact };
  }

  /**
   * A new version of the quote: its lines (the single-amount form is one line) and totals, checked
   * and priced (quote-pricing.ts) before anything is written, and written with the move.
   */
  quote(em: EntityManager, args: QuoteArgs, source: ChangeSource): Promise<RequestView> {
    const hasAmount = args.amount !== undefined && args.amount !== null;
    const hasLines = args.lineItems !== undefined && args.lineItems !== null;
    if (hasAmount === hasLines) throw new BadUserInputError('amount', 'give either amount or lineItems');
    if (args.validUntil && args.validUntil.getTime() <= Date.now()) {
      throw new BadUserInputError('validUntil', 'must be in the future');
    }
    return this.engine.act(em, args.id, A.QUOTE, async (change, tx) => {
      const currency = args.currency?.toLowerCase() ?? change.request.currency;
      if (!isKnownCurrency(currency))
        throw new BadUserInputError('currency', `${currency.toUpperCase()} is not a currency Stripe can charge`);
      // Its tax rates with it: the transaction's one connection runs one statement at a time.
      const business = await this.business.current(tx);
      const rates = business.taxRates;
      const priced = priceQuote(
        hasLines
          ? { kind: 'lines', lines: args.lineItems ?? [] }
          : { kind: 'amount', amount: args.amount as number, description: change.request.description },
        currency,
        new Map(rates.map((rate) => [rate.id, rate])),
      );
      const { request } = change;
      // After a paid deposit the new version keeps it; the deposit's own quote version says which payment it is.
      const kept = request.status === S.DEPOSIT_PAID ? (request.depositAmount ?? undefined) : undefined;
      const depositAmount =
        kept === undefined
          ? checkedDeposit(args, priced.total, currency)
          : keptDeposit(
              args,
              { amount: kept, currency: request.currency },
              priced.total,
              currency,
              hasLines ? 'lineItems' : 'amount',
            );
      const validityDays = business.quoteValidityDays;
      const quoteVersion = change.request.quoteVersion + 1;
      change.set(
        {
          quoteAmount: priced.total,
          depositAmount,
          depositQuoteVersion: kept === undefined ? undefined : (request.depositQuoteVersion ?? request.quoteVersion),
          payChoice: undefined, // a new version: the customer chooses again
          subtotal: priced.subtotal,
          taxAmount: priced.taxAmount,
          currency,
          saveCard: args.saveCard,
          requireAcceptance: args.requireAcceptance ?? false,
          quoteVersion,
          validUntil: args.validUntil ?? (validityDays ? new Date(Date.now() + validityDays * 86_400_000) : undefined),
          quoteNote: clean(args.note),
          quoteTerms: clean(args.terms) ?? business.terms ?? undefined,
        },
        source,
      );
      await insertQuoteLines(tx, { id: change.request.id, quoteVersion }, priced.lines);
      await this.expiry.schedule(tx, change.request);
      return { kind: 'QUOTED', source, amount: priced.total, note: clean(args.note) };
    });
  }

  /**
   * Moves the current quote's validUntil (an expired one becomes payable again, its links made
   * afresh on the next visit); its version, and so an acceptance of it, stay.
   */
  extendValidity(em: EntityManager, id: string, validUntil: Date, source: ChangeSource): Promise<RequestView> {
    if (Number.isNaN(validUntil.getTime()) || validUntil.getTime() <= Date.now()) {
      throw new BadUserInputError('validUntil', 'must be in the future');
    }
    return this.engine.act(em, id, A.EXTEND_VALIDITY, async (change, tx) => {
      change.set({ validUntil }, source);
      await this.expiry.schedule(tx, change.request);
      return { kind: 'VALIDITY_EXTENDED', source, note: `Valid until ${validUntil.toISOString()}` };
    });
  }

  /** Money received outside Stripe: recorded as a MANUAL payment of the current quote. */
  markPaid(em: EntityManager, id: string, note: string | undefined, source: ChangeSource): Promise<RequestView> {
    return this.engine.act(em, id, A.MARK_PAID, async ({ request }, tx) => {
      const amount = request.quoteAmount as number; // every payable status has a quote
      const paymentId = await insertManualPayment(tx, request, amount, clean(note));
      const method = paidBy({ method: 'MANUAL', methodType: null });
      const paid = { paymentId, amount, currency: request.currency, method, at: new Date() };
      const business = await this.business.mailIdentity(tx);
      await enqueueMail(tx, request, receiptMail(business, request, paid), MAIL_KEYS.receipt(paymentId));
      return { kind: 'PAYMENT_RECEIVED', source, amount, note: clean(note) ?? 'Marked paid (manual payment)' };
    });
  }

  schedule(em: EntityManager, id: string, scheduledFor: Date, source: ChangeSource): Promise<RequestView> {
    if (Number.isNaN(scheduledFor.getTime())) throw new BadUserInputError('scheduledFor', 'must be a date');
    if (scheduledFor.getTime() < Date.now() - SCHEDULE_SKEW_MS) {
      throw new BadUserInputError('scheduledFor', 'must not be in the past');
    }
    return this.engine.act(em, id, A.SCHEDULE, async (change, tx) => {
      change.set({ scheduledFor }, source);
      await enqueueMail(tx, change.request, scheduledMail(await this.business.mailIdentity(tx), change.request));
      return { kind: 'STATUS_CHANGED', source, note: `Scheduled for ${scheduledFor.toISOString()}` };
    });
  }

  complete(em: EntityManager, id: string, source: ChangeSource): Promise<RequestView> {
    return this.engine.act(em, id, A.COMPLETE, () => ({ kind: 'STATUS_CHANGED', source }));
  }

  decline(em: EntityManager, id: string, reason: string | undefined, source: ChangeSource): Promise<RequestView> {
    return this.engine.act(em, id, A.DECLINE, () => ({ kind: 'STATUS_CHANGED', source, note: clean(reason) }));
  }

  cancel(em: EntityManager, id: string, reason: string | undefined, source: ChangeSource): Promise<RequestView> {
    return this.engine.act(em, id, A.CANCEL, () => ({ kind: 'STATUS_CHANGED', source, note: clean(reason) }));
  }

  /** Resolves the causes open now; each stays resolved, and only a new cause raises attention again. */
  resolveAttention(em: EntityManager, id: string, note: string, source: ChangeSource): Promise<RequestView> {
    const text = clean(note);
    if (!text) throw new BadUserInputError('note', 'must say how it was resolved');
    return this.engine.act(em, id, A.RESOLVE_ATTENTION, async (change, tx) => {
      await resolveOpenCauses(tx, change.request.id);
      const reason = change.request.attentionReason;
      change.set({ needsAttention: false, attentionReason: undefined }, source);
      return { kind: 'ATTENTION_RESOLVED', source, note: `${reason ?? ''} → ${text}` };
    });
  }
}

/** Sums of money received in the request's own currency (other currencies flag attention instead). */
export function receivedAmounts(
  request: { currency: string },
  payments: readonly { amount: number; currency: string; refunded: number; status: PaymentStatus }[],
): { paid: number; refunded: number } {
  let paid = 0;
  let refunded = 0;
  for (const payment of payments) {
    if (payment.currency !== request.currency || !MONEY_RECEIVED.includes(payment.status)) continue;
    paid += payment.amount;
    refunded += payment.refunded;
  }
  return { paid, refunded };
}
