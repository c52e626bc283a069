import { createHash } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import type { RequestView } from '../data/requests';
import type { Engine } from '../engine/engine';
import { quoteExpired } from '../engine/facts';
import { PAYABLE } from '../engine/lifecycle';
import { ChangeSource } from '../engine/status';
import type { JobQueue } from '../jobs/job-queue';

/** Jobs run at a quote's validUntil (`QuoteExpiry.expire`). */
export const QUOTE_EXPIRY_QUEUE = 'quote-expiry';

export interface ExpiryJob {
  requestId: string;
  /** The validUntil the job was queued for (ISO): a later extension or re-quote makes it moot. */
  validUntil: string;
}

/** pg-boss ids are UUIDs: one per (request, validUntil), so queueing it again is ignored. */
const jobId = (key: string) =>
  createHash('sha256')
    .update(key)
    .digest('hex')
    .slice(0, 32)
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

/**
 * A quote's validity as a queued side effect: at validUntil a job records QUOTE_EXPIRED, and that
 * change retires the quote's links (payments.service.ts `retireStaleLinks`: an expired quote is not
 * payable), which closes them at Stripe. An extension or a new quote queues a job for its own time.
 */
export class QuoteExpiry {
  constructor(
    private readonly em: EntityManager,
    private readonly engine: Engine,
    private readonly jobs: JobQueue,
  ) {}

  /** Queues, in the change's transaction, the job for the request's validUntil (if it has one). */
  async schedule(tx: EntityManager, request: Pick<RequestView, 'id' | 'validUntil'>): Promise<void> {
    if (!request.validUntil) return;
    const validUntil = new Date(request.validUntil);
    const job: ExpiryJob = { requestId: request.id, validUntil: validUntil.toISOString() };
    await this.jobs.enqueue(tx, QUOTE_EXPIRY_QUEUE, jobId(`${job.requestId} ${job.validUntil}`), job, validUntil);
  }

  /** The job: records the expiry once, if the quote is still the one it was queued for and unpaid. */
  async expire(job: ExpiryJob): Promise<void> {
    await this.engine.change(
      this.em.fork(),
      job.requestId,
      (change) => {
        const request = change.request;
        const same = request.validUntil && new Date(request.validUntil).toISOString() === job.validUntil;
        if (!same || !PAYABLE.includes(request.status)) return;
        // Run a moment early (clocks differ): failing makes the queue try again shortly.
        if (!quoteExpired(request)) throw new Error('the quote has not expired yet');
        change.record({
          kind: 'QUOTE_EXPIRED',
          source: ChangeSource.SYSTEM,
          note: `Quote version ${request.quoteVersion} expired; its payment links were deactivated`,
        });
      },
      { lock: true },
    );
  }
}
