import { MikroORM } from '@mikro-orm/postgresql';
import type pg from 'pg';
import type { Logger } from 'pino';

import type { Settings } from '../settings';
import { type EmbeddedCluster, startEmbeddedPostgres } from './embedded-postgres';
import { ormConfig } from './orm.config';

export const EMBEDDED_DATABASE = 'service_desk';
/** Serialises migrations across replicas starting at once. */
const MIGRATION_LOCK = 4_242_001;
/**
 * Held (session-level) by the sync CLI for its whole run when it had to start the embedded cluster
 * itself: a server starting meanwhile on the same DATA_DIR sees it and says whose cluster it joins.
 */
export const SYNC_RUN_LOCK = 4_242_002;
/** Held while a process sets up the job queue (jobs/job-queue.ts). */
export const JOB_SETUP_LOCK = 4_242_003;
/** How long the closing process waits for its own just-closed connections to leave pg_stat_activity. */
const DRAIN_MS = 1_500;

/**
 * Who opens the database, which decides what closing does to an embedded cluster:
 * - `server`: stops it (whoever started it) unless other clients are still connected (a sync run,
 *   another server, a psql), which then keep it; the next start connects to it.
 * - `sync`: never stops a cluster it found running; one it started it runs under SYNC_RUN_LOCK
 *   and stops at the end unless other clients (a server started meanwhile) are connected.
 */
export type DatabaseRole = 'server' | 'sync';

export interface Database {
  orm: MikroORM;
  /** For connections outside the pool (LISTEN). */
  url: string;
  /** DATABASE_URL, or the embedded cluster found running / started by this process. */
  source: 'url' | 'embedded-running' | 'embedded-started';
  close(): Promise<void>;
}

export async function migrate(orm: MikroORM): Promise<void> {
  const knex = orm.em.getConnection().getKnex();
  await knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    await orm.migrator.up();
  });
}

/** Client connections to the cluster other than `client`'s own, after a short wait for closing ones to go. */
async function otherClients(client: pg.Client): Promise<number> {
  const deadline = Date.now() + DRAIN_MS;
  for (;;) {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()`,
    );
    const n = rows[0]?.n ?? 0;
    if (n === 0 || Date.now() >= deadline) return n;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function syncRunHoldsCluster(cluster: EmbeddedCluster): Promise<boolean> {
  const client = await cluster.connect();
  try {
    const { rows } = await client.query(
      `select 1 from pg_locks where locktype = 'advisory' and classid = 0 and objid = $1 and objsubid = 1 and granted`,
      [SYNC_RUN_LOCK],
    );
    return rows.length > 0;
  } finally {
    await client.end();
  }
}

/** The cluster went away under a process that had found it running (stopped by its owner meanwhile). */
function lostConnection(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (
    ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P03'].includes(code ?? '') ||
    /ECONNREFUSED|terminat|shutting down/i.test(message ?? '')
  );
}

/**
 * Connects to DATABASE_URL, or to the embedded PostgreSQL of DATA_DIR (starting it if it is not
 * running); applies pending migrations. See DatabaseRole for what `close()` does to the cluster.
 */
export async function openDatabase(settings: Settings, log: Logger, role: DatabaseRole = 'server'): Promise<Database> {
  if (settings.DATABASE_URL) {
    const orm = await MikroORM.init(ormConfig(settings.DATABASE_URL));
    try {
      await migrate(orm);
    } catch (error) {
      await orm.close();
      throw error;
    }
    return { orm, url: settings.DATABASE_URL, source: 'url', close: () => orm.close() };
  }
  for (let attempt = 1; ; attempt++) {
    const cluster = await startEmbeddedPostgres(settings.DATA_DIR, settings.EMBEDDED_POSTGRES_PORT, log);
    try {
      return await openEmbedded(cluster, settings, log, role);
    } catch (error) {
      if (!cluster.startedHere && attempt < 3 && lostConnection(error)) continue; // start it ourselves
      throw error;
    }
  }
}

async function openEmbedded(
  cluster: EmbeddedCluster,
  settings: Settings,
  log: Logger,
  role: DatabaseRole,
): Promise<Database> {
  const where = { port: settings.EMBEDDED_POSTGRES_PORT, dataDir: settings.DATA_DIR };
  let lock: pg.Client | undefined;
  let orm: MikroORM | undefined;
  try {
    if (cluster.startedHere) {
      log.info(where, 'embedded PostgreSQL started');
      if (role === 'sync') {
        lock = await cluster.connect();
        await lock.query('select pg_advisory_lock($1)', [SYNC_RUN_LOCK]);
      }
    } else if (role === 'server' && (await syncRunHoldsCluster(cluster))) {
      log.info(
        where,
        'embedded PostgreSQL was started by a sync CLI run: connecting to it; it stays up for this server',
      );
    }
    await cluster.createDatabase(EMBEDDED_DATABASE);
    const url = cluster.urlFor(EMBEDDED_DATABASE);
    orm = await MikroORM.init(ormConfig(url));
    await migrate(orm);
    const opened = orm;
    let closing: Promise<void> | undefined;
    return {
      orm: opened,
      url,
      source: cluster.startedHere ? 'embedded-started' : 'embedded-running',
      close: () =>
        (closing ??= (async () => {
          await opened.close();
          await release(cluster, role, lock, log);
        })()),
    };
  } catch (error) {
    await orm?.close().catch(() => undefined);
    await release(cluster, role, lock, log).catch(() => undefined);
    throw error;
  }
}

/** After this process's own connections are closed: stops the cluster if the role says so and nobody else uses it. */
async function release(cluster: EmbeddedCluster, role: DatabaseRole, lock: pg.Client | undefined, log: Logger) {
  if (role === 'sync' && !cluster.startedHere) return; // never stops a cluster it found running
  let client = lock;
  try {
    client ??= await cluster.connect();
  } catch {
    return; // stopped meanwhile by whoever else ran it
  }
  let others: number;
  try {
    others = await otherClients(client);
  } finally {
    await client.end(); // also releases SYNC_RUN_LOCK
  }
  if (others > 0) {
    log.warn(
      { others },
      'embedded PostgreSQL left running: other clients are connected (the next start connects to it)',
    );
    return;
  }
  await cluster.stop();
}
