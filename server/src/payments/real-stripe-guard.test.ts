import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { freePort } from '../test-support/global-setup';
import { realStripeTarget, skippedRealStripeLine } from '../test-support/real-stripe-mode';

/**
 * The Stripe suite cannot go quiet: configured with a key, it runs against Stripe or fails every
 * case naming why. Shown offline by running the suite itself (`pnpm test:stripe`) in a child
 * process against a Stripe that refuses the key, and against an address nothing answers.
 */
const serverDir = path.resolve(__dirname, '../..');

/** Answers every call as Stripe answers an unknown key. */
let refusing: Server;
let refusingUrl: string;

beforeAll(async () => {
  refusing = createServer((_req, res) => {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        error: { message: 'Invalid API Key provided: sk_test_*****gus', type: 'invalid_request_error' },
      }),
    );
  });
  await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
  refusingUrl = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => refusing?.close(() => resolve())));

/** Runs the Stripe suite with a bogus test key against `apiUrl`: its exit code and everything it printed. */
function runSuite(apiUrl: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      'pnpm',
      ['test:stripe'],
      {
        cwd: serverDir,
        env: { ...process.env, STRIPE_TEST_SECRET_KEY: 'sk_test_bogus', STRIPE_TEST_API_URL: apiUrl, NO_COLOR: '1' },
        timeout: 120_000,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

describe('the Stripe suite with STRIPE_TEST_SECRET_KEY set', () => {
  it.concurrent(
    'fails every case, naming the cause, when Stripe refuses the key',
    async () => {
      const { code, output } = await runSuite(refusingUrl);
      expect(code).not.toBe(0);
      expect(output).toContain(`real-Stripe suite cannot run: authentication failed at ${new URL(refusingUrl).host}`);
      expect(output).not.toMatch(/Tests\s.*\d+ passed/);
      expect(output).not.toContain('real-Stripe mode skipped');
    },
    120_000,
  );

  it.concurrent(
    'fails every case, naming the cause, when Stripe cannot be reached',
    async () => {
      const closed = `http://127.0.0.1:${await freePort()}`;
      const { code, output } = await runSuite(closed);
      expect(code).not.toBe(0);
      expect(output).toContain(`real-Stripe suite cannot run: cannot reach ${new URL(closed).host}`);
      expect(output).not.toMatch(/Tests\s.*\d+ passed/);
    },
    120_000,
  );

  it('refuses a live key before any call, and names api.stripe.com when no API URL is given', () => {
    expect(realStripeTarget({ STRIPE_TEST_SECRET_KEY: 'sk_live_abc' }).problem).toContain('must be a test-mode key');
    expect(realStripeTarget({ STRIPE_TEST_SECRET_KEY: 'rk_test_abc' })).toMatchObject({
      host: 'api.stripe.com',
      apiUrl: undefined,
      problem: undefined,
    });
  });

  it('prints the one skipped line only when the key is unset', () => {
    expect(skippedRealStripeLine({})).toMatch(/^real-Stripe mode skipped: STRIPE_TEST_SECRET_KEY is not set/);
    expect(skippedRealStripeLine({ STRIPE_TEST_SECRET_KEY: 'sk_test_abc' })).toBeUndefined();
  });
});
