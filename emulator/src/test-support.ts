import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import Stripe from 'stripe';

import { startStripeEmulator, type StripeEmulator, type StripeEmulatorOptions } from './index';

export const TEST_KEY = 'sk_test_emulator_tests';
export const WEBHOOK_SECRET = 'whsec_emulator_test_secret';

export interface Running {
  emulator: StripeEmulator;
  stripe: Stripe;
  dataDir: string;
  /** Closes the emulator and removes its data directory. */
  stop(): Promise<void>;
}

/** The SDK, unmodified, pointed at an emulator (no retries, so every failure is seen as it is). */
export function sdkFor(url: string, key = TEST_KEY): Stripe {
  const { hostname, port } = new URL(url);
  return new Stripe(key, {
    host: hostname,
    port: Number(port),
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
  });
}

/** What the SDK threw for a call expected to fail, for asserting on its class and fields. */
export async function failure(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await promise;
  } catch (error) {
    return error as Stripe.errors.StripeError;
  }
  throw new Error('expected the call to fail');
}

/** Where the parameters of every emulator a test starts are reported (the test setup records them). */
export const parameterLog: { record: (operation: string, paths: string[]) => void } = { record: () => undefined };

/** An emulator on `port` (tests take it from freePort) with a data directory of its own. */
export async function runEmulator(options: Partial<StripeEmulatorOptions> & { port: number }): Promise<Running> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'stripe-emulator-')));
  const emulator = await startStripeEmulator({
    dataDir,
    webhookEndpoints: [],
    businessName: 'Green Thumbs',
    onParameters: (operation, paths) => parameterLog.record(operation, paths),
    ...options,
  });
  return {
    emulator,
    stripe: sdkFor(emulator.url),
    dataDir,
    async stop() {
      await emulator.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Delivery {
  body: string;
  headers: IncomingHttpHeaders;
  /** The path asked for (a followed redirect would show here). */
  path: string;
}

export interface Receiver {
  url: string;
  received: Delivery[];
  /** Status of the next answers, in turn (`hang`: never answer; a 3xx points back here, at `?redirected`); 200 once they are used up. */
  failNext(...statuses: (number | 'hang')[]): void;
  /** Resolves once `count` deliveries arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<Delivery[]>;
  close(): Promise<void>;
}

/** A small webhook endpoint on node:http that records what it gets. */
export async function startReceiver(): Promise<Receiver> {
  const received: Delivery[] = [];
  const statuses: (number | 'hang')[] = [];
  let notify = () => {};
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers, path: req.url ?? '' });
      const status = statuses.shift() ?? 200;
      if (status === 'hang') return notify();
      if (status >= 300 && status < 400) res.setHeader('location', '/webhooks/stripe?redirected');
      res.writeHead(status).end();
      notify();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/stripe`,
    received,
    failNext: (...next) => void statuses.push(...next),
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`only ${received.length} of ${count} deliveries arrived`)),
          timeoutMs,
        );
        notify = () => {
          if (received.length < count) return;
          clearTimeout(timer);
          resolve(received.slice());
        };
        notify();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Pays a session's hosted page the way a browser posts its form. */
export async function payForm(sessionUrl: string, fields: Record<string, string>): Promise<Response> {
  return fetch(sessionUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: 'customer@example.com', card_expiry: '12 / 34', card_cvc: '123', ...fields }),
    redirect: 'manual',
  });
}
