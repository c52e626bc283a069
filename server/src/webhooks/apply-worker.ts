import fastq from 'fastq';
import type { Logger } from 'pino';

import type { Inbox } from './inbox';

/** Ids waiting beyond this are left to the sweep: memory stays bounded under any burst. */
const BACKLOG = 10_000;

/**
 * This replica's webhook worker: applies each event the route recorded, after its 2xx, at most
 * `concurrency` at a time. Nothing depends on this process: an event it never gets to (a crash,
 * a full backlog) is claimed by the sweep of any replica (`startInboxWorker`) after the claim window.
 */
export class ApplyWorker {
  private readonly queue: fastq.queueAsPromised<string>;
  /** Ids pushed and not yet applied, counted here: fastq's `length()` walks its whole list. */
  private pending = 0;

  constructor(inbox: Inbox, concurrency: number, log: Logger) {
    this.queue = fastq.promise(async (id: string) => {
      await inbox
        .process(id)
        .catch((error: unknown) => log.error({ err: error, eventId: id }, 'applying deferred to the sweep'))
        .finally(() => this.pending--);
    }, concurrency);
  }

  push(id: string): void {
    if (this.pending >= BACKLOG) return;
    this.pending++;
    void this.queue.push(id);
  }

  /** Resolves once everything pushed so far is applied (shutdown). */
  async drain(): Promise<void> {
    if (!this.queue.idle()) await this.queue.drained();
  }
}
