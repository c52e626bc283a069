import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { freePort, startServerProcess } from '../../test/support/server-process';
import { EMULATOR_BIN } from './server-dist';

export const WEBHOOK_SECRET = 'whsec_bench_secret_0123456789abcdef';
export const STRIPE_KEY = 'sk_test_bench';
export const ADMIN = { email: 'bench@example.com', password: 'bench-password-123' };
export const PROFILE_DIR = path.resolve(import.meta.dirname, '../results/profiles');

/** A running process under test, reached at `url`. */
export interface Subject {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** Peak resident memory of a live process (Linux), in MiB. */
export function peakRssMiB(pid: number): number | undefined {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : undefined;
}

/** CPU time (user + system) a live process has used so far (Linux), in seconds. */
export function cpuSeconds(pid: number): number {
  // Fields 14 and 15 of /proc/<pid>/stat, after the command name in parentheses, in clock ticks (100 a second).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Every subject runs as it is deployed (graphql, express and others skip their development checks). */
const PRODUCTION = { NODE_ENV: 'production' };

/** `BENCH_PROFILE=1`: the project's processes write a V8 CPU profile under bench/results/profiles. */
function profileArgs(label: string): string[] {
  if (process.env['BENCH_PROFILE'] !== '1') return [];
  mkdirSync(PROFILE_DIR, { recursive: true });
  return ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR, '--cpu-prof-name', `${label}-${Date.now()}.cpuprofile`];
}

/** The real built server (`server/dist/main.js`) on `databaseUrl`, talking to `stripeUrl`. */
export async function startProject(
  databaseUrl: string,
  stripeUrl: string,
  label = 'project',
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<Subject> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sd-bench-data-'));
  const server = await startServerProcess(
    {
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      STRIPE_SECRET_KEY: STRIPE_KEY,
      STRIPE_API_URL: stripeUrl,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      RECONCILE_INTERVAL: '0',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'error',
      ...PRODUCTION,
      ...env,
    },
    { nodeArgs: [...nodeArgs, ...profileArgs(label)] },
  );
  return {
    url: server.url,
    pid: server.pid,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A process of ours (a baseline, the peer, the emulator), ready once it prints `readyLine`. */
async function startProcess(args: string[], env: Record<string, string>, readyLine: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env['PATH'] ?? '', ...PRODUCTION, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (readyLine.test(output)) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${output}`)));
  });
  child.stdout?.resume();
  return child;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** One of the bench's own TypeScript servers (`src/<script>`), run through tsx. */
export async function startBenchServer(script: string, env: Record<string, string>): Promise<Subject> {
  const port = await freePort();
  const child = await startProcess(
    ['--import', 'tsx', path.resolve(import.meta.dirname, script)],
    { ...env, PORT: String(port), STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET },
    /listening/,
  );
  return { url: `http://127.0.0.1:${port}`, pid: child.pid as number, stop: () => stopProcess(child) };
}

/** The project's Stripe emulator alone (its package's `stripe-emulator` command), deliveries paused. */
export async function startEmulator(): Promise<Subject> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sd-bench-emulator-'));
  const child = await startProcess(
    [EMULATOR_BIN],
    {
      STRIPE_EMULATOR_PORT: String(port),
      DATA_DIR: dataDir,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      // Nothing listens there: deliveries are paused below, the events stay listable for reconciliation.
      EMULATOR_WEBHOOK_URL: 'http://127.0.0.1:9/webhooks/stripe',
      LOG_LEVEL: 'error',
    },
    /Stripe emulator on/,
  );
  const url = `http://127.0.0.1:${port}`;
  const paused = await fetch(`${url}/_emulator/webhooks/pause`, { method: 'POST' });
  if (!paused.ok) throw new Error(`could not pause the emulator's deliveries: ${paused.status}`);
  return {
    url,
    pid: child.pid as number,
    async stop() {
      await stopProcess(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
