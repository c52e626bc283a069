import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { BusinessService } from '../business/business.service';
import { Engine } from '../engine/engine';
import { ChangeSource } from '../engine/status';
import { ServiceRequest } from '../service-requests/service-request.entity';
import { ServiceRequestService } from '../service-requests/service-request.service';
import { loadSettings } from '../settings';
import { freePort } from '../test-support/global-setup';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { openDatabase } from './database';

const log = pino({ level: 'silent' });

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('migrations create exactly the schema the entities describe', async () => {
  const diff = await server.orm.schema.getUpdateSchemaSQL({ wrap: false });
  expect(diff.trim()).toBe('');
  expect(await server.orm.migrator.checkMigrationNeeded()).toBe(false);
});

it('is ready once migrated and reports it', async () => {
  const ready = await fetch(`${server.url}/readyz`);
  expect(ready.status).toBe(200);
  expect(await fetch(`${server.url}/healthz`).then((r) => r.status)).toBe(200);
});

it('without DATABASE_URL runs an embedded PostgreSQL whose data survives a restart', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'sd-embedded-'));
  await chmod(dataDir, 0o755);
  const settings = loadSettings({ DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await freePort()) });
  const service = new ServiceRequestService(
    new Engine(async () => false),
    new BusinessService({ name: 'Test business', currency: 'usd', publicBaseUrl: 'http://localhost' }),
    // An admin's request (below) mails nobody.
    { mayConfirm: async () => false, notifyTo: async () => [], adminUrl: (id) => id },
    { schedule: () => Promise.reject(new Error('this test quotes nothing')) },
  );
  try {
    const first = await openDatabase(settings, log);
    const created = await service.create(
      first.orm.em.fork(),
      { customerName: 'Restart', customerEmail: 'restart@example.com', description: 'kept across restarts' },
      ChangeSource.ADMIN,
    );
    await first.close();

    const second = await openDatabase(settings, log);
    const found = await second.orm.em.fork().findOne(ServiceRequest, { id: created.id }, { populate: ['timeline'] });
    expect(found).toMatchObject({ customerName: 'Restart', description: 'kept across restarts' });
    expect(found?.timeline.length).toBe(1);
    await second.close();
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}, 120_000);

it('answers 503 on /readyz while the database is unreachable', async () => {
  const other = await startTestServer();
  await other.orm.close();
  expect((await fetch(`${other.url}/readyz`)).status).toBe(503);
  await other.close().catch(() => undefined);
});
