import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';

import { migrate, withClient } from '../cluster';
import type { BenchContext } from '../context';
import type { EventLoopDelay } from '../event-loop';
import { adminToken, spaOperation } from '../graphql-client';
import { latencyHistogram, latencyOf } from '../load';
import type { Cell, ScenarioReport } from '../report';
import { sizeFrom } from '../report';
import { seedRequests } from '../seed';
import { startProject } from '../subjects';
import { completedEvents, createSessions, poolFor, postWebhook } from '../webhook-events';

const SUBSCRIPTION = spaOperation(
  'live/graphql/ServiceRequestChanged.subscription.graphql',
  'requests/graphql/RequestDetail.fragment.graphql',
);
const now = () => performance.timeOrigin + performance.now();

/**
 * `BENCH_SUBSCRIBERS` graphql-ws clients on the SPA's subscription to every change, spread over
 * `BENCH_SUBSCRIBER_PROCESSES` processes; payments posted as webhooks at a steady `BENCH_RATE` a
 * second; the delay from each webhook's 2xx to each subscriber's message.
 */
export async function liveFanout(ctx: BenchContext): Promise<ScenarioReport> {
  const subscribers = sizeFrom('SUBSCRIBERS', 1000);
  const rate = sizeFrom('RATE', 20);
  const seconds = sizeFrom('FANOUT_SECONDS', 5);
  const processes = sizeFrom('SUBSCRIBER_PROCESSES', 2);
  const count = rate * seconds + 1; // the first one warms up and proves every subscription is live
  const url = await ctx.cluster.createDatabase('fanout');
  await migrate(url);
  const ids = await withClient(url, (client) => seedRequests(client, count));
  const events = completedEvents(await createSessions(ctx.stripe, ids), 'fanout');
  const project = await startProject(url, ctx.emulator.url, 'fanout', { METRICS_TOKEN });
  const token = await adminToken(project.url);
  const workers = Array.from({ length: processes }, (_, i) =>
    fork(
      new URL('./fanout-subscribers.ts', import.meta.url),
      [
        JSON.stringify({
          url: project.url,
          token,
          count: Math.floor(subscribers / processes) + (i < subscribers % processes ? 1 : 0),
          query: SUBSCRIPTION,
        }),
      ],
      { execArgv: ['--import', 'tsx'] },
    ),
  );
  const loopDelays: EventLoopDelay[] = [];
  const answered = new Map<string, number>();
  const early = new Map<string, number[]>(); // messages that arrived before their webhook's answer
  const histogram = latencyHistogram();
  const received = new Map<string, number>();
  let messages = 0;
  let beforeAnswer = 0;
  const errors: string[] = [];
  const record = (at: number, answer: number) => {
    const delay = at - answer;
    if (delay < 0) beforeAnswer++;
    histogram.recordValue(Math.max(1, Math.round(Math.max(0, delay) * 1000)));
  };
  const warmUpId = ids[0] as string;
  let warmedUp = 0;
  let resolveWarm = () => {};
  const warm = new Promise<void>((r) => (resolveWarm = r));
  const connected = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        worker.on('error', reject);
        worker.on(
          'message',
          (m: { type: string; batch?: [string, number][]; message?: string; delay?: EventLoopDelay }) => {
            if (m.type === 'connected') resolve();
            if (m.type === 'event-loop' && m.delay) loopDelays.push(m.delay);
            if (m.type === 'error' && errors.length < 5) errors.push(m.message ?? '');
            for (const [id, at] of m.batch ?? []) {
              if (id === warmUpId) {
                if (++warmedUp === subscribers) resolveWarm();
                continue;
              }
              messages++;
              received.set(id, (received.get(id) ?? 0) + 1);
              const answer = answered.get(id);
              if (answer === undefined) early.set(id, [...(early.get(id) ?? []), at]);
              else record(at, answer);
            }
          },
        );
      }),
  );
  const pool = poolFor(project.url, 8);
  let postedSeconds = 0;
  let server: ServerDelivery | undefined;
  try {
    await Promise.all(connected);
    await postWebhook(pool, events[0] as string);
    await warm;
    // A steady rate: event i is posted at start + i/rate, whatever the previous answers took.
    const started = now();
    await Promise.all(
      events.slice(1).map(async (body, i) => {
        const due = started + (i * 1000) / rate;
        await new Promise((r) => setTimeout(r, Math.max(0, due - now())));
        await postWebhook(pool, body);
        const id = ids[i + 1] as string;
        const at = now();
        answered.set(id, at);
        for (const e of early.get(id) ?? []) record(e, at);
        early.delete(id);
      }),
    );
    postedSeconds = (now() - started) / 1000;
    const expected = subscribers * (count - 1);
    for (let i = 0; i < 200 && messages < expected; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 1_100)); // the server closes each change's delivery window
    server = await serverDelivery(project.url);
  } finally {
    await Promise.all(
      workers.map((worker) => {
        const exited = new Promise((r) => worker.once('exit', r));
        worker.send({ type: 'close' });
        return exited;
      }),
    );
    await pool.close();
    await project.stop();
  }
  const expected = subscribers * (count - 1);
  const latency = latencyOf(histogram);
  return {
    scenario: 'live-fanout',
    title: `Live fan-out: ${subscribers} subscribers in ${processes} processes, ${rate} events/s for ${seconds} s`,
    parameters: { subscribers, processes, rate, seconds },
    columns: ['metric', 'value', 'target'],
    rows: [
      ['messages delivered', `${messages} of ${expected}`, 'all'],
      ['messages/s (offered)', subscribers * rate, undefined],
      ['delay p50 ms (2xx → message)', latency.p50, undefined],
      ['delay p99 ms (2xx → message)', latency.p99, '< 100 ms'],
      ['delay max ms', latency.max, undefined],
      ['messages before the 2xx', beforeAnswer, undefined],
      ['server: changes fanned out', server?.changes, `${count}`],
      ['server: commit → last socket write, mean ms', server?.meanMs, undefined],
      ['server: commit → last socket write, p99 ms ≤', server?.p99AtMostMs, undefined],
      ['posting took s', postedSeconds, `≤ ${(seconds * 1.1).toFixed(1)} s`],
      ...loopDelays.map((d, i): Cell[] => [
        `subscriber process ${i + 1} event-loop delay p99 / max ms`,
        `${d.p99.toFixed(1)} / ${d.max.toFixed(1)}`,
        undefined,
      ]),
    ],
    notes: [
      'The subscribers run in child processes of the bench, each reporting its own event-loop delay; each message is timed against the 2xx of its webhook (a message that came first counts as 0 ms).',
      ...errors.map((e) => `subscriber error: ${e}`),
    ],
    raw: { latency, messages, expected, beforeAnswer, postedSeconds, errors, loopDelays, server },
  };
}

const METRICS_TOKEN = 'bench-metrics-token-0123456789';

interface ServerDelivery {
  changes: number;
  meanMs: number;
  /** The upper bound of the histogram bucket that holds the 99th percentile. */
  p99AtMostMs: number | undefined;
}

/** What the server measured itself: `live_delivery_seconds`, from a change's commit to its last socket write. */
async function serverDelivery(url: string): Promise<ServerDelivery> {
  const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await response.text();
  const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? Number.NaN);
  const changes = value(/^live_delivery_seconds_count (\S+)$/m);
  const buckets = [...text.matchAll(/^live_delivery_seconds_bucket\{le="([^"]+)"\} (\S+)$/gm)].map((m) => ({
    le: Number(m[1]),
    count: Number(m[2]),
  }));
  const p99 = buckets.find((b) => b.count >= changes * 0.99);
  return {
    changes,
    meanMs: (value(/^live_delivery_seconds_sum (\S+)$/m) / changes) * 1000,
    p99AtMostMs: p99 && Number.isFinite(p99.le) ? p99.le * 1000 : undefined,
  };
}
