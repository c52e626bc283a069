import 'reflect-metadata';

import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';

import { migrate } from './database';
import { startEmbeddedPostgres } from './embedded-postgres';
import { ormConfig } from './orm.config';

/**
 * `pnpm --filter server migration:create`: applies the committed migrations to a throwaway
 * embedded PostgreSQL and writes the difference to the entities as a new migration under
 * src/db/migrations (then list it in migrations/index.ts). Needs a fresh `pnpm --filter server build`.
 */
async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'migration-'));
  await chmod(dir, 0o755); // PostgreSQL runs as the `postgres` user when we are root
  const cluster = await startEmbeddedPostgres(dir, 54_398, pino({ level: 'warn' }));
  try {
    await cluster.createDatabase('migration');
    const orm = await MikroORM.init(ormConfig(cluster.urlFor('migration')));
    await migrate(orm);
    const created = await orm.migrator.createMigration(path.resolve(__dirname, '../../src/db/migrations'));
    console.log(created.fileName ? `wrote ${created.fileName}` : 'entities and migrations agree: nothing to write');
    await orm.close();
  } finally {
    await cluster.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

void main();
