import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';
import { formatAmount } from '@service-desk/currency';

import { NotFoundError } from '../common/errors';
import { canTransition, PAYABLE } from '../service-requests/lifecycle';
import { type ChangeSource, ServiceRequestStatus as S } from '../service-requests/service-request-status';
import type { ServiceRequest } from '../service-requests/service-request.entity';
import type { ServiceRequestService } from '../service-requests/service-request.service';
import { MONEY_RECEIVED, PaymentMethod, PaymentStatus } from './payment-enums';
import { Payment } from './payment.entity';
import { Refund, RefundStatus } from './refund.entity';

/** A payment as Stripe reports it, whichever event (or sync) brings it. */
export interface ReportedPayment {
  requestId: string;
  paymentIntentId: string;
  /** Before tax and discounts (`amount_subtotal`), what the quote is compared with. */
  amount: number;
  currency: string;
  quoteVersion: number | undefined;
  methodType?: string | undefined;
  state: 'succeeded' | 'processing' | 'failed';
  failure?: string | undefined;
}

export interface ReportedRefunds {
  paymentIntentId: string;
  /** Stripe's running total for the charge (from `charge.refunded`): set, not added, so replays are harmless. */
  amountRefunded?: number;
  refunds: { id: string; amount: number; status: string }[];
}

export interface ReportedDispute {
  paymentIntentId: string;
  phase: 'created' | 'funds_withdrawn' | 'funds_reinstated' | 'closed';
  amount: number;
  status: string;
}

const STATE: Record<ReportedPayment['state'], PaymentStatus> = {
  succeeded: PaymentStatus.SUCCEEDED,
  processing: PaymentStatus.PROCESSING,
  failed: PaymentStatus.FAILED,
};

interface KnownPayment {
  id: string;
  status: PaymentStatus;
}

/** The payment of `paymentIntentId`, if one is recorded (read in `em`'s transaction, if any). */
export async function knownPayment(em: EntityManager, paymentIntentId: string): Promise<KnownPayment | undefined> {
  const [row] = await em.execute<KnownPayment[]>('select id, status from payment where stripe_payment_intent_id = ?', [
    paymentIntentId,
  ]);
  return row;
}

function flag(request: ServiceRequest, reason: string, source: ChangeSource): void {
  request.needsAttention = true;
  request.attentionReason =
    request.attentionReason && request.attentionReason !== reason ? `${request.attentionReason}; ${reason}` : reason;
  request.record({ kind: 'ATTENTION', source, note: reason });
}

/**
 * What Stripe tells about money, applied to requests through the same `change` path as admin
 * actions. Every method is idempotent: applying one report twice, or reports out of order,
 * ends in the same state.
 */
export class PaymentEventsService {
  constructor(private readonly requests: ServiceRequestService) {}

  /** Returns false when the request is unknown. */
  async receivePayment(em: EntityManager, p: ReportedPayment, source: ChangeSource): Promise<boolean> {
    const status = STATE[p.state];
    const alreadyKnown = (payment: KnownPayment | undefined) =>
      payment !== undefined && (payment.status === status || MONEY_RECEIVED.includes(payment.status));
    // Redeliveries and the other events of a known payment skip the request's row lock; a
    // concurrent first report is settled by the check under the lock. Plain SQL: this is every
    // webhook's path, and the payment is only written here, never read back into the unit of work.
    if (alreadyKnown(await knownPayment(em, p.paymentIntentId))) return true;
    return this.changeRequest(em, p.requestId, async (request, tx) => {
      const payment = await knownPayment(tx, p.paymentIntentId);
      if (alreadyKnown(payment)) return;
      if (!payment) {
        await tx.execute(
          `insert into payment (id, service_request_id, method, stripe_payment_intent_id, payment_method_type,
             amount, currency, refunded, status, disputed, created_at)
           values (?, ?, ?, ?, ?, ?, ?, 0, ?, false, ?::timestamptz)`,
          [
            randomUUID(),
            request.id,
            PaymentMethod.STRIPE,
            p.paymentIntentId,
            p.methodType ?? null,
            p.amount,
            p.currency,
            status,
            new Date().toISOString(),
          ],
        );
      } else {
        await tx.execute(
          'update payment set status = ?, payment_method_type = coalesce(payment_method_type, ?) where id = ?',
          [status, p.methodType ?? null, payment.id],
        );
      }
      const money = formatAmount(p.amount, p.currency);
      if (p.state === 'processing') {
        request.record({
          kind: 'PAYMENT_PROCESSING',
          source,
          amount: p.amount,
          note: `${money} on its way (${p.methodType ?? 'delayed method'})`,
        });
        return;
      }
      if (p.state === 'failed') {
        request.record({ kind: 'PAYMENT_FAILED', source, amount: p.amount, note: p.failure ?? 'The payment failed' });
        return;
      }
      const problem = this.disagreement(request, p);
      if (problem) {
        request.record({ kind: 'PAYMENT_RECEIVED', source, amount: p.amount, note: `${money}: ${problem}` });
        flag(request, problem, source);
        return;
      }
      request.record({ kind: 'PAYMENT_RECEIVED', from: request.status, to: S.PAID, source, amount: p.amount });
      request.status = S.PAID;
    });
  }

  /** `change` under the request's row lock; false when there is no such request. */
  private async changeRequest(
    em: EntityManager,
    requestId: string,
    mutate: (request: ServiceRequest, tx: EntityManager) => void | Promise<void>,
  ): Promise<boolean> {
    try {
      await this.requests.change(em, requestId, mutate, { lock: true });
      return true;
    } catch (error) {
      if (error instanceof NotFoundError) return false; // thrown before anything was written
      throw error;
    }
  }

