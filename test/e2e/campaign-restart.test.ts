import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, expect, it } from 'vitest';

import { ROOT, serverRequire } from '../support/server-deps';
import { freePort, gql, type ServerProcess, startServerProcess } from '../support/server-process';

const pg = serverRequire('pg');
const { startEmbeddedPostgres } = serverRequire(path.join(ROOT, 'server/dist/db/embedded-postgres.js'));
const pino = serverRequire('pino');

// A 500-request campaign whose server is killed halfway: the restarted server finishes it and
// every customer is mailed exactly once.
const SIZE = 500;
let dir: string;
let cluster: { urlFor(db: string): string; createDatabase(db: string): Promise<void>; stop(): Promise<void> };
let env: Record<string, string>;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sd-campaign-restart-'));
  await chmod(dir, 0o755);
  // The suite owns its PostgreSQL, so that killing the server leaves the database up.
  cluster = await startEmbeddedPostgres(path.join(dir, 'pg'), await freePort(), pino({ level: 'warn' }));
  await cluster.createDatabase('campaigns');
  env = {
    DATABASE_URL: cluster.urlFor('campaigns'),
    DATA_DIR: path.join(dir, 'data'), // the built-in Stripe emulator keeps its state here
    STRIPE_EMULATOR_PORT: String(await freePort()),
    STRIPE_RATE_LIMIT: '400',
    ADMIN_EMAIL: 'owner@example.com',
    ADMIN_PASSWORD: 'campaign password 123',
    RECONCILE_INTERVAL: '0',
  };
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop('SIGKILL')));
  await cluster?.stop();
  await rm(dir, { recursive: true, force: true });
});

const login = async (url: string) =>
  (await gql(url, 'mutation { login(email: "owner@example.com", password: "campaign password 123") { token } }')).login
    .token as string;

const countsOf = async (url: string, token: string, id: string) =>
  (await gql(url, 'query($id: ID!) { campaign(id: $id) { done counts { total pending sent failed } } }', { id }, token))
    .campaign;

it('finishes a campaign after its server is killed halfway, mailing every customer exactly once', async () => {
  const first = await startServerProcess(env);
  servers.push(first);
  let token = await login(first.url);
  const ids: string[] = [];
  for (let i = 0; i < SIZE; i += 10) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(10, SIZE - i) }, async (_, j) => {
        const { createServiceRequest } = await gql(
          first.url,
          'mutation($input: RequestServiceInput!) { createServiceRequest(input: $input) { id } }',
          {
            input: {
              customerName: `Player ${i + j}`,
              customerEmail: `player${i + j}@example.com`,
              description: 'Tournament fee',
            },
          },
          token,
        );
        await gql(
          first.url,
          'mutation($id: ID!) { quote(id: $id, amount: 3000) { id } }',
          { id: createServiceRequest.id },
          token,
        );
        return createServiceRequest.id as string;
      }),
    );
    ids.push(...batch);
  }
  const { createCampaign } = await gql(
    first.url,
    'mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
    { input: { name: 'Tournament', requestIds: ids } },
    token,
  );
  let atKill: { counts: { sent: number; pending: number } } | undefined;
  for (let i = 0; i < 1_200; i++) {
    atKill = await countsOf(first.url, token, createCampaign.id);
    if ((atKill?.counts.sent ?? 0) >= SIZE / 5) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await first.stop('SIGKILL');
  expect(atKill?.counts.pending).toBeGreaterThan(0); // killed while links were still to be sent

  const second = await startServerProcess(env);
  servers.push(second);
  token = await login(second.url);
  let done: any;
  for (let i = 0; i < 1_500; i++) {
    done = await countsOf(second.url, token, createCampaign.id);
    if (done.done) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(done.counts).toEqual({ total: SIZE, pending: 0, sent: SIZE, failed: 0 });

  const db = new pg.Client({ connectionString: env['DATABASE_URL'] });
  await db.connect();
  try {
    const { rows } = await db.query(
      `select r.id, count(m.id)::int as mails from service_request r
         left join outbox_message m on m.service_request_id = r.id and m.kind = 'PAYMENT_LINK'
         where r.id = any($1::uuid[]) group by r.id`,
      [ids],
    );
    expect(rows).toHaveLength(SIZE);
    expect(rows.filter((r: { mails: number }) => r.mails !== 1)).toEqual([]);
  } finally {
    await db.end();
  }
}, 600_000);
