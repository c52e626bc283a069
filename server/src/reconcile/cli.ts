import 'reflect-metadata';

import { connect } from 'node:net';
import { parseArgs } from 'node:util';

import type { Database } from '../db/database';
import { createLogger } from '../logger';
import { ProviderError } from '../payments/provider';
import { cliDataDir, loadSettings, SettingsError } from '../settings';
import type { SyncReport } from './reconcile.service';

/**
 * `pnpm --filter server sync --from <ISO date> [--to <ISO date>]`: reconciles a period from Stripe,
 * with progress on the console. Safe beside a running server: it connects to the embedded PostgreSQL
 * of DATA_DIR when that answers, and never stops it; otherwise it starts the cluster and stops it at
 * the end unless a client (a server started meanwhile) still uses it (db/database.ts, role `sync`).
 * Without STRIPE_SECRET_KEY it talks to the emulator of a running `pnpm start` (STRIPE_EMULATOR_PORT).
 *
 * Exit status: 0 every event applied or already known (or not for this app), 1 some failed or the
 * run stopped on an error (one line on stderr), 2 bad arguments or settings (nothing was done).
 */

const USAGE = 'usage: pnpm --filter server sync --from <ISO date> [--to <ISO date, default now>]';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** The key the server gives its own emulator (payments/stripe-backend.ts); any sk_test_ key would do. */
const EMULATOR_KEY = 'sk_test_emulator';

/** A problem the user can act on: printed as one line, no stack. */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

function parsePeriod(): { from: Date; to: Date } {
  let values: { from?: string | undefined; to?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new CliError(`${(error as Error).message}; ${USAGE}`, 2);
  }
  const date = (name: string, text: string | undefined, fallback?: Date) => {
    if (text === undefined && fallback) return fallback;
    const parsed = new Date(text ?? '');
    if (!text || !ISO_DATE.test(text) || Number.isNaN(parsed.getTime()))
      throw new CliError(
        `--${name} ${text === undefined ? 'is missing' : `"${text}" is not an ISO date`}; ${USAGE}`,
        2,
      );
    return parsed;
  };
  const from = date('from', values.from);
  const to = date('to', values.to, new Date());
  if (from >= to) throw new CliError(`--from must be before --to; ${USAGE}`, 2);
  return { from, to };
}

/**
 * The settings of the server this runs beside. A relative DATA_DIR means the directory `pnpm start`
 * runs the server in (the workspace root), not server/, where pnpm runs this package script.
 */
function settingsForSync() {
  const env = { ...process.env };
  // Webhooks are not verified here: with a key, its webhook secret (which the server needs) is not.
  const hasKey = env['STRIPE_SECRET_KEY'] || env['STRIPE_SECRET_KEY_FILE'];
  if (hasKey && !env['STRIPE_WEBHOOK_SECRET'] && !env['STRIPE_WEBHOOK_SECRET_FILE'])
    env['STRIPE_WEBHOOK_SECRET'] = 'whsec_unused_by_sync';
  let settings;
  try {
    settings = loadSettings(env);
  } catch (error) {
    if (error instanceof SettingsError) throw new CliError(`Bad setting: ${error.message}`, 2);
    throw error;
  }
  return { ...settings, DATA_DIR: cliDataDir(settings, env, 'sync') };
}

