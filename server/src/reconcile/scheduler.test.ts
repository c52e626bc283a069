import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../test-support/test-server';
import type { ReconcileService } from './reconcile.service';
import { SyncReport } from './reconcile.service';
import { startReconcileScheduler } from './scheduler';

let a: TestServer;
let b: TestServer;
beforeAll(async () => {
  a = await startTestServer();
  b = await startTestServer({ DATABASE_URL: a.settings.DATABASE_URL as string });
});
afterAll(async () => {
  await b.close();
  await a.close();
});

it('runs reconciliation on one replica at a time', async () => {
  let running = 0;
  let most = 0;
  let runs = 0;
  const reconcile = {
    async sync() {
      running += 1;
      runs += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, 250));
      running -= 1;
      return new SyncReport();
    },
  } as unknown as ReconcileService;
  const log = pino({ level: 'silent' });
  // Two replicas, each with its own connection pool, ticking faster than a run lasts.
  const stops = [
    startReconcileScheduler(a.orm, reconcile, 100, log),
    startReconcileScheduler(b.orm, reconcile, 100, log),
  ];
  await new Promise((r) => setTimeout(r, 1_500));
  await Promise.all(stops.map((stop) => stop()));
  expect(runs).toBeGreaterThanOrEqual(2);
  expect(most).toBe(1);
});