  /** Returns false when no payment with that PaymentIntent is known yet (the caller parks it). */
  async recordRefunds(em: EntityManager, r: ReportedRefunds, source: ChangeSource): Promise<boolean> {
    return this.changePayment(em, r.paymentIntentId, async (request, current, tx) => {
      for (const reported of r.refunds) {
        const status =
          reported.status === 'failed' || reported.status === 'canceled'
            ? RefundStatus.FAILED
            : reported.status === 'succeeded'
              ? RefundStatus.SUCCEEDED
              : RefundStatus.PENDING;
        let refund = await tx.findOne(Refund, { stripeRefundId: reported.id });
        if (!refund) {
          refund = tx.create(Refund, {
            payment: current,
            stripeRefundId: reported.id,
            amount: reported.amount,
            status,
          } as Refund);
          tx.persist(refund);
        } else if (refund.status === status) {
          continue;
        }
        refund.status = status;
        if (status === RefundStatus.FAILED)
          flag(request, `a refund of ${formatAmount(reported.amount, current.currency)} failed`, source);
      }
      const succeeded = (await tx.find(Refund, { payment: current, status: RefundStatus.SUCCEEDED })).reduce(
        (sum, x) => sum + x.amount,
        0,
      );
      const total = r.amountRefunded ?? Math.max(current.refunded, succeeded);
      if (total === current.refunded) return;
      const added = total - current.refunded;
      current.refunded = total;
      if (MONEY_RECEIVED.includes(current.status)) {
        current.status =
          current.refunded >= current.amount
            ? PaymentStatus.REFUNDED
            : current.refunded > 0
              ? PaymentStatus.PARTIALLY_REFUNDED
              : PaymentStatus.SUCCEEDED;
      }
      const everything = await this.everythingRefunded(tx, request);
      const to = everything && canTransition(request.status, S.REFUNDED) ? S.REFUNDED : undefined;
      request.record({
        kind: 'REFUND',
        source,
        amount: added,
        note: `${formatAmount(Math.abs(added), current.currency)} refunded`,
        ...(to ? { from: request.status, to } : {}),
      });
      if (to) request.status = to;
    });
  }

  async recordDispute(em: EntityManager, d: ReportedDispute, source: ChangeSource): Promise<boolean> {
    return this.changePayment(em, d.paymentIntentId, async (request, current) => {
      const money = formatAmount(d.amount, current.currency);
      const notes = {
        created: `The customer disputed ${money} (${d.status})`,
        funds_withdrawn: `Stripe withdrew ${money} for the dispute`,
        funds_reinstated: `Stripe returned ${money}: the dispute was won`,
        closed: `The dispute closed: ${d.status}`,
      } as const;
      const note = notes[d.phase];
      current.disputed = d.phase !== 'closed' || d.status !== 'won';
      request.record({ kind: 'DISPUTE', source, amount: d.amount, note });
      if (d.phase === 'created' || (d.phase === 'closed' && d.status === 'lost')) flag(request, note, source);
    });
  }

  /**
   * Applies `mutate` to the payment of `paymentIntentId` and its request, under the request's row
   * lock; false when no such payment is known yet (the caller parks the event).
   */
  private async changePayment(
    em: EntityManager,
    paymentIntentId: string,
    mutate: (request: ServiceRequest, payment: Payment, tx: EntityManager) => Promise<void>,
  ): Promise<boolean> {
    const payment = await em.findOne(
      Payment,
      { stripePaymentIntentId: paymentIntentId },
      { populate: ['serviceRequest'] },
    );
    if (!payment) return false;
    await this.requests.change(
      em,
      payment.serviceRequest.id,
      async (request, tx) => mutate(request, await tx.findOneOrFail(Payment, { id: payment.id }), tx),
      { lock: true },
    );
    return true;
  }

  /** A declined or failed attempt: on the timeline, the request stays payable. */
  async recordFailedAttempt(
    em: EntityManager,
    requestId: string,
    amount: number,
    message: string,
    source: ChangeSource,
  ): Promise<boolean> {
    return this.changeRequest(
      em,
      requestId,
      (request) => void request.record({ kind: 'PAYMENT_FAILED', source, amount, note: message }),
    );
  }

  /** Why a succeeded payment cannot simply mark the request PAID, if it cannot. */
  private disagreement(request: ServiceRequest, p: ReportedPayment): string | undefined {
    if (!PAYABLE.includes(request.status)) {
      return [S.CANCELED, S.DECLINED].includes(request.status)
        ? `paid after the request was ${request.status.toLowerCase()}`
        : 'possible double payment: the request was already paid';
    }
    if (p.currency !== request.currency)
      return `paid in ${p.currency.toUpperCase()}, quoted in ${request.currency.toUpperCase()}`;
    if (p.quoteVersion !== undefined && p.quoteVersion !== request.quoteVersion) {
      return `paid an older quote (version ${p.quoteVersion}, current ${request.quoteVersion})`;
    }
    if (p.amount !== request.quoteAmount) {
      return `paid ${formatAmount(p.amount, p.currency)}, quoted ${formatAmount(request.quoteAmount ?? 0, request.currency)}`;
    }
    return undefined;
  }

  private async everythingRefunded(em: EntityManager, request: ServiceRequest): Promise<boolean> {
    const received = (await em.find(Payment, { serviceRequest: request })).filter((p) =>
      MONEY_RECEIVED.includes(p.status),
    );
    return received.length > 0 && received.every((p) => p.refunded >= p.amount);
  }
}