/** Fails fast, before any database work, when nothing listens where Stripe (or the emulator) should be. */
async function checkReachable(url: string, emulator: boolean): Promise<void> {
  const target = new URL(url);
  const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
  const problem = await new Promise<string | undefined>((resolve) => {
    const socket = connect({ host: target.hostname, port, timeout: 5_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve('no answer in 5 s');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
  if (!problem) return;
  throw new CliError(
    emulator
      ? `cannot reach the Stripe emulator at ${url} (${problem}): run \`pnpm start\` (it serves the emulator on STRIPE_EMULATOR_PORT) or set STRIPE_SECRET_KEY`
      : `cannot reach Stripe at ${url} (${problem}): check the network, STRIPE_API_URL and STRIPE_SECRET_KEY`,
  );
}

function describeError(error: unknown, stripeUrl: string | undefined): string {
  if (error instanceof CliError) return error.message;
  if (error instanceof ProviderError) {
    const reach = error.stripeCode === 'StripeConnectionError' ? 'lost the connection to' : 'was refused by';
    return `sync ${reach} Stripe at ${stripeUrl ?? '?'}: ${error.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `sync failed: ${message.split('\n')[0] ?? 'unknown error'}`;
}

function progressPrinter() {
  const tty = process.stdout.isTTY;
  let last = 0;
  return {
    update(r: SyncReport) {
      const now = Date.now();
      if (now - last < (tty ? 200 : 2_000)) return;
      last = now;
      const line = `  seen ${r.seen}: applied ${r.applied}, already known ${r.alreadyKnown}, ignored ${r.ignored}, failed ${r.failed}`;
      process.stdout.write(tty ? `${line}\r` : `${line}\n`);
    },
    done() {
      if (tty && last) process.stdout.write('\n');
    },
  };
}

let database: Database | undefined;
let stripeUrl: string | undefined;
let finishing = false;

async function run(): Promise<number> {
  const period = parsePeriod();
  const settings = settingsForSync();
  const log = createLogger(settings.LOG_LEVEL === 'info' ? 'warn' : settings.LOG_LEVEL);
  const emulator = !settings.STRIPE_SECRET_KEY;
  const stripe = {
    secretKey: settings.STRIPE_SECRET_KEY ?? EMULATOR_KEY,
    apiUrl: emulator ? `http://127.0.0.1:${settings.STRIPE_EMULATOR_PORT}` : settings.STRIPE_API_URL,
    webhookSecrets: [],
  };
  stripeUrl = stripe.apiUrl ?? 'https://api.stripe.com';
  await checkReachable(stripeUrl, emulator);
  console.log(
    `sync ${period.from.toISOString()} .. ${period.to.toISOString()} from ${emulator ? 'the Stripe emulator' : 'Stripe'} at ${stripeUrl}`,
  );

  // Loaded only now, so that a usage or reachability error answers at once.
  const { openDatabase } = await import('../db/database.js');
  const { createServices, startJobs } = await import('../services.js');
  database = await openDatabase(settings, log, 'sync');
  const where = `the embedded PostgreSQL of ${settings.DATA_DIR} (port ${settings.EMBEDDED_POSTGRES_PORT})`;
  console.log(
    {
      url: 'into DATABASE_URL',
      'embedded-running': `into ${where}, already running: it is left running`,
      'embedded-started': `into ${where}, started for this run: stopped at the end unless a server joined it`,
    }[database.source],
  );

  const services = await createServices(settings, database.orm, database.url, stripe, log);
  // Side effects it decides are queued for the server (running now or next) to carry out.
  const stopJobs = await startJobs(services, settings, false);
  const progress = progressPrinter();
  const report = await services.reconcile.sync(period, (r) => progress.update(r));
  progress.done();
  await stopJobs();
  console.log(
    `seen ${report.seen}: applied ${report.applied}, already known ${report.alreadyKnown}, ignored ${report.ignored}, failed ${report.failed}`,
  );
  if (report.failed > 0)
    console.error(`${report.failed} event(s) failed: see the webhook events screen to replay them`);
  return report.failed > 0 ? 1 : 0;
}

/** Closes the database (which may stop the cluster this run started), then exits: once, whatever came first. */
async function finish(code: number, error?: unknown): Promise<never> {
  if (finishing) return new Promise<never>(() => undefined); // the first caller exits
  finishing = true;
  if (error !== undefined) console.error(describeError(error, stripeUrl));
  try {
    await database?.close();
  } catch (closeError) {
    console.error(`closing the database failed: ${describeError(closeError, stripeUrl)}`);
    code ||= 1;
  }
  process.exit(code);
}

process.on('unhandledRejection', (error) => void finish(1, error));
process.on('uncaughtException', (error) => void finish(1, error));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void finish(1, new CliError(`interrupted (${signal}): nothing more is applied`)));
}

void run().then(
  (code) => finish(code),
  (error: unknown) => finish(error instanceof CliError ? error.exitCode : 1, error),
);
