import { performance } from 'node:perf_hooks';

import * as hdr from 'hdr-histogram-js';

/** Latencies in microseconds (3 significant digits), reported in milliseconds. */
export function latencyHistogram(): hdr.Histogram {
  return hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 120_000_000,
    numberOfSignificantValueDigits: 3,
  });
}

export interface Latency {
  p50: number;
  p99: number;
  max: number;
}

export const latencyOf = (histogram: hdr.Histogram): Latency => ({
  p50: histogram.getValueAtPercentile(50) / 1000,
  p99: histogram.getValueAtPercentile(99) / 1000,
  max: histogram.maxValue / 1000,
});

export interface LoadResult extends Latency {
  requests: number;
  failures: number;
  seconds: number;
  /** Completed requests a second. */
  throughput: number;
  /** The first failures' messages, to say what went wrong. */
  errors: string[];
}

/**
 * A closed loop: `concurrency` workers each send one request at a time, taking the next item
 * until `next` has none (or `durationMs` has passed), and time every `send`.
 */
export async function runLoad<T>(options: {
  concurrency: number;
  next: () => T | undefined;
  send: (item: T, worker: number) => Promise<void>;
  durationMs?: number;
}): Promise<LoadResult> {
  const histogram = latencyHistogram();
  const errors: string[] = [];
  let requests = 0;
  let failures = 0;
  const started = performance.now();
  const deadline = options.durationMs === undefined ? Infinity : started + options.durationMs;
  const worker = async (index: number) => {
    for (let item = options.next(); item !== undefined && performance.now() < deadline; item = options.next()) {
      const sent = performance.now();
      try {
        await options.send(item, index);
        histogram.recordValue(Math.max(1, Math.round((performance.now() - sent) * 1000)));
        requests++;
      } catch (error) {
        failures++;
        if (errors.length < 5) errors.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => worker(i)));
  const seconds = (performance.now() - started) / 1000;
  return { requests, failures, seconds, throughput: requests / seconds, errors, ...latencyOf(histogram) };
}

/** Runs `work(i)` for i in [0, count), `concurrency` at a time. */
export async function inParallel(
  count: number,
  concurrency: number,
  work: (i: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) await work(i);
    }),
  );
}

/** `items` in turn, once each. */
export function cursor<T>(items: readonly T[]): () => T | undefined {
  let i = 0;
  return () => items[i++];
}

/**
 * An open loop: `items` sent at a steady pace over `seconds` (as a campaign's payments arrive),
 * never more than `maxInFlight` at once (a sender holding that many connections waits for one);
 * each `send` timed from when it went out.
 */
export async function runPaced<T>(options: {
  items: readonly T[];
  seconds: number;
  maxInFlight: number;
  send: (item: T) => Promise<void>;
}): Promise<LoadResult> {
  const histogram = latencyHistogram();
  const errors: string[] = [];
  let requests = 0;
  let failures = 0;
  const interval = (options.seconds * 1000) / Math.max(1, options.items.length);
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  for (const [i, item] of options.items.entries()) {
    const wait = started + i * interval - performance.now();
    if (wait >= 1) await new Promise((r) => setTimeout(r, wait));
    while (inFlight.size >= options.maxInFlight) await Promise.race(inFlight);
    const sent = performance.now();
    const done: Promise<void> = options.send(item).then(
      () => {
        histogram.recordValue(Math.max(1, Math.round((performance.now() - sent) * 1000)));
        requests++;
      },
      (error: unknown) => {
        failures++;
        if (errors.length < 5) errors.push(error instanceof Error ? error.message : String(error));
      },
    );
    inFlight.add(done);
    void done.finally(() => inFlight.delete(done));
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  return { requests, failures, seconds, throughput: requests / seconds, errors, ...latencyOf(histogram) };
}
