import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { openDatabase } from '../db/database';
import { createLogger } from '../logger';
import { createServices } from '../services';
import { loadSettings } from '../settings';

/**
 * `pnpm --filter server sync --from <ISO date> --to <ISO date>`: reconciles a period from Stripe,
 * with progress on the console. Without STRIPE_SECRET_KEY it talks to the emulator of a running
 * `pnpm start` (STRIPE_EMULATOR_PORT).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  const from = new Date(values.from ?? '');
  const to = values.to ? new Date(values.to) : new Date();
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
    console.error('usage: sync --from <ISO date> [--to <ISO date>] (from before to)');
    process.exit(2);
  }
  const settings = loadSettings();
  const log = createLogger(settings.LOG_LEVEL === 'info' ? 'warn' : settings.LOG_LEVEL);
  const database = await openDatabase(settings, log);
  const stripe = settings.STRIPE_SECRET_KEY
    ? {
        secretKey: settings.STRIPE_SECRET_KEY,
        apiUrl: settings.STRIPE_API_URL,
        webhookSecrets: [],
        close: async () => undefined,
      }
    : {
        secretKey: 'sk_test_emulator',
        apiUrl: `http://127.0.0.1:${settings.STRIPE_EMULATOR_PORT}`,
        webhookSecrets: [],
        close: async () => undefined,
      };
  const services = await createServices(settings, database.orm, stripe, log);
  try {
    const report = await services.reconcile.sync({ from, to }, (r) => {
      if (r.seen % 100 === 0) process.stdout.write(`  seen ${r.seen}, applied ${r.applied}, known ${r.alreadyKnown}\r`);
    });
    console.log(
      `\nseen ${report.seen}, applied ${report.applied}, already known ${report.alreadyKnown}, ignored ${report.ignored}, failed ${report.failed}`,
    );
    process.exitCode = report.failed > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

void main();
