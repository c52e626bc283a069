import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pino from 'pino';
import type { TestProject } from 'vitest/node';

import { startEmbeddedPostgres } from '../db/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the test cluster's maintenance database; each test file creates its own database. */
    postgresUrl: string;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** One real PostgreSQL cluster for the whole run, in a throwaway directory. */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(path.join(tmpdir(), 'sd-test-pg-'));
  await chmod(dir, 0o755); // PostgreSQL runs as the `postgres` user when we are root
  const cluster = await startEmbeddedPostgres(dir, await freePort(), pino({ level: 'warn' }));
  project.provide('postgresUrl', cluster.urlFor('postgres'));
  return async () => {
    await cluster.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
