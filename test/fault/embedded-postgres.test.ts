import { readFileSync, statSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { login, serverEnv } from '../support/admin-api';
import { ROOT, serverRequire } from '../support/server-deps';
import { freePort, type ServerProcess, startServerProcess } from '../support/server-process';

const pg = serverRequire('pg');
const { PASSWORD_FILE } = serverRequire(path.join(ROOT, 'server/dist/db/embedded-postgres.js'));

const dirs: string[] = [];
const servers: ServerProcess[] = [];

afterAll(async () => {
  // A clean stop: the server stops the embedded PostgreSQL it runs on.
  await Promise.all(servers.map((s) => s.stop()));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function dataDir(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `sd-${name}-`));
  await chmod(dir, 0o755); // PostgreSQL runs as the `postgres` user when we are root
  dirs.push(dir);
  return dir;
}

/** `pnpm start` on `dir`: the built server on its embedded PostgreSQL. */
async function serverOn(dir: string, port: number): Promise<ServerProcess> {
  const env = { ...serverEnv(''), DATA_DIR: dir, EMBEDDED_POSTGRES_PORT: String(port) };
  delete (env as Record<string, string | undefined>)['DATABASE_URL'];
  const server = await startServerProcess(env);
  servers.push(server);
  return server;
}

/** The error code of a login to the cluster as `postgres` with `password`, or 'ok'. */
async function loginAs(port: number, password: string): Promise<string> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  try {
    await client.connect();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const passwordOf = (dir: string) => readFileSync(path.join(dir, PASSWORD_FILE), 'utf8').trim();

describe('the embedded PostgreSQL has its own password', () => {
  it('a new DATA_DIR gets a random one, readable by its owner only; the old login is refused', async () => {
    const dir = await dataDir('pg-new');
    const port = await freePort();
    const server = await serverOn(dir, port);
    expect(await login(server.url)).toBeTruthy();

    expect(statSync(path.join(dir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
    expect(passwordOf(dir)).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(await loginAs(port, 'postgres')).toBe('28P01'); // invalid_password
    expect(await loginAs(port, passwordOf(dir))).toBe('ok');
  });

  it('a DATA_DIR still on the old postgres/postgres login is switched at the next start, its data kept', async () => {
    const dir = await dataDir('pg-old');
    const port = await freePort();
    // The cluster as the previous version created it: fixed password, password authentication.
    const { default: EmbeddedPostgres } = await import(pathToFileURL(serverRequire.resolve('embedded-postgres')).href);
    const old = new EmbeddedPostgres({
      databaseDir: path.join(dir, 'postgres'),
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await old.initialise();
    await old.start();
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: 'postgres' });
    await client.connect();
    await client.query('create table kept (note text)');
    await client.query('insert into kept values ($1)', ['from before']);
    await client.end();
    await old.stop();

    const server = await serverOn(dir, port);
    expect(await login(server.url)).toBeTruthy();
    expect(await loginAs(port, 'postgres')).toBe('28P01');
    const switched = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: passwordOf(dir) });
    await switched.connect();
    try {
      expect((await switched.query('select note from kept')).rows).toEqual([{ note: 'from before' }]);
    } finally {
      await switched.end();
    }
    expect(server.output()).not.toContain(passwordOf(dir));
  });
});
