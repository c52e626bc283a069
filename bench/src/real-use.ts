import { performance } from 'node:perf_hooks';

import type pg from 'pg';

import { withClient } from './cluster';
import { EVENT_LOOP_PATH, type EventLoopDelay } from './event-loop';
import { cursor, type Latency, latencyHistogram, latencyOf, type LoadResult, runLoad, runPaced } from './load';
import type { LinkPayment } from './paid-links';
import { cpuSeconds, peakRssMiB, type Subject } from './subjects';
import { poolFor, postWebhook } from './webhook-events';

/** Wall-clock time in epoch milliseconds, sub-millisecond: comparable with PostgreSQL's commit timestamps. */
export const epochMs = () => performance.timeOrigin + performance.now();

/** One event to post: its id (to time its payment's first 2xx) and its body. */
interface Posted {
  id: string;
  body: string;
}

/** Each payment's events in the order Stripe emitted them, payment after payment, + a redelivery after every tenth. */
export function postingOrder(payments: readonly LinkPayment[]): Posted[] {
  const events = payments.flatMap((p) => p.events.map(({ id, body }) => ({ id, body })));
  const out: Posted[] = [];
  events.forEach((event, i) => {
    out.push(event);
    if (i % 10 === 9) out.push(events[Math.floor(Math.random() * (i + 1))] as Posted);
  });
  return out;
}

/** The event that carries a Payment Link's payment to PAID (its charge waits for it; its intent's is ignored). */
export const PAYING_EVENT = 'checkout.session.completed';

/** How a subject tells what it applied, read from its database by commit time (`track_commit_timestamp`). */
export interface AppliedProbe {
  /** The key a payment is known by in the subject's tables. */
  keyOf(payment: LinkPayment): string;
  /** Commit time (epoch ms) of each payment applied so far: PAID for the project, its session row for a peer. */
  appliedAt(db: pg.Client): Promise<Map<string, number>>;
  /** Whether everything posted so far is applied (the payments, and for a peer every object row). */
  done(db: pg.Client, expectedEvents: number, expectedPayments: number): Promise<boolean>;
  /** Commit time (epoch ms) of the last applied write. */
  lastCommit(db: pg.Client): Promise<number>;
}

const commitMs = (column = 'xmin') => `extract(epoch from pg_xact_commit_timestamp(${column})) * 1000`;

/** The project's change log (server/src/service-requests/change-log.entity.ts): a row per status change, written in the change's transaction. */
const CHANGE_LOG = 'service_request_change';

/** The project and the baseline: a payment is applied when its request's PAID is committed. */
export const paidProbe: AppliedProbe = {
  keyOf: (payment) => payment.requestId,
  async appliedAt(db) {
    const { rows } = await db.query<{ key: string; at: number }>(
      `select service_request_id::text as key, min(${commitMs()})::float8 as at from ${CHANGE_LOG}
       where status = 'PAID' group by 1`,
    );
    return new Map(rows.map((row) => [row.key, row.at]));
  },
  async done(db, _events, payments) {
    const { rows } = await db.query<{ n: number }>(
      `select count(distinct service_request_id)::int as n from ${CHANGE_LOG} where status = 'PAID'`,
    );
    return (rows[0]?.n ?? 0) >= payments;
  },
  async lastCommit(db) {
    const { rows } = await db.query<{ at: number }>(
      `select max(${commitMs()})::float8 as at from ${CHANGE_LOG} where status = 'PAID'`,
    );
    return rows[0]?.at ?? 0;
  },
};

