import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { freePort } from '../../test/support/server-process';
import { createLogger, SERVER_DIST, startEmbeddedPostgres } from './server-dist';

/** One embedded PostgreSQL for the whole run; every subject gets its own database on it. */
export interface BenchCluster {
  urlFor(database: string): string;
  /** A fresh database, copied from `template` when given (seeded once, copied per run). */
  createDatabase(name: string, template?: string): Promise<string>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

export async function startCluster(): Promise<BenchCluster> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sd-bench-pg-'));
  await chmod(dir, 0o755); // PostgreSQL runs as the `postgres` user when we are root
  const port = await freePort();
  let cluster = await startEmbeddedPostgres(dir, port, createLogger('warn'));
  const admin = <T>(work: (client: pg.Client) => Promise<T>) => withClient(cluster.urlFor('postgres'), work);
  // Commit times of rows (pg_xact_commit_timestamp): when a change became visible, not when its statement ran.
  await admin((c) => c.query('alter system set track_commit_timestamp = on'));
  await cluster.stop();
  cluster = await startEmbeddedPostgres(dir, port, createLogger('warn'));
  return {
    urlFor: cluster.urlFor,
    async createDatabase(name, template) {
      await admin((c) =>
        c.query(
          `create database ${c.escapeIdentifier(name)}${template ? ` template ${c.escapeIdentifier(template)}` : ''}`,
        ),
      );
      return cluster.urlFor(name);
    },
    async dropDatabase(name) {
      await admin((c) => c.query(`drop database if exists ${c.escapeIdentifier(name)} with (force)`));
    },
    async stop() {
      await cluster.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Applies the server's migrations with its own migration job (`server/dist/db/migrate.js`). */
export async function migrate(url: string): Promise<void> {
  const child = spawn(process.execPath, [path.join(SERVER_DIST, 'db/migrate.js')], {
    env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: url, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`migrations failed (exit ${code})`);
}

/** Runs `work` with a client on `url`, closed afterwards. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
