import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, expect, it } from 'vitest';

import { sdkFor } from './test-support';

/** The package's own command, as `pnpm --filter server emulator` runs it (the package is built first). */
const BIN = path.resolve(__dirname, '../bin/stripe-emulator.js');

const running: ChildProcess[] = [];
const dirs: string[] = [];
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

afterEach(async () => {
  for (const child of running.splice(0)) await stop(child);
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Runs the bin with `env` until it prints its address, or exits; everything it printed is returned. */
async function run(env: Record<string, string>): Promise<{ output: string; exitCode: number | null; url?: string }> {
  const child = spawn(process.execPath, [BIN], { env: { PATH: process.env['PATH'] ?? '', ...env } });
  running.push(child);
  let output = '';
  return new Promise((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Stripe emulator on (http:\/\/\S+) /.exec(output)?.[1];
      if (url) resolve({ output, exitCode: null, url });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (exitCode) => resolve({ output, exitCode }));
  });
}

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'stripe-emulator-cli-'));
  dirs.push(dir);
  return dir;
}

it('serves on STRIPE_EMULATOR_PORT and keeps the secret it generated across restarts', async () => {
  const dir = await dataDir();
  const env = { STRIPE_EMULATOR_PORT: '0', DATA_DIR: dir, LOG_LEVEL: 'silent' };
  const first = await run(env);
  const secret = /STRIPE_WEBHOOK_SECRET=(whsec_\S+)/.exec(first.output)?.[1];
  expect(secret).toBeDefined();
  expect(first.output).toContain('webhooks to http://127.0.0.1:4000/webhooks/stripe');
  const product = await sdkFor(first.url as string).products.create({ name: 'From the CLI' });
  expect(product.id).toMatch(/^prod_/);
  expect((await readFile(path.join(dir, 'stripe-emulator/webhook-secret'), 'utf8')).trim()).toBe(secret);
  await stop(running.pop() as ChildProcess); // it writes its state on the way out

  const second = await run(env);
  expect(second.output).toContain(`STRIPE_WEBHOOK_SECRET=${secret}`);
  expect((await sdkFor(second.url as string).products.retrieve(product.id)).name).toBe('From the CLI');
});

it('takes the webhook URL and a secret from a file, and prints no secret it was given', async () => {
  const dir = await dataDir();
  const file = path.join(dir, 'secret');
  await writeFile(file, 'whsec_from_a_file,whsec_older\n');
  const started = await run({
    STRIPE_EMULATOR_PORT: '0',
    DATA_DIR: dir,
    EMULATOR_WEBHOOK_URL: 'http://127.0.0.1:9/hooks',
    STRIPE_WEBHOOK_SECRET_FILE: file,
    LOG_LEVEL: 'silent',
  });
  expect(started.url).toBeDefined();
  expect(started.output).toContain('webhooks to http://127.0.0.1:9/hooks');
  expect(started.output).not.toContain('whsec_');
});

it.each([
  [{ STRIPE_EMULATOR_PORT: 'seventy' }, /^STRIPE_EMULATOR_PORT: /],
  [{ STRIPE_WEBHOOK_SECRET: 'not-a-secret' }, /^STRIPE_WEBHOOK_SECRET: whsec_… values/],
  [{ STRIPE_WEBHOOK_SECRET: 'whsec_a', STRIPE_WEBHOOK_SECRET_FILE: '/nonexistent' }, /both set: keep one/],
  [{ EMULATOR_WEBHOOK_URL: 'ftp://example.test/' }, /^EMULATOR_WEBHOOK_URL: /],
])('refuses %o with one line naming the setting', async (bad, message) => {
  const result = await run({ STRIPE_EMULATOR_PORT: '0', DATA_DIR: await dataDir(), ...bad });
  expect(result.exitCode).toBe(1);
  expect(result.output.trim().split('\n')).toHaveLength(1);
  expect(result.output.trim()).toMatch(message);
});
