import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';

import { JOB_SETUP_LOCK } from '../db/database';

/** pg-boss keeps its tables in a schema of its own, in the same database. */
export const JOB_SCHEMA = 'pgboss';

/** Works one job; throwing fails that job alone, which is retried per its queue's `retry`. */
export type JobHandler<T> = (data: T) => Promise<void>;

export interface QueueSpec {
  /** Retries, with backoff, of a job that throws or whose worker died (it expires). */
  retry?: PgBoss.RetryOptions;
  expireInSeconds?: number;
  /** Jobs fetched at once by this replica and worked concurrently. */
  batchSize: number;
}

/**
 * The durable jobs of every feature (Stripe side effects, campaign links): one pg-boss per process
 * on the application's database. A job is queued through the caller's transaction (`tx`), so it
 * exists exactly when the change that decided it commits, and runs after that commit on whichever
 * replica claims it; a killed worker's job expires and runs again.
 */
export class JobQueue {
  private readonly boss: PgBoss;

  constructor(
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {
    this.boss = new PgBoss({
      connectionString: databaseUrl,
      schema: JOB_SCHEMA,
      application_name: 'service-desk-jobs',
      max: 4,
      // Jobs of a killed replica are retried after they expire; maintenance notices that.
      maintenanceIntervalSeconds: 30,
    });
    this.boss.on('error', (error) => this.log.error({ err: error }, 'job queue error'));
  }

  async start(): Promise<void> {
    await this.oneAtATime(() => this.boss.start());
  }

  /** Creates the queue, and works it on this replica unless `handler` is undefined (paused). */
  async queue<T extends object>(name: string, spec: QueueSpec, handler: JobHandler<T> | undefined): Promise<void> {
    await this.oneAtATime(() =>
      this.boss.createQueue(name, {
        name,
        ...spec.retry,
        ...(spec.expireInSeconds ? { expireInSeconds: spec.expireInSeconds } : {}),
      }),
    );
    if (!handler) return;
    const worker: string = await this.boss.work<T>(
      name,
      { batchSize: spec.batchSize, pollingIntervalSeconds: 0.5 },
      async (jobs) => {
        await Promise.all(
          jobs.map(async (job) => {
            try {
              await handler(job.data);
            } catch (error) {
              this.log.warn({ err: error, queue: name, jobId: job.id }, 'job failed; it is retried with backoff');
              // Failed alone: pg-boss then completes only the batch's other jobs.
              await this.boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
            }
          }),
        );
        // A full batch means a backlog: fetch the next one now rather than after the polling interval.
        if (jobs.length === spec.batchSize) this.boss.notifyWorker(worker);
      },
    );
  }

  /**
   * A queue with a job on `cron` (UTC): pg-boss makes one job per tick across replicas, worked by
   * whichever takes it (`handler`, as in `queue`).
   */
  async every<T extends object>(name: string, cron: string, spec: QueueSpec, handler: JobHandler<T> | undefined) {
    await this.queue(name, spec, handler);
    await this.boss.schedule(name, cron);
  }

  /**
   * Queues one job in `tx`'s transaction. `id` makes it idempotent: queueing the same id again is
   * ignored (pg-boss inserts with ON CONFLICT DO NOTHING). `startAfter`: not run before then.
   */
  async enqueue(tx: EntityManager, name: string, id: string, data: object, startAfter?: Date): Promise<void> {
    await this.boss.send(name, data, { id, db: inTransaction(tx), ...(startAfter ? { startAfter } : {}) });
  }

  /** Queues jobs outside any transaction (in chunks of 500). */
  async insert(jobs: PgBoss.JobInsert[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += 500) await this.boss.insert(jobs.slice(i, i + 500));
  }

  /** Sends a job now, outside any transaction. */
  async send(name: string, data: object, options: PgBoss.SendOptions): Promise<void> {
    await this.boss.send(name, data, options);
  }

  /** Jobs of `name` not yet done (queued, retrying or running). */
  pending(name: string): Promise<number> {
    return this.boss.getQueueSize(name, { before: 'completed' });
  }

  /**
   * pg-boss's setup (its schema, a queue's partition) deadlocks against another replica starting at
   * the same moment: one at a time, under an advisory lock held by a connection of its own.
   */
  private async oneAtATime<T>(setup: () => Promise<T>): Promise<T> {
    const lock = new pg.Client({ connectionString: this.databaseUrl, application_name: 'service-desk-jobs-setup' });
    await lock.connect();
    try {
      await lock.query('select pg_advisory_lock($1)', [JOB_SETUP_LOCK]);
      return await setup();
    } finally {
      await lock.end(); // the session's end releases the lock
    }
  }

  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

/**
 * pg-boss's statements run on the caller's transaction. They number their parameters ($1…$n, some
 * used twice); the ORM's connection takes them in order (`?`), so each reference gets its value.
 */
function inTransaction(tx: EntityManager): PgBoss.Db {
  return {
    async executeSql(text, values) {
      const params: unknown[] = [];
      const sql = text.replace(/\$(\d+)/g, (_match, index: string) => {
        params.push(values[Number(index) - 1]);
        return '?';
      });
      return { rows: await tx.execute<Record<string, unknown>[]>(sql, params) };
    },
  };
}
