import 'reflect-metadata';

import { DataloaderType } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';

import { HotTablesGuard } from '../data/hot-tables';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export function ormConfig(clientUrl: string): Options {
  return defineConfig({
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator],
    subscribers: [new HotTablesGuard()],
    forceUtcTimezone: true,
    allowGlobalContext: false,
    // Batches the payments/timeline of a page of requests into one query each.
    dataloader: DataloaderType.ALL,
    pool: { min: 0, max: 10 },
    migrations: {
      // Listed explicitly so that they load the same from sources and from dist;
      // `path`/`pathTs` are where `migration:create` writes new ones (add them to migrations/index.ts).
      migrationsList: MIGRATIONS,
      path: 'dist/db/migrations',
      pathTs: 'src/db/migrations',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      // No snapshot: `migration:create` diffs the entities with a database the committed migrations
      // built, so branches that each add a migration never leave a stale snapshot behind.
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
  });
}
