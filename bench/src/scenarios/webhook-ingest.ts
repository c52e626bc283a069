import { migrate } from '../cluster';
import type { BenchContext } from '../context';
import { type LinkPayment, seedPaidLinks } from '../paid-links';
import { engine } from '../peer/engine';
import { migrateExperimentSync } from '../peer/stripe-experiment-sync';
import { measureRun, paidProbe, rowsProbe, type AppliedProbe, type RunResult } from '../real-use';
import { type Cell, ratio, type ScenarioReport, sizeFrom } from '../report';
import { startBenchServer, startProject, STRIPE_KEY, type Subject } from '../subjects';

const SUBJECTS = ['project', 'baseline', 'supabase', 'stripe'] as const;
type SubjectName = (typeof SUBJECTS)[number];

interface SubjectDef {
  start(url: string): Promise<Subject>;
  template: string;
  probe: AppliedProbe;
  /** The project: /metrics for the event loop. */
  project: boolean;
  /** Closes the paid request's links at Stripe (the peers only store what Stripe sends). */
  retiresLinks: boolean;
}

/** `BENCH_<name>`: a comma-separated choice among `known`, or all of `fallback`. */
function listFrom<T extends string>(name: string, known: readonly T[], fallback: readonly T[]): T[] {
  const raw = process.env[`BENCH_${name}`];
  if (!raw) return [...fallback];
  const chosen = raw.split(',').map((s) => s.trim()) as T[];
  const unknown = chosen.filter((s) => !known.includes(s));
  if (unknown.length) throw new Error(`BENCH_${name}: unknown ${unknown.join(', ')}; known: ${known.join(', ')}`);
  return chosen;
}

/**
 * Webhook ingest as real use produces it: requests created, quoted and sent a Payment Link over
 * GraphQL, each link paid on the emulator's hosted page, and the events Stripe emitted for those
 * payments (charge.succeeded, payment_intent.succeeded, checkout.session.completed, +10%
 * redeliveries) signed and posted to each subject in turn, on fresh copies of one database. Applying
 * a payment retires its link, which the project (and the baseline) close at Stripe. Then a burst:
 * a campaign's payments arriving within a minute.
 */
