import type { BenchContext } from '../context';
import { type Cell, ratio, type ScenarioReport, sizeFrom } from '../report';
import { startBenchServer, startProject, STRIPE_KEY, type Subject } from '../subjects';
import { ingest, type IngestResult, PAID_COUNT, PEER_COUNT, prepareIngest } from './ingest';

type SubjectName = 'project' | 'baseline' | 'peer';

/**
 * Signed `checkout.session.completed` events (+10% duplicates) for existing requests: the project,
 * the bare node:http + pg baseline doing the same writes, and stripe-sync-engine, one after another
 * on fresh copies of one seeded database.
 */
export async function webhookIngest(ctx: BenchContext): Promise<ScenarioReport> {
  const count = sizeFrom('EVENTS', 1000);
  const levels = (process.env['BENCH_CONCURRENCY'] ?? '16,64').split(',').map(Number);
  const fixture = await prepareIngest(ctx, 'ingest', count);
  const start: Record<SubjectName, (url: string) => Promise<Subject>> = {
    project: (url) => startProject(url, ctx.emulator.url, 'ingest'),
    baseline: (url) => startBenchServer('baseline/webhook-server.ts', { DATABASE_URL: url }),
    peer: (url) =>
      startBenchServer('peer/stripe-sync-server.ts', {
        DATABASE_URL: url,
        STRIPE_API_URL: ctx.emulator.url,
        STRIPE_SECRET_KEY: STRIPE_KEY,
      }),
  };
  const raw: Record<string, Record<SubjectName, IngestResult>> = {};
  for (const concurrency of levels) {
    const results = {} as Record<SubjectName, IngestResult>;
    for (const name of ['project', 'baseline', 'peer'] as const) {
      const database = `ingest_${name}_${concurrency}`;
      const url = await ctx.cluster.createDatabase(database, name === 'peer' ? fixture.peerTemplate : fixture.template);
      const subject = await start[name](url);
      try {
        results[name] = await ingest({
          subjects: [subject],
          databaseUrl: url,
          sequence: fixture.sequence,
          warmup: fixture.warmup,
          concurrency,
          expected: count,
          countApplied: name === 'peer' ? PEER_COUNT : PAID_COUNT,
          appliedIsPaid: name !== 'peer',
        });
      } finally {
        await subject.stop();
        await ctx.cluster.dropDatabase(database);
      }
    }
    raw[`c${concurrency}`] = results;
  }
  const rows: Cell[][] = [];
  for (const [level, r] of Object.entries(raw)) {
    const { project: p, baseline: b, peer } = r;
    const row = (metric: string, get: (x: IngestResult) => number | undefined, target?: string): Cell[] => [
      level,
      metric,
      get(p),
      get(b),
      ratio(get(p), get(b)),
      get(peer),
      ratio(get(p), get(peer)),
      target,
    ];
    rows.push(
      row('acknowledged events/s', (x) => x.ack.throughput, '≥ peer'),
      row('applied (PAID) events/s', (x) => x.appliedThroughput, '≥ 0.7× baseline'),
      row('p50 ms (to 2xx)', (x) => x.ack.p50),
      row('p99 ms (to 2xx)', (x) => x.ack.p99, '≤ 2× baseline'),
      row('CPU ms per event', (x) => x.cpuMsPerEvent),
      row('peak RSS MiB', (x) => x.peakRssMiB?.[0]),
      row('failed posts', (x) => x.ack.failures),
    );
  }
  return {
    scenario: 'webhook-ingest',
    title: `Webhook ingest: ${count} events + 10% duplicates`,
    parameters: { events: count, duplicates: fixture.sequence.length - count, concurrency: levels },
    columns: ['conc.', 'metric', 'project', 'baseline', 'ratio', 'peer', 'vs peer', 'target'],
    rows,
    notes: [
      'project and baseline apply the payment before answering, so PAID follows the 2xx; the peer never marks a request PAID (it only lands the session row, plus its line items fetched from the emulator).',
      'CPU ms per event: user + system time of the subject process during the load, over the distinct events (duplicates included in the work); PostgreSQL’s own CPU is not counted.',
      'peak RSS is the process high-water mark (VmHWM) at the end of the run.',
    ],
    raw,
  };
}