/** A sync engine: a payment is applied when its session row is committed; done when every object has its row. */
export function rowsProbe(schema: string, tables = ['checkout_sessions', 'payment_intents', 'charges']): AppliedProbe {
  const all = tables.map((t) => `select ${commitMs()} as at from ${schema}.${t}`).join(' union all ');
  return {
    keyOf: (payment) => payment.sessionId,
    async appliedAt(db) {
      const { rows } = await db.query<{ key: string; at: number }>(
        `select id as key, ${commitMs()}::float8 as at from ${schema}.checkout_sessions`,
      );
      return new Map(rows.map((row) => [row.key, row.at]));
    },
    async done(db, events) {
      const { rows } = await db.query<{ n: number }>(`select count(*)::int as n from (${all}) rows`);
      return (rows[0]?.n ?? 0) >= events;
    },
    async lastCommit(db) {
      const { rows } = await db.query<{ at: number }>(`select max(at)::float8 as at from (${all}) rows`);
      return rows[0]?.at ?? 0;
    },
  };
}

/** CPU time of a process sampled every 50 ms, to read it at any instant of the run (linear in between). */
function cpuSampler(pid: number) {
  const samples: [number, number][] = [[epochMs(), cpuSeconds(pid)]];
  const timer = setInterval(() => samples.push([epochMs(), cpuSeconds(pid)]), 50);
  return {
    stop() {
      clearInterval(timer);
      samples.push([epochMs(), cpuSeconds(pid)]);
    },
    /** CPU seconds used by `at` (epoch ms). */
    at(at: number): number {
      const after = samples.findIndex(([t]) => t >= at);
      if (after <= 0) return (after === 0 ? samples[0] : samples.at(-1))?.[1] ?? 0;
      const [t0, c0] = samples[after - 1] as [number, number];
      const [t1, c1] = samples[after] as [number, number];
      return c0 + ((c1 - c0) * (at - t0)) / Math.max(1, t1 - t0);
    },
  };
}

/** The Stripe calls that close a retired link (payments.service's closeRetiredLinks, the baseline's closeAtStripe). */
export const LINK_DEACTIVATION = 'POST /v1/payment_links/{payment_link}';

interface Calls {
  total: number;
  operations: Record<string, { count: number; lastAt: number }>;
}

async function emulatorCalls(emulatorUrl: string): Promise<Calls> {
  return (await (await fetch(`${emulatorUrl}/_emulator/calls`)).json()) as Calls;
}

const callsSince = (before: Calls, after: Calls) =>
  Object.fromEntries(
    Object.entries(after.operations)
      .map(([op, { count }]) => [op, count - (before.operations[op]?.count ?? 0)] as const)
      .filter(([, n]) => n > 0),
  );

/** The event-loop delay since the previous read: the project's /metrics (prom-client), a bench server's own route. */
export async function readEventLoop(subject: Subject, project: boolean): Promise<EventLoopDelay> {
  if (!project) return (await (await fetch(`${subject.url}${EVENT_LOOP_PATH}`)).json()) as EventLoopDelay;
  const text = await (await fetch(`${subject.url}/metrics`)).text();
  const gauge = (name: string) => Number(new RegExp(`^${name} ([0-9.e+-]+)`, 'm').exec(text)?.[1]) * 1000;
  return {
    p50: gauge('nodejs_eventloop_lag_p50_seconds'),
    p99: gauge('nodejs_eventloop_lag_p99_seconds'),
    max: gauge('nodejs_eventloop_lag_max_seconds'),
  };
}

/** Polls `done` (waiting only: every time reported comes from commit timestamps) until true or `timeoutMs`. */
async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface SideEffects {
  /** Stripe calls the subject made during the run, by operation (counted at the emulator). */
  calls: Record<string, number>;
  total: number;
  /** Links still to close at Stripe when the last event was acknowledged (subjects that close them). */
  backlogAtLastAck?: number | undefined;
  /** From the last 2xx until the last link was closed at Stripe (s); undefined when not waited for. */
  drainSeconds?: number | undefined;
  /** From the first post until the last link was closed (s). */
  emptySeconds?: number | undefined;
  /** The subject's CPU from the last PAID until the last Stripe call, per payment (ms): side effects left after applying. */
  cpuMsPerPaymentAfterApplied?: number | undefined;
  /** CPU seconds the emulator (Stripe's side) spent during the run. */
  emulatorCpu: number;
}