export async function webhookIngest(ctx: BenchContext): Promise<ScenarioReport> {
  const ingestCount = sizeFrom('INGEST_PAYMENTS', 1000);
  const burstCount = sizeFrom('BURST_PAYMENTS', 5000);
  const burstSeconds = sizeFrom('BURST_SECONDS', 60);
  const burstInFlight = sizeFrom('BURST_MAX_IN_FLIGHT', 256);
  const warmupCount = sizeFrom('WARMUP_PAYMENTS', 100);
  const levels = (process.env['BENCH_CONCURRENCY'] ?? '16,64').split(',').map(Number);
  const subjects = listFrom('SUBJECTS', SUBJECTS, SUBJECTS);
  const burstSubjects = listFrom('BURST_SUBJECTS', SUBJECTS, ['project', 'baseline']);
  const sideEffects = listFrom('SIDE_EFFECTS', ['on', 'paused'] as const, ['on'])[0];
  const paused = sideEffects === 'paused';
  const pauseEnv: Record<string, string> = paused ? { SIDE_EFFECTS_PAUSED: 'true' } : {};

  // The seeded requests: through the path users take, on the project itself.
  const template = 'realuse_template';
  const templateUrl = await ctx.cluster.createDatabase(template);
  await migrate(templateUrl);
  const seeder = await startProject(templateUrl, ctx.emulator.url, 'seed');
  let seeded;
  try {
    seeded = await seedPaidLinks(seeder.url, ctx.emulator.url, ctx.stripe, warmupCount + ingestCount + burstCount);
  } finally {
    await seeder.stop();
  }
  const warmup = seeded.payments.slice(0, warmupCount);
  const ingestPayments = seeded.payments.slice(warmupCount, warmupCount + ingestCount);
  const burstPayments = seeded.payments.slice(warmupCount + ingestCount);

  const supabaseTemplate = 'realuse_supabase_template';
  await engine.runMigrations({ databaseUrl: await ctx.cluster.createDatabase(supabaseTemplate), schema: 'stripe' });
  const stripeTemplate = 'realuse_stripe_template';
  const unavailable: Partial<Record<SubjectName, string>> = {};
  const failed: string[] = [];
  try {
    await migrateExperimentSync(await ctx.cluster.createDatabase(stripeTemplate));
  } catch (error) {
    unavailable.stripe = `its migrations failed: ${error instanceof Error ? error.message : String(error)}`;
  }

  const peerEnv = { STRIPE_API_URL: ctx.emulator.url, STRIPE_SECRET_KEY: STRIPE_KEY };
  const defs: Record<SubjectName, SubjectDef> = {
    project: {
      start: (url) => startProject(url, ctx.emulator.url, 'realuse', pauseEnv),
      template,
      probe: paidProbe,
      project: true,
      retiresLinks: !paused,
    },
    baseline: {
      start: (url) => startBenchServer('baseline/webhook-server.ts', { DATABASE_URL: url, ...peerEnv, ...pauseEnv }),
      template,
      probe: paidProbe,
      project: false,
      retiresLinks: !paused,
    },
    supabase: {
      start: (url) => startBenchServer('peer/stripe-sync-server.ts', { DATABASE_URL: url, ...peerEnv }),
      template: supabaseTemplate,
      probe: rowsProbe('stripe'),
      project: false,
      retiresLinks: false,
    },
    stripe: {
      start: (url) => startBenchServer('peer/stripe-experiment-sync-server.ts', { DATABASE_URL: url, ...peerEnv }),
      template: stripeTemplate,
      probe: rowsProbe('stripe'),
      project: false,
      retiresLinks: false,
    },
  };

  const run = async (
    name: SubjectName,
    label: string,
    payments: readonly LinkPayment[],
    load: { concurrency: number } | { seconds: number; maxInFlight: number },
    timeoutMs: number,
  ): Promise<RunResult | undefined> => {
    if (unavailable[name]) return undefined;
    const def = defs[name];
    const database = `realuse_${name}_${label}`;
    const url = await ctx.cluster.createDatabase(database, def.template);
    let subject: Subject | undefined;
    try {
      subject = await def.start(url);
      const result = await measureRun({
        subject,
        project: def.project,
        probe: def.probe,
        databaseUrl: url,
        emulator: ctx.emulator,
        warmup,
        payments,
        load,
        retiresLinks: def.retiresLinks,
        timeoutMs,
      });
      console.log(`  ${name} ${label}: ${result.ack.throughput.toFixed(1)} acked/s, ${result.ack.failures} failed`);
      return result;
    } catch (error) {
      // One failed run is reported, not the end of the others' (a long run's figures are kept).
      const reason = error instanceof Error ? error.message : String(error);
      if (name === 'stripe') unavailable.stripe = `it did not run here: ${reason}`;
      else failed.push(`${name} ${label}: ${reason}`);
      console.error(`  ${name} ${label} failed:`, error);
      return undefined;
    } finally {
      await subject?.stop();
      await ctx.cluster.dropDatabase(database);
    }
  };

  const raw: Record<string, Partial<Record<SubjectName, RunResult>>> = {};
  for (const concurrency of levels) {
    const results: Partial<Record<SubjectName, RunResult>> = {};
    for (const name of subjects) {
      const result = await run(name, `c${concurrency}`, ingestPayments, { concurrency }, 300_000);
      if (result) results[name] = result;
    }
    raw[`c${concurrency}`] = results;
  }
  const burstLabel = `burst ${burstCount}/${burstSeconds}s`;
  if (burstPayments.length > 0) {
    const results: Partial<Record<SubjectName, RunResult>> = {};
    for (const name of burstSubjects) {
      const result = await run(
        name,
        'burst',
        burstPayments,
        { seconds: burstSeconds, maxInFlight: burstInFlight },
        1_200_000,
      );
      if (result) results[name] = result;
    }
    raw[burstLabel] = results;
  }

  const rows: Cell[][] = [];
  for (const [level, r] of Object.entries(raw)) {
    const row = (metric: string, get: (x: RunResult) => number | undefined, target?: string): Cell[] => {
      const value = (name: SubjectName) => (r[name] ? get(r[name]) : undefined);
      const peers = [value('supabase'), value('stripe')].filter((v): v is number => v !== undefined);
      return [
        level,
        metric,
        value('project'),
        value('baseline'),
        ratio(value('project'), value('baseline')),
        value('supabase'),
        value('stripe'),
        ratio(value('project'), peers.length ? Math.max(...peers) : undefined),
        target,
      ];
    };
    const burst = level === burstLabel;
    rows.push(
      ...(burst ? [row('posting took s', (x) => x.posting?.seconds, `${burstSeconds} s planned`)] : []),
      row('acknowledged events/s', (x) => x.ack.throughput, burst ? undefined : '≥ 1.0× baseline, ≥ 2× best peer'),
      row('applied events/s', (x) => x.appliedThroughput, burst ? undefined : '≥ 0.8× baseline'),
      row('p50 ms (to 2xx)', (x) => x.ack.p50),
      row('p99 ms (to 2xx)', (x) => x.ack.p99, burst ? undefined : '≤ baseline'),
      row('2xx → PAID p50 ms', (x) => x.ackToPaid.p50),
      row('2xx → PAID p99 ms', (x) => x.ackToPaid.p99, burst ? '< 1000' : undefined),
      row('CPU ms per applied event', (x) => x.cpuMsPerEvent, burst ? undefined : '≤ 2× baseline'),
      row('Stripe calls made', (x) => x.sideEffects.total),
      row('links to close at last 2xx', (x) => x.sideEffects.backlogAtLastAck),
      row('side effects drained s after last 2xx', (x) => x.sideEffects.drainSeconds),
      row('CPU ms per payment after last PAID', (x) => x.sideEffects.cpuMsPerPaymentAfterApplied),
      row('emulator (Stripe) CPU s', (x) => x.sideEffects.emulatorCpu),
      row('event-loop delay p99 ms', (x) => x.eventLoop.p99),
      row('event-loop delay max ms', (x) => x.eventLoop.max),
      row('peak RSS MiB', (x) => x.peakRssMiB),
      row('failed posts', (x) => x.ack.failures),
      row('payments whose paying event got no 2xx', (x) => x.unacknowledged),
    );
  }
  const projectCalls = Object.values(raw).find((r) => r.project)?.project?.sideEffects;
  const eventsPerPayment = (ingestPayments[0]?.events ?? []).map((e) => e.type).join(', ');
  return {
    scenario: 'webhook-ingest',
    title: `Webhook ingest, real use: ${ingestCount} payments through live Payment Links (${ingestPayments.reduce((n, p) => n + p.events.length, 0)} events + 10% redeliveries)${paused ? ', side effects paused' : ''}`,
    parameters: {
      ingestPayments: ingestCount,
      warmupPayments: warmupCount,
      burstPayments: burstCount,
      burstSeconds,
      burstMaxInFlight: burstInFlight,
      concurrency: levels,
      subjects,
      burstSubjects,
      sideEffects,
      seedingSeconds: seeded.seconds,
    },
    columns: [
      'load',
      'metric',
      'project',
      'baseline',
      'vs baseline',
      'supabase peer',
      'stripe sync',
      'vs best peer',
      'target',
    ],
    rows,
    notes: [
      `Seeded through the users' path: ${seeded.payments.length} requests created, quoted and sent a Payment Link over GraphQL (${seeded.seconds.graphql.toFixed(0)} s), each link paid on the emulator's hosted page (${seeded.seconds.pay.toFixed(0)} s); posted per payment: the registered events Stripe emitted (${eventsPerPayment}), signed with the SDK at posting time.`,
      'applied events/s: distinct events ÷ (first post → last PAID commit, pg_xact_commit_timestamp of the change-log row); for the peers, the last commit of their session/intent/charge rows. 2xx → PAID: per payment, from the first 2xx of its checkout.session.completed (the event that pays it; its charge.succeeded is parked until then) to its PAID commit, 0 when PAID committed first (applied inline); for the peers, to the commit of their session row.',
      "CPU ms per applied event: the subject process's user + system time from the first post to the last PAID (sampled every 50 ms from /proc), over the distinct events; PostgreSQL's and the emulator's CPU are not counted.",
      `Stripe calls: counted at the emulator (GET /_emulator/calls) during the run; closing a paid link is 3 calls (deactivate the link, archive its price, list its open sessions). ${
        projectCalls
          ? `The project made ${Object.entries(projectCalls.calls)
              .map(([op, n]) => `${n} × ${op}`)
              .join(', ')} in its first run.`
          : ''
      }`,
      "Side effects drained: from the last 2xx until the last of those calls. The baseline makes them inline (after the commit, before the 2xx), so its CPU for them is in the figure above; the project runs them as jobs after the 2xx, on the same process (what runs after the last PAID is shown apart, per payment); the peers only store what Stripe sends (the Supabase engine fetches each session's line items).",
      `Baseline (bench/src/baseline/webhook-server.ts): node:http + pg doing what the project does for these events in one transaction (inbox row, payment, timeline, status, links retired, change log + NOTIFY; charges parked until their payment, released by it), then the 3 Stripe calls per retired link before the 2xx${paused ? '' : ''}; SIDE_EFFECTS_PAUSED=true skips those calls.`,
      'Event-loop delay: the project from its /metrics (prom-client nodejs_eventloop_lag_*, perf_hooks monitorEventLoopDelay at 10 ms resolution), read at the first post and at the last PAID; the bench servers the same histogram on GET /_bench/event-loop.',
      `Burst: ${burstCount} payments' events posted at a steady pace over ${burstSeconds} s (at most ${burstInFlight} in flight), as a campaign's payments arrive.`,
      ...(paused
        ? [
            `Side effects paused (BENCH_SIDE_EFFECTS=paused passes SIDE_EFFECTS_PAUSED=true): ${
              Object.values(raw).some((r) => (r.project?.sideEffects.total ?? 0) > 0)
                ? 'the project does not read it yet and still made its Stripe calls'
                : 'the project made no Stripe call during the runs'
            }.`,
          ]
        : []),
      ...(unavailable.stripe ? [`stripe sync (stripe-experiment-sync): ${unavailable.stripe}`] : []),
      ...failed.map((f) => `Failed run: ${f}`),
    ],
    raw,
  };
}
