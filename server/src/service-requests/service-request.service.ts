import { LockMode, OptimisticLockError, TransactionPropagation } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { amountProblem, isKnownCurrency } from '@service-desk/currency';

import { checkPageSize, decodeTimeCursor, encodeCursor, type Page } from '../common/connection';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import { customerFor } from '../customers/customers.service';
import { scheduledMail } from '../mail/messages';
import { enqueueMail } from '../mail/outbox';
import { MONEY_RECEIVED, PaymentMethod, PaymentStatus } from '../payments/payment-enums';
import type { PayableKind, PaymentLink } from '../payments/payment-link.entity';
import { Payment } from '../payments/payment.entity';
import { assertTransition, PAYABLE } from './lifecycle';
import { type RequestView, selectRequests } from './request-reads';
import { ChangeSource, ServiceRequestStatus as S } from './service-request-status';
import { ServiceRequest } from './service-request.entity';
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

/** Scheduling slightly in the past is tolerated (clocks differ); more is a mistake. */
const SCHEDULE_SKEW_MS = 5 * 60_000;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const whereSql = (conditions: string[]) => (conditions.length ? ` where ${conditions.join(' and ')}` : '');
const clean = (text: string | null | undefined) => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
};

/**
 * The one path for every change to a request, whatever its source (admin, customer, webhook,
 * reconciliation): load, check the transition table, change, write the timeline, in one transaction.
 */
export class ServiceRequestService {
  private readonly subscribers: ChangeSubscriber[] = [];

  constructor(
    readonly defaultCurrency: string,
    private readonly businessName: string,
  ) {}

  /**
   * Runs `subscriber` inside every change's transaction, so what it writes or sends (a NOTIFY, a
   * queued job) takes effect with the commit itself: never for a rollback, never lost to a crash
   * between commit and sending.
   */
  onChange(subscriber: ChangeSubscriber): void {
    this.subscribers.push(subscriber);
  }

  async findOneOrFail(em: EntityManager, id: string): Promise<ServiceRequest> {
    const found = await this.findOne(em, id);
    if (!found) throw new NotFoundError('ServiceRequest', id);
    return found;
  }