export interface RunResult {
  ack: LoadResult;
  /** Distinct events ÷ (first post → last applied commit). */
  appliedThroughput: number;
  appliedSeconds: number;
  /** From the first 2xx of each payment's checkout.session.completed to its PAID commit (0 when PAID committed first). */
  ackToPaid: Latency;
  /** Payments whose PAID committed before that 2xx (applied inline). */
  paidBeforeAck: number;
  /** Payments whose checkout.session.completed never got a 2xx (left out of 2xx → PAID). */
  unacknowledged: number;
  /** Server CPU from the first post to the last PAID, per distinct event (ms). */
  cpuMsPerEvent: number;
  eventLoop: EventLoopDelay;
  sideEffects: SideEffects;
  peakRssMiB: number | undefined;
  /** Posting took (s), and what was planned, for a paced run. */
  posting?: { seconds: number; plannedSeconds: number };
}

export interface RunOptions {
  subject: Subject;
  project: boolean;
  probe: AppliedProbe;
  databaseUrl: string;
  emulator: Subject;
  warmup: readonly LinkPayment[];
  payments: readonly LinkPayment[];
  /** Closed loop at this concurrency, or paced: all payments over `seconds`. */
  load: { concurrency: number } | { seconds: number; maxInFlight: number };
  /** Wait for every retired link to be closed at Stripe (the subject makes those calls). */
  retiresLinks: boolean;
  /** How long applying and draining may take. */
  timeoutMs: number;
}

/**
 * One subject, one load: the warm-up payments' events (waited until applied and their links closed),
 * then the measured payments' events; every time is taken from PostgreSQL's commit timestamps, the
 * subject's CPU from /proc, the Stripe calls from the emulator's count.
 */
