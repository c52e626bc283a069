import { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import type { Settings } from '../settings';
import { type EmbeddedCluster, startEmbeddedPostgres } from './embedded-postgres';
import { ormConfig } from './orm.config';

export const EMBEDDED_DATABASE = 'service_desk';
/** Serialises migrations across replicas starting at once. */
const MIGRATION_LOCK = 4_242_001;

export interface Database {
  orm: MikroORM;
  /** For connections outside the pool (LISTEN). */
  url: string;
  close(): Promise<void>;
}

export async function migrate(orm: MikroORM): Promise<void> {
  const knex = orm.em.getConnection().getKnex();
  await knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    await orm.migrator.up();
  });
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL; applies pending migrations. */
export async function openDatabase(settings: Settings, log: Logger): Promise<Database> {
  let cluster: EmbeddedCluster | undefined;
  let url = settings.DATABASE_URL;
  if (!url) {
    cluster = await startEmbeddedPostgres(settings.DATA_DIR, settings.EMBEDDED_POSTGRES_PORT, log);
    await cluster.createDatabase(EMBEDDED_DATABASE);
    url = cluster.urlFor(EMBEDDED_DATABASE);
    log.info({ port: settings.EMBEDDED_POSTGRES_PORT, dataDir: settings.DATA_DIR }, 'embedded PostgreSQL started');
  }
  try {
    const orm = await MikroORM.init(ormConfig(url));
    await migrate(orm);
    return {
      orm,
      url,
      async close() {
        await orm.close();
        await cluster?.stop();
      },
    };
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
}
