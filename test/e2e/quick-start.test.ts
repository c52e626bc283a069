import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { freePort, gql, type ServerProcess, startServerProcess } from '../support/server-process';

let dataDir: string;
let env: Record<string, string>;
let server: ServerProcess | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'sd-e2e-'));
  await chmod(dataDir, 0o755); // PostgreSQL runs as the `postgres` user when we are root
  env = {
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    STRIPE_EMULATOR_PORT: String(await freePort()),
  };
});
afterAll(async () => {
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const login = (url: string, email: string, password: string) =>
  gql<{ login: { token: string } }>(
    url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    {
      e: email,
      p: password,
    },
  ).then((d) => d.login.token);

it('starts with nothing configured, prints the login, and runs a request from REQUESTED to COMPLETED', async () => {
  server = await startServerProcess(env);
  const printed = /Sign in as (\S+) with password (\S+)/.exec(server.output());
  expect(printed).not.toBeNull();
  const [, email, password] = printed as unknown as [string, string, string];
  const token = await login(server.url, email, password);

  const fields = 'id status quoteAmount amountPaid timeline { kind to }';
  const { createServiceRequest: created } = await gql(
    server.url,
    `mutation { createServiceRequest(input: { customerName: "Ada", customerEmail: "ada@example.com", description: "Spring clean-up" }) { ${fields} } }`,
    {},
    token,
  );
  const step = async (mutation: string) =>
    Object.values(
      await gql(server!.url, `mutation($id: ID!) { r: ${mutation} { ${fields} } }`, { id: created.id }, token),
    )[0] as any;
  expect((await step('quote(id: $id, amount: 12500)')).status).toBe('QUOTED');
  expect(await step('markPaid(id: $id, note: "cash")')).toMatchObject({ status: 'PAID', amountPaid: 12500 });
  expect(
    (await step(`schedule(id: $id, scheduledFor: "${new Date(Date.now() + 86_400_000).toISOString()}")`)).status,
  ).toBe('SCHEDULED');
  const done = await step('complete(id: $id)');
  expect(done.status).toBe('COMPLETED');
  expect(done.timeline.map((e: any) => e.kind)).toEqual([
    'CREATED',
    'QUOTED',
    'PAYMENT_RECEIVED',
    'STATUS_CHANGED',
    'STATUS_CHANGED',
  ]);

  // A business name saved in the settings wins over BUSINESS_NAME: the boot line says so.
  await gql(server.url, 'mutation { updateBusinessSettings(input: { name: "Green Thumbs" }) { name } }', {}, token);

  // A clean stop, then a restart on the same DATA_DIR: the data and the login are kept, no new password.
  expect(await server.stop('SIGTERM')).toBe(0);
  server = await startServerProcess({ ...env, LOG_LEVEL: 'info', BUSINESS_NAME: 'Env Name', CURRENCY: 'eur' });
  expect(server.output()).not.toMatch(/Sign in as/);
  // CURRENCY is set too, but no saved currency overrides it.
  expect(server.output()).toContain('saved business settings override BUSINESS_NAME from the environment');
  const again = await login(server.url, email, password);
  const { serviceRequest } = await gql(
    server.url,
    `query($id: ID!) { serviceRequest(id: $id) { status } }`,
    { id: created.id },
    again,
  );
  expect(serviceRequest.status).toBe('COMPLETED');
});

it('stops at boot with one line naming a bad setting', async () => {
  await expect(startServerProcess({ ...env, PAYMENT_PRIMITIVE: 'invoice' })).rejects.toThrow(
    /server exited with 1: Bad setting: PAYMENT_PRIMITIVE: /,
  );
});
