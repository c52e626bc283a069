import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { ROOT, serverRequire } from '../support/server-deps';
import { freePort, gql, type ServerProcess, startServerProcess } from '../support/server-process';

// `pnpm --filter server sync` beside `pnpm start` on one DATA_DIR: the built CLI and the built server
// as real processes, on the embedded PostgreSQL and the Stripe emulator.
serverRequire('reflect-metadata');
const { SYNC_RUN_LOCK } = serverRequire(path.join(ROOT, 'server/dist/db/database.js'));
const { PASSWORD_FILE } = serverRequire(path.join(ROOT, 'server/dist/db/embedded-postgres.js'));
const { startStripeEmulator } = serverRequire('@service-desk/stripe-emulator');
const pg = serverRequire('pg');

const CLI = path.join(ROOT, 'server/dist/reconcile/cli.js');
const ADMIN = { email: 'owner@example.com', password: 'sync suite password 1' };

let dataDir: string;
let pgPort: number;
let env: Record<string, string>;
let server: ServerProcess | undefined;
let emulator: { url: string; close(): Promise<void> } | undefined;
const clis = new Set<ChildProcess>();

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'sd-sync-cli-'));
  await chmod(dataDir, 0o755); // PostgreSQL runs as the `postgres` user when we are root
  pgPort = await freePort();
  env = {
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(pgPort),
    STRIPE_EMULATOR_PORT: String(await freePort()),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    RECONCILE_INTERVAL: '0', // only the CLI reconciles
  };
});

afterAll(async () => {
  for (const cli of clis) {
    cli.kill('SIGCONT');
    cli.kill('SIGKILL');
  }
  // A server whose PostgreSQL was stopped under it may never finish a clean stop.
  const stopped = server?.stop();
  if (stopped) await Promise.race([stopped, new Promise((r) => setTimeout(r, 10_000))]);
  await server?.stop('SIGKILL');
  await emulator?.close();
  await stopPostmaster();
  await rm(dataDir, { recursive: true, force: true });
});

/** Whether the embedded PostgreSQL's port accepts connections. */
function accepting(port = pgPort): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Cleanup whatever happened: stops a postmaster still running on the suite's DATA_DIR. */
async function stopPostmaster() {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 100 && (await accepting()); i++) await new Promise((r) => setTimeout(r, 100));
}

interface Cli {
  child: ChildProcess;
  stdout(): string;
  /** Resolves once stdout matches. */
  printed(pattern: RegExp): Promise<void>;
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function startCli(args: string[], extraEnv: Record<string, string> = {}): Cli {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  clis.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => {
      clis.delete(child);
      resolve({ code, stdout, stderr });
    }),
  );
  return {
    child,
    stdout: () => stdout,
    async printed(pattern) {
      for (let i = 0; !pattern.test(stdout); i++) {
        if (child.exitCode !== null || i > 300) throw new Error(`CLI never printed ${pattern}: ${stdout}${stderr}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    exited,
  };
}

const lastWeek = () => [
  '--from',
  new Date(Date.now() - 7 * 86_400_000).toISOString(),
  '--to',
  new Date().toISOString(),
];

const login = async (url: string) =>
  (
    await gql<{ login: { token: string } }>(
      url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: ADMIN.email, p: ADMIN.password },
    )
  ).login.token;

async function statusOf(url: string, token: string, id: string): Promise<string> {
  const { serviceRequest } = await gql(url, 'query($id: ID!) { serviceRequest(id: $id) { status } }', { id }, token);
  return serviceRequest.status;
}

/** Whether a session holds the sync CLI's advisory lock on the cluster. */
async function syncLockHeld(): Promise<boolean> {
  const password = readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim();
  const client = new pg.Client({ host: '127.0.0.1', port: pgPort, user: 'postgres', password, database: 'postgres' });
  await client.connect();
  try {
    const { rows } = await client.query(
      `select 1 from pg_locks where locktype = 'advisory' and objid = $1 and objsubid = 1 and granted`,
      [SYNC_RUN_LOCK],
    );
    return rows.length > 0;
  } finally {
    await client.end();
  }
}

it('beside a running server: joins its embedded PostgreSQL, applies a payment whose webhook was lost, and leaves the server serving', async () => {
  server = await startServerProcess(env);
  const emulatorUrl = `http://127.0.0.1:${env['STRIPE_EMULATOR_PORT']}`;
  const token = await login(server.url);
  const { createServiceRequest } = await gql(
    server.url,
    'mutation { createServiceRequest(input: { customerName: "Ada", customerEmail: "ada@example.com", description: "Sync" }) { id } }',
    {},
    token,
  );
  const id = createServiceRequest.id as string;
  await gql(server.url, 'mutation($id: ID!) { quote(id: $id, amount: 12500) { id } }', { id }, token);
  const { sendPaymentLink } = await gql(
    server.url,
    'mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }',
    { id },
    token,
  );
  // The customer pays, and every webhook of it is lost: only a reconciliation can tell the server.
  await fetch(`${emulatorUrl}/_emulator/webhooks/drop`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ count: 100 }),
  });
  const toLink = await fetch(`${server.url}${new URL(sendPaymentLink.payUrl).pathname}`, { redirect: 'manual' });
  const toSession = await fetch(toLink.headers.get('location') as string, { redirect: 'manual' });
  const paid = await fetch(toSession.headers.get('location') as string, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      email: 'ada@example.com',
      card_number: '4242 4242 4242 4242',
      card_expiry: '12 / 34',
      card_cvc: '123',
    }),
    redirect: 'manual',
  });
  expect(paid.status).toBe(303);
  expect(await statusOf(server.url, token, id)).toBe('AWAITING_PAYMENT');

  const run = await startCli(lastWeek()).exited;
  // The server's database is still up, and the server still reads and writes through it.
  expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/already running: it is left running/);
  expect(run.stdout).toMatch(/applied [1-9]/);
  expect(await statusOf(server.url, token, id)).toBe('PAID');
  await gql(
    server.url,
    'mutation { createServiceRequest(input: { customerName: "Bo", customerEmail: "bo@example.com", description: "After" }) { id } }',
    {},
    token,
  );
  expect((await gql(server.url, '{ serviceRequests(first: 5) { totalCount } }', {}, token)).serviceRequests).toEqual({
    totalCount: 2,
  });

  // The server, last out, still stops the cluster it started.
  expect(await server.stop()).toBe(0);
  server = undefined;
  expect(await accepting()).toBe(false);
});

