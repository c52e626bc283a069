import { performance } from 'node:perf_hooks';

import type pg from 'pg';

import { migrate, withClient } from '../cluster';
import type { BenchContext } from '../context';
import { cursor, type LoadResult, runLoad } from '../load';
import { sizeFrom } from '../report';
import { seedRequests } from '../seed';
import { cpuSeconds, peakRssMiB, type Subject } from '../subjects';
import {
  completedEvents,
  createSessions,
  type EventBody,
  poolFor,
  postWebhook,
  withDuplicates,
} from '../webhook-events';

/** Templates for an ingest run: the project's schema with `count` payable requests, the events. */
export interface IngestFixture {
  template: string;
  events: EventBody[];
  /** The events in posting order, duplicates included. */
  sequence: EventBody[];
  /** Other requests' events, posted first so that every subject is measured warm (JIT-compiled). */
  warmup: EventBody[];
}

export async function prepareIngest(ctx: BenchContext, name: string, count: number): Promise<IngestFixture> {
  const warmupCount = sizeFrom('WARMUP', 200);
  const template = `${name}_template`;
  const url = await ctx.cluster.createDatabase(template);
  await migrate(url);
  const ids = await withClient(url, (client) => seedRequests(client, count + warmupCount));
  const sessions = await createSessions(ctx.stripe, ids);
  const all = completedEvents(sessions, name);
  const events = all.slice(0, count);
  return { template, events, sequence: withDuplicates(events), warmup: all.slice(count) };
}

export interface IngestResult {
  ack: LoadResult;
  /** From the first post until every request was PAID. */
  appliedSeconds: number;
  appliedThroughput: number;
  peakRssMiB?: number[];
  /** CPU the subject's processes used per distinct event, in ms: robust to a shared machine's noise. */
  cpuMsPerEvent?: number;
  /** Connections to the subject's database at the end of the load. */
  connections?: number;
}

/**
 * Posts `sequence` at `concurrency` spread over `subjects` (worker i → subject i mod n), then waits
 * until `countApplied` reaches `expected` (when given), and checks every event landed.
 */
export async function ingest(options: {
  subjects: Subject[];
  databaseUrl: string;
  sequence: EventBody[];
  warmup: EventBody[];
  concurrency: number;
  /** Distinct events in `sequence`. */
  expected: number;
  countApplied: string;
}): Promise<IngestResult> {
  const { subjects, concurrency } = options;
  const pools = subjects.map((s) => poolFor(s.url, Math.ceil(concurrency / subjects.length)));
  try {
    return await withClient(options.databaseUrl, async (db) => {
      const send = (body: EventBody, worker: number) => postWebhook(pools[worker % pools.length]!, body);
      const warm = await runLoad<EventBody>({ concurrency, next: cursor(options.warmup), send });
      if (warm.failures) throw new Error(`warm-up failed: ${warm.errors.join('; ')}`);
      await waitFor(db, options.countApplied, options.warmup.length);
      const cpuBefore = subjects.reduce((sum, s) => sum + cpuSeconds(s.pid), 0);
      const started = performance.now();
      const ack = await runLoad<EventBody>({ concurrency, next: cursor(options.sequence), send });
      const connections = Number(
        (await db.query<{ n: string }>('select count(*) as n from pg_stat_activity where datname = current_database()'))
          .rows[0]?.n,
      );
      const peakRss = subjects.map((s) => peakRssMiB(s.pid) ?? 0);
      await waitFor(db, options.countApplied, options.warmup.length + options.expected);
      const cpu = subjects.reduce((sum, s) => sum + cpuSeconds(s.pid), 0) - cpuBefore;
      const appliedSeconds = (performance.now() - started) / 1000;
      return {
        ack,
        appliedSeconds,
        appliedThroughput: options.expected / appliedSeconds,
        peakRssMiB: peakRss,
        cpuMsPerEvent: (cpu * 1000) / options.expected,
        connections,
      };
    });
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
}

/** Polls `countQuery` until it reaches `expected` (30 s at most). */
async function waitFor(db: pg.Client, countQuery: string, expected: number): Promise<void> {
  let landed = 0;
  for (let i = 0; i < 600; i++) {
    landed = Number((await db.query<{ n: string }>(countQuery)).rows[0]?.n);
    if (landed >= expected) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`only ${landed} of ${expected} events landed`);
}

export const PAID_COUNT = `select count(*) as n from service_request where status = 'PAID'`;
