import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { ROOT, serverRequire } from './server-deps';
import { freePort } from './server-process';

const { startEmbeddedPostgres } = serverRequire(path.join(ROOT, 'server/dist/db/embedded-postgres.js'));
const pino = serverRequire('pino');

export interface PostgresCluster {
  /** The URL of `database` on this cluster (create it first). */
  urlFor(database: string): string;
  createDatabase(name: string): Promise<void>;
  /** Stops PostgreSQL, keeping its data: the outage in a fault case. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it for good and removes its data. */
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL owned by a test file, not by a server: servers get `DATABASE_URL`, so killing one
 * leaves the database (and what it recorded) up, and the test can stop and start PostgreSQL itself.
 */
export async function startPostgresCluster(name: string): Promise<PostgresCluster> {
  const dir = await mkdtemp(path.join(tmpdir(), `sd-${name}-`));
  await chmod(dir, 0o755); // PostgreSQL runs as the `postgres` user when we are root
  const port = await freePort();
  const boot = () => startEmbeddedPostgres(dir, port, pino({ level: 'warn' }));
  let cluster = await boot();
  let running = true;
  return {
    urlFor: (database) => cluster.urlFor(database),
    createDatabase: (database) => cluster.createDatabase(database),
    async stop() {
      await cluster.stop();
      running = false;
    },
    async start() {
      cluster = await boot();
      running = true;
    },
    async destroy() {
      if (running) await cluster.stop();
      running = false;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