it('with no Stripe to reach (no emulator running, or a key whose API does not answer) says so in one line and exits 1', async () => {
  await stopPostmaster();
  const closed = String(await freePort());
  const cases: [Record<string, string>, RegExp][] = [
    [
      { STRIPE_EMULATOR_PORT: closed },
      new RegExp(
        `^cannot reach the Stripe emulator at http://127\\.0\\.0\\.1:${closed} .*\`pnpm start\`.*STRIPE_SECRET_KEY`,
      ),
    ],
    [
      { STRIPE_SECRET_KEY: 'sk_test_sync_suite', STRIPE_API_URL: `http://127.0.0.1:${closed}` },
      new RegExp(`^cannot reach Stripe at http://127\\.0\\.0\\.1:${closed} `),
    ],
  ];
  for (const [extra, message] of cases) {
    const run = await startCli(lastWeek(), extra).exited;
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr + run.stdout).not.toMatch(/Unhandled|\n\s+at /);
    expect(run.code).toBe(1);
  }
  expect(await accepting()).toBe(false);

  const bad = await startCli(['--from', 'yesterday']).exited;
  expect(bad.stderr).toMatch(/^--from "yesterday" is not an ISO date; usage: pnpm --filter server sync --from /);
  expect(bad.code).toBe(2);
});

it('alone on a stopped DATA_DIR: starts the cluster, holds the sync lock while it runs, and stops it at the end', async () => {
  await stopPostmaster();
  expect(await accepting()).toBe(false);
  emulator = await startStripeEmulator({
    port: 0,
    host: '127.0.0.1',
    dataDir: path.join(dataDir, 'stripe-emulator'),
    webhookEndpoints: [],
  });
  const emulatorPort = new URL(emulator!.url).port;

  const cli = startCli(lastWeek(), { STRIPE_EMULATOR_PORT: emulatorPort });
  await cli.printed(/started for this run/);
  cli.child.kill('SIGSTOP'); // holds the run here, cluster up
  try {
    expect(await syncLockHeld()).toBe(true);
  } finally {
    cli.child.kill('SIGCONT');
  }
  const run = await cli.exited;
  expect(run.stdout).toMatch(/already known [1-9]/); // the payment the first case applied
  expect(run.code).toBe(0);
  expect(await accepting()).toBe(false);
});

it('a server started while the CLI runs its own cluster joins it; the CLI then leaves it to the server', async () => {
  await stopPostmaster();
  const emulatorPort = new URL(emulator!.url).port;
  const cli = startCli(lastWeek(), { STRIPE_EMULATOR_PORT: emulatorPort });
  await cli.printed(/started for this run/);
  cli.child.kill('SIGSTOP');
  try {
    server = await startServerProcess({ ...env, LOG_LEVEL: 'info' }); // its own emulator, on STRIPE_EMULATOR_PORT
    expect(server.output()).toMatch(/embedded PostgreSQL was started by a sync CLI run: connecting to it/);
  } finally {
    cli.child.kill('SIGCONT');
  }
  const run = await cli.exited;
  expect(run.code).toBe(0);

  expect(await accepting()).toBe(true);
  expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  const token = await login(server.url);
  const { serviceRequests } = await gql(server.url, '{ serviceRequests(first: 5) { totalCount } }', {}, token);
  expect(serviceRequests.totalCount).toBeGreaterThan(0);
  expect(await server.stop()).toBe(0);
  server = undefined;
  expect(await accepting()).toBe(false);
});
