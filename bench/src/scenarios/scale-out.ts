import type { BenchContext } from '../context';
import { type Cell, ratio, type ScenarioReport, sizeFrom } from '../report';
import { startProject } from '../subjects';
import { ingest, type IngestResult, PAID_COUNT, prepareIngest } from './ingest';

/** Webhook ingest with 1, 2 and 4 server processes on one database (the load spread round-robin). */
export async function scaleOut(ctx: BenchContext): Promise<ScenarioReport> {
  const count = sizeFrom('EVENTS', 1000);
  const concurrency = sizeFrom('SCALE_CONCURRENCY', 64);
  const sizes = (process.env['BENCH_PROCESSES'] ?? '1,2,4').split(',').map(Number);
  const fixture = await prepareIngest(ctx, 'scale', count);
  const raw: Record<string, IngestResult> = {};
  for (const processes of sizes) {
    const database = `scale_${processes}`;
    const url = await ctx.cluster.createDatabase(database, fixture.template);
    const subjects = [];
    try {
      for (let i = 0; i < processes; i++) subjects.push(await startProject(url, ctx.emulator.url, `scale${processes}`));
      raw[processes] = await ingest({
        subjects,
        databaseUrl: url,
        sequence: fixture.sequence,
        warmup: fixture.warmup,
        concurrency,
        expected: count,
        countApplied: PAID_COUNT,
      });
    } finally {
      await Promise.all(subjects.map((s) => s.stop()));
      await ctx.cluster.dropDatabase(database);
    }
  }
  const one = raw[sizes[0] as number];
  const rows: Cell[][] = Object.entries(raw).map(([processes, r]) => [
    processes,
    r.ack.throughput,
    ratio(r.ack.throughput, one?.ack.throughput),
    r.appliedThroughput,
    r.ack.p50,
    r.ack.p99,
    r.cpuMsPerEvent,
    r.connections,
    r.peakRssMiB?.reduce((a, b) => a + b, 0),
  ]);
  return {
    scenario: 'scale-out',
    title: `Scale-out: webhook ingest, ${count} events + 10% duplicates at concurrency ${concurrency}, N processes on one database`,
    parameters: { events: count, concurrency, processes: sizes },
    columns: [
      'processes',
      'acked/s',
      'vs 1',
      'applied/s',
      'p50 ms',
      'p99 ms',
      'CPU ms/event',
      'db connections',
      'RSS MiB (sum)',
    ],
    rows,
    notes: [
      'On a 2-core machine more processes share the same two cores with PostgreSQL and the load generator: this shows contention, not scaling (docs/scaling.md).',
    ],
    raw,
  };
}
