import { performance } from 'node:perf_hooks';

import type { BenchContext } from '../context';
import { type ScenarioReport, sizeFrom } from '../report';
import { seededTemplate } from '../seed';

/**
 * Only the admin reads' seed: `BENCH_REQUESTS` requests loaded by COPY into a template database,
 * how long that takes and the disk it uses, and what a subject's copy of it costs. Run by name
 * (`pnpm bench seed`): it measures what the other scenarios pay before they start.
 */
export async function seed(ctx: BenchContext): Promise<ScenarioReport> {
  const count = sizeFrom('REQUESTS', 100_000);
  const seeded = await seededTemplate(ctx.cluster, count, true);
  const copyStarted = performance.now();
  await ctx.cluster.createDatabase('seed_copy', seeded.template);
  const copySeconds = (performance.now() - copyStarted) / 1000;
  await ctx.cluster.dropDatabase('seed_copy');
  const mib = seeded.bytes / 2 ** 20;
  return {
    scenario: 'seed',
    title: `Seeding ${count} requests (mixed statuses, each with its customer, quote line and timeline, the paid ones with their link and payment)`,
    parameters: { requests: count },
    columns: ['step', 'value'],
    rows: [
      ['COPY into the template, indexes built, vacuum analyze (s)', seeded.seconds],
      ['template database on disk (MiB)', mib],
      ['a subject’s database: CREATE DATABASE … TEMPLATE (s)', copySeconds],
    ],
    notes: ['Each database copied from the template takes as much disk again; the migrations are not counted.'],
    raw: { seconds: seeded.seconds, bytes: seeded.bytes, copySeconds },
  };
}
