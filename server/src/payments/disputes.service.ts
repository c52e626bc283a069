import type { EntityManager } from '@mikro-orm/postgresql';

import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import { currentAcceptances } from '../data/acceptances';
import { readRequestOrFail } from '../data/requests';
import type { ChangeSource } from '../engine/status';
import { assembleEvidence } from './dispute-evidence';
import { Dispute } from './dispute.entity';
import { disputeFact, type PaymentEventsService } from './payment-events.service';
import { Payment } from './payment.entity';
import type { PaymentProvider } from './provider';
import { StripeAttempts } from './stripe-attempts';

/** Stripe's limit for one evidence text field. */
const NOTE_LIMIT = 20_000;

/** Answers disputes: the evidence is the request's own record, sent to Stripe once per dispute. */
export class DisputesService {
  private readonly attempts: StripeAttempts;

  constructor(
    private readonly provider: PaymentProvider,
    private readonly paymentEvents: PaymentEventsService,
  ) {
    this.attempts = new StripeAttempts(provider.account);
  }

  /**
   * Submits evidence for the latest dispute of a payment, assembled from its request's record
   * (dispute-evidence.ts) with the admin's `note`. Once per dispute, under an attempt record: a
   * retry of an interrupted submission replays it with the same key, a later call changes nothing.
   */
  async submitEvidence(em: EntityManager, paymentId: string, note: string | undefined, source: ChangeSource) {
    if (!isUuid(paymentId)) throw new NotFoundError('Payment', paymentId);
    const payment = await em.findOne(Payment, { id: paymentId });
    if (!payment) throw new NotFoundError('Payment', paymentId);
    const text = note?.trim() || undefined;
    if (text && text.length > NOTE_LIMIT) throw new BadUserInputError('note', `at most ${NOTE_LIMIT} characters`);
    const dispute = await em.findOne(Dispute, { payment }, { orderBy: { createdAt: 'desc' } });
    if (!dispute || !payment.stripePaymentIntentId) throw new ConflictError('this payment is not disputed');
    const request = await readRequestOrFail(em, payment.serviceRequest.id);
    const spec = { scope: request.id, purpose: `dispute-evidence-${dispute.stripeDisputeId}`, request };
    if (await this.attempts.succeeded(em, spec)) return payment;
    if (dispute.outcome)
      throw new ConflictError(`this dispute is closed (${dispute.status}): it takes no more evidence`);
    if (dispute.evidenceDueBy && dispute.evidenceDueBy.getTime() < Date.now()) {
      throw new ConflictError(
        `the due date for evidence (${dispute.evidenceDueBy.toISOString()}) has passed: Stripe takes no more evidence`,
      );
    }
    const [acceptance] = await currentAcceptances(em, [request.id]);
    const evidence = await assembleEvidence(em, request, acceptance, text);
    const answer = await this.attempts.run(em, spec, false, (key) =>
      this.provider.submitDisputeEvidence(dispute.stripeDisputeId, evidence, key),
    );
    await this.paymentEvents.recordDispute(
      em,
      disputeFact(payment.stripePaymentIntentId, answer, Math.floor(Date.now() / 1000)),
      source,
    );
    // `disputed` and the rest as the recorded answer left them.
    return em.fork().findOneOrFail(Payment, { id: payment.id });
  }
}
