import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startStripeEmulator, type StripeEmulator, type StripeEmulatorOptions } from '@service-desk/stripe-emulator';

import { freePort } from './global-setup';
import { settled } from './stripe-events';
import { startTestServer, TEST_WEBHOOK_SECRET, type TestServer } from './test-server';

export interface EmulatedServer {
  server: TestServer;
  emulator: StripeEmulator;
  /** Closes both and removes the emulator's data. */
  close(): Promise<void>;
}

/**
 * The real server paying through the Stripe emulator: the server's SDK talks to the emulator,
 * the emulator delivers signed webhooks to the server (retried fast enough for tests).
 */
export async function startEmulatedServer(
  env: Record<string, string> = {},
  options: Partial<StripeEmulatorOptions> = {},
): Promise<EmulatedServer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sd-emulated-'));
  await chmod(dir, 0o755);
  const port = await freePort();
  const server = await startTestServer({
    STRIPE_SECRET_KEY: 'sk_test_emulated',
    STRIPE_API_URL: `http://127.0.0.1:${port}`,
    ...env,
  });
  const emulator = await startStripeEmulator({
    port,
    dataDir: dir,
    webhookEndpoints: [{ url: `${server.url}/webhooks/stripe`, secret: TEST_WEBHOOK_SECRET }],
    retry: { initialDelayMs: 50, maxDelayMs: 200, maxAttempts: 5, timeoutMs: 5_000 },
    ...options,
  });
  return {
    server,
    emulator,
    async close() {
      await emulator.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the emulator has delivered every event and the server has applied them. */
export async function webhooksApplied(emulator: StripeEmulator, server: Pick<TestServer, 'orm'>): Promise<void> {
  await emulator.webhooksIdle();
  await settled(server);
}
