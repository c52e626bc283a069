import { performance } from 'node:perf_hooks';

import { Pool } from 'undici';

import { migrate, withClient } from '../cluster';
import type { BenchContext } from '../context';
import { payWithTestCard } from '../emulator-checkout';
import { adminToken, graphql } from '../graphql-client';
import { inParallel } from '../load';
import type { ScenarioReport } from '../report';
import { sizeFrom } from '../report';
import { seedRequests } from '../seed';
import { startProject } from '../subjects';
import { createSessions } from '../webhook-events';

const SYNC = `mutation ($from: DateTime!, $to: DateTime!) {
  syncPayments(from: $from, to: $to) { seen applied alreadyKnown ignored failed }
}`;
type Report = { seen: number; applied: number; alreadyKnown: number; ignored: number; failed: number };

/** Pays each session on the emulator's hosted page with the test card, as a customer would. */
async function payAll(emulatorUrl: string, sessionIds: readonly string[], concurrency = 8): Promise<void> {
  const pool = new Pool(emulatorUrl, { connections: concurrency });
  try {
    await inParallel(sessionIds.length, concurrency, (i) => payWithTestCard(pool, `/c/pay/${sessionIds[i]}`, i));
  } finally {
    await pool.close();
  }
}

/**
 * `BENCH_PAYMENTS` requests paid on the emulator with their webhooks never delivered; then
 * `syncPayments` for the period from scratch, and again once everything is known.
 */
export async function reconciliation(ctx: BenchContext): Promise<ScenarioReport> {
  const count = sizeFrom('PAYMENTS', 10_000);
  const url = await ctx.cluster.createDatabase('reconcile');
  await migrate(url);
  const from = new Date(Date.now() - 60_000);
  const ids = await withClient(url, (client) => seedRequests(client, count));
  let started = performance.now();
  const sessions = await createSessions(ctx.stripe, ids);
  const createSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await payAll(
    ctx.emulator.url,
    sessions.map((s) => s.id),
  );
  const paySeconds = (performance.now() - started) / 1000;
  const to = new Date(Date.now() + 60_000);
  const project = await startProject(url, ctx.emulator.url, 'reconcile');
  const runs: { report: Report; seconds: number }[] = [];
  try {
    const token = await adminToken(project.url);
    for (let i = 0; i < 2; i++) {
      started = performance.now();
      const { syncPayments } = await graphql<{ syncPayments: Report }>(
        project.url,
        SYNC,
        { from: from.toISOString(), to: to.toISOString() },
        token,
      );
      runs.push({ report: syncPayments, seconds: (performance.now() - started) / 1000 });
    }
  } finally {
    await project.stop();
  }
  const paid = await withClient(url, async (client) =>
    Number(
      (await client.query<{ n: string }>(`select count(*) as n from service_request where status = 'PAID'`)).rows[0]?.n,
    ),
  );
  const [first, second] = runs as [(typeof runs)[0], (typeof runs)[0]];
  const row = (label: string, run: (typeof runs)[0]) => [
    label,
    run.seconds,
    run.report.seen / run.seconds,
    run.report.seen,
    run.report.applied,
    run.report.alreadyKnown,
    run.report.failed,
  ];
  return {
    scenario: 'reconciliation',
    title: `Reconciliation: ${count} payments on the emulator`,
    parameters: { payments: count },
    columns: ['run', 'seconds', 'events/s', 'seen', 'applied', 'already known', 'failed'],
    rows: [row('from scratch', first), row('everything known', second)],
    notes: [
      `${paid} of ${count} requests PAID afterwards.`,
      `Setup: ${count} Checkout Sessions created with the SDK in ${createSeconds.toFixed(1)} s and paid on the hosted page (test card) in ${paySeconds.toFixed(1)} s, webhooks paused.`,
      'Listing is throttled to Stripe’s test-mode limit (25 requests/s, 100 events a page).',
    ],
    raw: { runs, createSeconds, paySeconds, paid },
  };
}
