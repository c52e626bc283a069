import type { EntityManager } from '@mikro-orm/postgresql';

import { AppError, ConflictError } from '../common/errors';
import { ProviderError } from './provider';
import { AttemptState, StripeAttempt } from './stripe-attempt.entity';

export interface AttemptSpec {
  scope: string;
  purpose: string;
  quoteVersion?: number;
  request?: { id: string };
}

/** Stripe's refusal as the API's PAYMENT_PROVIDER_ERROR, with Stripe's message and request id. */
export class PaymentProviderError extends AppError {
  constructor(error: ProviderError) {
    super('PAYMENT_PROVIDER_ERROR', `Stripe: ${error.message}`, {
      stripeRequestId: error.requestId,
      stripeCode: error.stripeCode,
      retryable: error.retryable,
    });
  }
}

/**
 * Runs Stripe create calls under stored attempt records (see StripeAttempt). Each step commits on
 * its own, so the record exists before the call and the result is kept even if what follows fails.
 */
export class StripeAttempts {
  constructor(readonly account: string) {}

  /** The succeeded attempt for `spec`, if any: its object can be reused. */
  async succeeded(em: EntityManager, spec: AttemptSpec): Promise<StripeAttempt | null> {
    return em.findOne(
      StripeAttempt,
      { ...this.where(spec), state: AttemptState.SUCCEEDED },
      { orderBy: { attempt: 'desc' } },
    );
  }

  /**
   * Calls Stripe under an attempt: the pending one of `spec` if a retry is under way (same key,
   * so Stripe replays it), else a new one (`fresh` forces a new one: a deliberate new object).
   * `record` stores what the call produced, in the same transaction that settles the attempt.
   */
  async run<T>(
    em: EntityManager,
    spec: AttemptSpec,
    fresh: boolean,
    call: (idempotencyKey: string) => Promise<T & { id: string }>,
    record: (tx: EntityManager, result: T & { id: string }) => void | Promise<void> = () => undefined,
  ): Promise<T & { id: string }> {
    const attempt = await this.claim(em, spec, fresh);
    let result: T & { id: string };
    try {
      result = await call(attempt.idempotencyKey());
    } catch (error) {
      if (error instanceof ProviderError) {
        if (!error.retryable) {
          await em.nativeUpdate(
            StripeAttempt,
            { id: attempt.id },
            { state: AttemptState.FAILED, error: error.message },
          );
        }
        if (error.stripeCode === 'idempotency_error') {
          throw new ConflictError('the same Stripe call is under way for another request; try again');
        }
        throw new PaymentProviderError(error);
      }
      throw error;
    }
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(StripeAttempt, { id: attempt.id }, { state: AttemptState.SUCCEEDED, stripeId: result.id });
      await record(tx, result);
    });
    return result;
  }

  private where(spec: AttemptSpec) {
    return { account: this.account, scope: spec.scope, purpose: spec.purpose, quoteVersion: spec.quoteVersion ?? 0 };
  }

  /** Concurrent claims for one spec agree on one attempt: the insert is ignored when it exists. */
  private async claim(em: EntityManager, spec: AttemptSpec, fresh: boolean): Promise<StripeAttempt> {
    const where = this.where(spec);
    const latest = await em.fork().findOne(StripeAttempt, where, { orderBy: { attempt: 'desc' } });
    if (latest && latest.state === AttemptState.PENDING && !fresh) return latest;
    const next = (latest?.attempt ?? 0) + 1;
    const row = new StripeAttempt();
    await em
      .createQueryBuilder(StripeAttempt)
      .insert({
        ...where,
        id: row.id,
        attempt: next,
        state: AttemptState.PENDING,
        serviceRequest: spec.request?.id,
        createdAt: new Date(),
      })
      .onConflict(['account', 'scope', 'quote_version', 'purpose', 'attempt'])
      .ignore()
      .execute('run');
    return em.fork().findOneOrFail(StripeAttempt, { ...where, attempt: next });
  }
}