export async function measureRun(options: RunOptions): Promise<RunResult> {
  const { subject, probe, payments } = options;
  const concurrency = 'concurrency' in options.load ? options.load.concurrency : options.load.maxInFlight;
  const pool = poolFor(subject.url, concurrency);
  const distinctEvents = payments.reduce((n, p) => n + p.events.length, 0);
  const warmEvents = options.warmup.reduce((n, p) => n + p.events.length, 0);
  const firstAck = new Map<string, number>();
  let lastAck = 0;
  const send = async (event: Posted) => {
    await postWebhook(pool, event.body);
    const at = epochMs();
    if (!firstAck.has(event.id)) firstAck.set(event.id, at);
    lastAck = Math.max(lastAck, at);
  };
  try {
    return await withClient(options.databaseUrl, async (db) => {
      const beforeWarmup = await emulatorCalls(options.emulator.url);
      const warm = await runLoad<Posted>({
        concurrency: Math.min(16, concurrency),
        next: cursor(postingOrder(options.warmup)),
        send,
      });
      if (warm.failures) throw new Error(`warm-up failed: ${warm.errors.join('; ')}`);
      await waitUntil(() => probe.done(db, warmEvents, options.warmup.length), 120_000, 'the warm-up to be applied');
      // The warm-up's links are closed at Stripe before the measured run starts.
      if (options.retiresLinks) await linksClosed(options.emulator.url, beforeWarmup, options.warmup.length, 120_000);
      firstAck.clear();
      const callsBefore = await emulatorCalls(options.emulator.url);
      await readEventLoop(subject, options.project); // starts the window
      const cpu = cpuSampler(subject.pid);
      const emulatorCpuBefore = cpuSeconds(options.emulator.pid);
      const order = postingOrder(payments);
      const firstPost = epochMs();
      const started = performance.now();
      const ack =
        'concurrency' in options.load
          ? await runLoad<Posted>({ concurrency, next: cursor(order), send })
          : await runPaced<Posted>({ items: order, ...options.load, send });
      const postingSeconds = (performance.now() - started) / 1000;
      const atLastAck = await emulatorCalls(options.emulator.url);
      await waitUntil(
        () => probe.done(db, warmEvents + distinctEvents, options.warmup.length + payments.length),
        options.timeoutMs,
        'every payment to be applied',
      );
      const eventLoop = await readEventLoop(subject, options.project);
      const lastApplied = await probe.lastCommit(db);
      const emptyAt = options.retiresLinks
        ? await linksClosed(options.emulator.url, callsBefore, payments.length, options.timeoutMs)
        : undefined;
      cpu.stop();
      const callsAfter = await emulatorCalls(options.emulator.url);
      const appliedAt = await probe.appliedAt(db);
      const histogram = latencyHistogram();
      let paidBeforeAck = 0;
      let unacknowledged = 0;
      for (const payment of payments) {
        const paid = appliedAt.get(probe.keyOf(payment));
        const completed = payment.events.find((e) => e.type === PAYING_EVENT);
        const acked = (completed && firstAck.get(completed.id)) ?? Infinity;
        // A payment whose paying event got no 2xx (its posts failed; applied by a retry) has no such time.
        if (paid === undefined || !Number.isFinite(acked)) {
          unacknowledged++;
          continue;
        }
        if (paid <= acked) paidBeforeAck++;
        histogram.recordValue(Math.max(0, Math.round((paid - acked) * 1000)));
      }
      const appliedSeconds = (lastApplied - firstPost) / 1000;
      const deactivatedAtLastAck = deactivations(atLastAck) - deactivations(callsBefore);
      return {
        ack,
        appliedThroughput: distinctEvents / appliedSeconds,
        appliedSeconds,
        ackToPaid: latencyOf(histogram),
        paidBeforeAck,
        unacknowledged,
        cpuMsPerEvent: ((cpu.at(lastApplied) - cpu.at(firstPost)) * 1000) / distinctEvents,
        eventLoop,
        sideEffects: {
          calls: callsSince(callsBefore, callsAfter),
          total: callsAfter.total - callsBefore.total,
          backlogAtLastAck: options.retiresLinks ? Math.max(0, payments.length - deactivatedAtLastAck) : undefined,
          drainSeconds: emptyAt === undefined ? undefined : Math.max(0, emptyAt - lastAck) / 1000,
          emptySeconds: emptyAt === undefined ? undefined : (emptyAt - firstPost) / 1000,
          cpuMsPerPaymentAfterApplied:
            emptyAt === undefined
              ? undefined
              : (Math.max(0, cpu.at(emptyAt) - cpu.at(lastApplied)) * 1000) / payments.length,
          emulatorCpu: cpuSeconds(options.emulator.pid) - emulatorCpuBefore,
        },
        peakRssMiB: peakRssMiB(subject.pid),
        ...('seconds' in options.load
          ? { posting: { seconds: postingSeconds, plannedSeconds: options.load.seconds } }
          : {}),
      };
    });
  } finally {
    await pool.close();
  }
}

const deactivations = (calls: Calls) => calls.operations[LINK_DEACTIVATION]?.count ?? 0;

/**
 * Waits until `links` more links than at `since` were deactivated at Stripe and no call came for a
 * second (a link's price and sessions follow its deactivation); returns when the last call came (epoch ms).
 */
async function linksClosed(emulatorUrl: string, since: Calls, links: number, timeoutMs: number): Promise<number> {
  let last = since;
  await waitUntil(
    async () => (last = await emulatorCalls(emulatorUrl)) && deactivations(last) - deactivations(since) >= links,
    timeoutMs,
    `${links} links to be closed at Stripe`,
  );
  for (;;) {
    await new Promise((r) => setTimeout(r, 1_000));
    const now = await emulatorCalls(emulatorUrl);
    if (now.total === last.total) break;
    last = now;
  }
  return Math.max(
    ...Object.entries(last.operations)
      .filter(([op, { count }]) => count > (since.operations[op]?.count ?? 0))
      .map(([, { lastAt }]) => lastAt),
  );
}