  /** `lock`: holds the row until the transaction ends (Stripe's reports wait for each other). */
  async findOne(em: EntityManager, id: string, lock = false): Promise<ServiceRequest | null> {
    if (!isUuid(id)) return null;
    return em.findOne(ServiceRequest, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  }

  async create(em: EntityManager, input: RequestServiceInput, source: ChangeSource): Promise<ServiceRequest> {
    const customerName = clean(input.customerName);
    const description = clean(input.description);
    if (!customerName) throw new BadUserInputError('customerName', 'must not be blank');
    if (!description) throw new BadUserInputError('description', 'must not be blank');
    const customerEmail = input.customerEmail.trim().toLowerCase();
    const customer = await customerFor(em, customerEmail, customerName);
    const request = em.create(ServiceRequest, {
      customer,
      customerName,
      customerEmail,
      customerPhone: clean(input.customerPhone),
      address: clean(input.address),
      description,
      currency: this.defaultCurrency,
    } as ServiceRequest);
    request.record({ kind: 'CREATED', to: S.REQUESTED, source });
    await em.transactional(async (tx) => {
      tx.persist(request);
      await this.announce(tx, request, undefined, []);
    });
    return request;
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
      em
        .getConnection()
        .execute<{ count: string }>(
          `select count(*) as count from service_request sr${whereSql(where)}`,
          params,
          'get',
        ),
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
      totalCount: Number(count.count),
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor },
    };
  }

  /** The detail query's request, read as a row (its collections come from `requestChildren`). */
  async view(em: EntityManager, id: string): Promise<RequestView | null> {
    if (!isUuid(id)) return null;
    const [row] = await selectRequests(em, 'select sr.* from service_request sr where sr.id = ?', [id]);
    return row ?? null;
  }

  async statusCounts(em: EntityManager): Promise<{ status: S; count: number }[]> {
    const rows = await em
      .getConnection()
      .execute<{ status: S; count: string }[]>('select status, count(*) as count from service_request group by status');
    const counts = new Map(rows.map((row) => [row.status, Number(row.count)]));
    return Object.values(S).map((status) => ({ status, count: counts.get(status) ?? 0 }));
  }

  quote(em: EntityManager, args: QuoteArgs, source: ChangeSource): Promise<ServiceRequest> {
    return this.change(em, args.id, async (request, tx) => {
      const currency = args.currency?.toLowerCase() ?? request.currency;
      if (!isKnownCurrency(currency))
        throw new BadUserInputError('currency', `${currency.toUpperCase()} is not a currency Stripe can charge`);
      const problem = amountProblem(args.amount, currency);
      if (problem) throw new BadUserInputError('amount', problem);
      assertTransition(request.status, S.QUOTED);
      await this.refuseWhileProcessing(tx, request, 're-quote');
      request.quoteAmount = args.amount;
      request.currency = currency;
      request.saveCard = args.saveCard;
      request.quoteVersion += 1;
      request.record({
        kind: 'QUOTED',
        from: request.status,
        to: S.QUOTED,
        source,
        amount: args.amount,
        note: clean(args.note),
      });
      request.status = S.QUOTED;
    });
  }

  /** Money received outside Stripe: recorded as a MANUAL payment of the current quote. */
  markPaid(em: EntityManager, id: string, note: string | undefined, source: ChangeSource): Promise<ServiceRequest> {
    return this.change(em, id, async (request, tx) => {
      assertTransition(request.status, S.PAID);
      await this.refuseWhileProcessing(tx, request, 'mark paid');
      const amount = request.quoteAmount as number; // every payable status has a quote
      tx.persist(
        tx.create(Payment, {
          serviceRequest: request,
          method: PaymentMethod.MANUAL,
          amount,
          currency: request.currency,
          status: PaymentStatus.SUCCEEDED,
          note: clean(note),
        } as Payment),
      );
      request.record({
        kind: 'PAYMENT_RECEIVED',
        from: request.status,
        to: S.PAID,
        source,
        amount,
        note: clean(note) ?? 'Marked paid (manual payment)',
      });
      request.status = S.PAID;
    });
  }

  schedule(em: EntityManager, id: string, scheduledFor: Date, source: ChangeSource): Promise<ServiceRequest> {
    return this.change(em, id, (request, tx) => {
      if (Number.isNaN(scheduledFor.getTime())) throw new BadUserInputError('scheduledFor', 'must be a date');
      if (scheduledFor.getTime() < Date.now() - SCHEDULE_SKEW_MS) {
        throw new BadUserInputError('scheduledFor', 'must not be in the past');
      }
      this.move(request, S.SCHEDULED, source, `Scheduled for ${scheduledFor.toISOString()}`);
      request.scheduledFor = scheduledFor;
      enqueueMail(tx, request, scheduledMail(this.businessName, request));
    });
  }

  complete(em: EntityManager, id: string, source: ChangeSource): Promise<ServiceRequest> {
    return this.change(em, id, (request) => this.move(request, S.COMPLETED, source));
  }

  decline(em: EntityManager, id: string, reason: string | undefined, source: ChangeSource): Promise<ServiceRequest> {
    return this.change(em, id, async (request, tx) => {
      assertTransition(request.status, S.DECLINED);
      await this.refuseWhileProcessing(tx, request, 'decline');
      this.move(request, S.DECLINED, source, clean(reason));
    });
  }

  cancel(em: EntityManager, id: string, reason: string | undefined, source: ChangeSource): Promise<ServiceRequest> {
    return this.change(em, id, async (request, tx) => {
      assertTransition(request.status, S.CANCELED);
      await this.refuseWhileProcessing(tx, request, 'cancel');
      this.move(request, S.CANCELED, source, clean(reason));
    });
  }

  /** Resolves the causes open now; each stays resolved, and only a new cause raises attention again. */
  resolveAttention(em: EntityManager, id: string, note: string, source: ChangeSource): Promise<ServiceRequest> {
    return this.change(em, id, async (request, tx) => {
      const text = clean(note);
      if (!text) throw new BadUserInputError('note', 'must say how it was resolved');
      if (!request.needsAttention) throw new ConflictError('this request does not need attention');
      await tx.execute(
        'update attention_cause set resolved_at = ?::timestamptz where service_request_id = ? and resolved_at is null',
        [new Date().toISOString(), request.id],
      );
      request.record({ kind: 'ATTENTION_RESOLVED', source, note: `${request.attentionReason ?? ''} → ${text}` });
      request.needsAttention = false;
      request.attentionReason = undefined;
    });
  }

  private move(request: ServiceRequest, to: S, source: ChangeSource, note?: string): void {
    assertTransition(request.status, to);
    request.record({ kind: 'STATUS_CHANGED', from: request.status, to, source, note });
    request.status = to;
  }

  /** Changing the quote under a payment in flight could strand the customer's money. */
  private async refuseWhileProcessing(em: EntityManager, request: ServiceRequest, action: string): Promise<void> {
    const processing = await em.count(Payment, { serviceRequest: request, status: PaymentStatus.PROCESSING });
    if (processing > 0) throw new ConflictError(`cannot ${action} while a payment is processing`);
  }

  /**
   * Applies `mutate` in a transaction. The version column turns a concurrent change made after
   * our read into a CONFLICT rather than a silently lost update.
   */
  async change(
    em: EntityManager,
    id: string,
    mutate: (request: ServiceRequest, tx: EntityManager) => void | Promise<void>,
    options: { lock?: boolean } = {},
  ): Promise<ServiceRequest> {
    try {
      // Inside the inbox's transaction, join it: the inbox rolls the whole event back on any error,
      // so a savepoint of our own would only cost two more round trips per event.
      return await em.transactional(
        async (tx) => {
          // Stripe's reports wait for each other on the row (no conflicts to retry); admins get CONFLICT.
          const found = options.lock ? await this.lockedRow(tx, id) : await this.findOne(tx, id);
          if (!found) throw new NotFoundError('ServiceRequest', id);
          const previousStatus = found.status;
          found.changeSource = undefined; // set again by `record`: whether this call changed anything
          await mutate(found, tx);
          await this.announce(tx, found, previousStatus, await this.retireStaleLinks(tx, found));
          return found;
        },
        { propagation: TransactionPropagation.REQUIRED },
      );
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        throw new ConflictError('the request was changed by someone else meanwhile; reload and try again');
      }
      throw error;
    }
  }

  /**
   * The request, locked until the transaction ends, read with plain SQL and merged into `tx`'s unit
   * of work (the ORM's own locked `findOne` costs several times the statement on this hot path).
   */
  private async lockedRow(tx: EntityManager, id: string): Promise<ServiceRequest | null> {
    if (!isUuid(id)) return null;
    const [row] = await tx.execute<Record<string, unknown>[]>('select * from service_request where id = ? for update', [
      id,
    ]);
    if (!row) return null;
    delete row['search_text']; // lazy: never loaded with the request
    return tx.map(ServiceRequest, row);
  }

  private async announce(
    tx: EntityManager,
    request: ServiceRequest,
    previousStatus: S | undefined,
    retiredLinks: readonly RetiredLink[],
  ): Promise<void> {
    // A call that found nothing to do (a redelivered event, a known payment) changed nothing.
    const change = {
      previousStatus,
      source: request.changeSource ?? ChangeSource.SYSTEM,
      changed: previousStatus === undefined || request.changeSource !== undefined,
      retiredLinks,
    };
    for (const subscriber of this.subscribers) await subscriber(tx, request, change);
  }

  /**
   * A link may be followed only while its quote is current and the request payable: retires the
   * others in one statement, and returns every retired link not yet closed at Stripe (including
   * those a payment's failure retired) for a subscriber to queue their closing.
   */
  private async retireStaleLinks(tx: EntityManager, request: ServiceRequest): Promise<RetiredLink[]> {
    const rows = await tx.execute<
      { id: string; kind: PayableKind; stripe_id: string; stripe_price_id: string | null }[]
    >(
      `with retired as (
         update payment_link set active = false
         where service_request_id = ? and active and (? or quote_version <> ?) returning id
       )
       select id, kind, stripe_id, stripe_price_id from payment_link
       where service_request_id = ? and closed_at_stripe is null and (not active or id in (select id from retired))`,
      [request.id, !PAYABLE.includes(request.status), request.quoteVersion, request.id],
    );
    // Links this unit of work already holds are told too, so what the change returns is current.
    if (request.paymentLinks.isInitialized()) {
      const retired = new Set(rows.map((row) => row.id));
      for (const link of request.paymentLinks) if (retired.has(link.id)) link.active = false;
    }
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      stripeId: row.stripe_id,
      stripePriceId: row.stripe_price_id ?? undefined,
    }));
  }
}

export interface ChangeFacts {
  previousStatus: S | undefined;
  source: ChangeSource;
  /** False when the call found nothing to do (a redelivered event, a known payment). */
  changed: boolean;
  /** Links /pay no longer leads to, still open at Stripe. */
  retiredLinks: readonly RetiredLink[];
}

/** A link /pay no longer leads to, still open at Stripe. */
export type RetiredLink = Pick<PaymentLink, 'id' | 'kind' | 'stripeId' | 'stripePriceId'>;

export type ChangeSubscriber = (tx: EntityManager, request: ServiceRequest, change: ChangeFacts) => Promise<void>;

/** Sums of money received in the request's own currency (other currencies flag attention instead). */
export function receivedAmounts(
  request: Pick<ServiceRequest, 'currency'>,
  payments: readonly Pick<Payment, 'amount' | 'currency' | 'refunded' | 'status'>[],
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
