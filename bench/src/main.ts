/**
 * `pnpm bench [scenario…]`: every scenario (or those named) against its baseline, on one embedded
 * PostgreSQL and one Stripe emulator; prints each table and writes bench/results/<scenario>.json.
 * `seed` (the admin reads' seed alone, timed) runs only when named.
 */
import { startCluster } from './cluster';
import type { Scenario } from './context';
import { machine, renderTable, writeReport } from './report';
import { adminReads } from './scenarios/admin-reads';
import { liveFanout } from './scenarios/live-fanout';
import { reconciliation } from './scenarios/reconciliation';
import { scaleOut } from './scenarios/scale-out';
import { seed } from './scenarios/seed';
import { webhookIngest } from './scenarios/webhook-ingest';
import { startEmulator } from './subjects';
import { emulatorSdk } from './webhook-events';

const SCENARIOS: Record<string, Scenario> = {
  'webhook-ingest': webhookIngest,
  'live-fanout': liveFanout,
  'admin-reads': adminReads,
  reconciliation,
  'scale-out': scaleOut,
};
/** Run only when named. */
const BY_NAME: Record<string, Scenario> = { seed };

async function main(): Promise<void> {
  const chosen = process.argv.slice(2).filter((a) => a !== '--');
  const known = { ...SCENARIOS, ...BY_NAME };
  const unknown = chosen.filter((name) => !(name in known));
  if (unknown.length)
    throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${Object.keys(known).join(', ')}`);
  const m = machine();
  console.log(`machine: ${m.nproc} × ${m.cpu}, ${m.memoryGiB} GiB, node ${m.node}, load ${m.loadAverage.join(' ')}\n`);
  const cluster = await startCluster();
  const emulator = await startEmulator();
  const stopAll = async () => {
    await emulator.stop();
    await cluster.stop();
  };
  // Interrupted: stop the emulator and PostgreSQL rather than leave them running.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  }
  try {
    for (const name of chosen.length ? chosen : Object.keys(SCENARIOS)) {
      const started = Date.now();
      const report = await (known[name] as Scenario)({ cluster, emulator, stripe: emulatorSdk(emulator.url) });
      console.log(renderTable(report));
      console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(0)} s, ${writeReport(report)})\n`);
    }
  } finally {
    await stopAll();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
