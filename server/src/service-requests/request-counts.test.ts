import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { countMove } from '../data/request-counts';
import { Migration20261202115256 } from '../db/migrations/Migration20261202115256_request_counts';
import { ServiceRequestStatus } from '../engine/status';
import { createRequest } from '../test-support/requests';
import { checkoutSession, deliver, stripeEvent } from '../test-support/stripe-events';
import { errorCode, ok, startTestServer, type TestServer } from '../test-support/test-server';
import { SEARCH_COUNT_CAP } from './service-request.service';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = await server.login();
});
afterAll(() => server.close());

const LIST = `query($status: [ServiceRequestStatus!], $search: String, $needsAttention: Boolean) {
  serviceRequests(status: $status, search: $search, needsAttention: $needsAttention, first: 1) { totalCount totalCountIsExact }
}`;
const list = async (variables: Record<string, unknown>) =>
  ok(await server.gql(LIST, variables, token))['serviceRequests'];
const mutate = (name: string, id: string, args = '') =>
  server.gql(`mutation($id: ID!) { ${name}(id: $id${args}) { id } }`, { id }, token);

/** The counts as the table has them, by `count(*)`. */
async function counted(): Promise<Record<string, number>> {
  const rows = await server.orm.em
    .fork()
    .execute<{ key: string; count: string }[]>(
      `select status || ' ' || needs_attention as key, count(*) as count from service_request group by 1`,
    );
  return Object.fromEntries(rows.map((row) => [row.key, Number(row.count)]));
}

/** The counts as the engine kept them, read through the API. */
async function kept(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const statuses = ok(await server.gql('{ statusCounts { status count } }', {}, token))['statusCounts'];
  for (const { status, count } of statuses as { status: string; count: number }[]) {
    for (const attention of [true, false]) {
      const n = (await list({ status: [status], needsAttention: attention })).totalCount as number;
      if (n) counts[`${status} ${attention}`] = n;
    }
    expect((await list({ status: [status] })).totalCount).toBe(count);
  }
  return counts;
}

describe('request counts', () => {
  it('stay exact while changes race, on different requests and on the same one', async () => {
    const ids = (await Promise.all(Array.from({ length: 40 }, () => createRequest(server, token)))).map((r) => r.id);
    // Each request gets a quote, some twice at once (one of the two may be refused as a conflict).
    const quotes = await Promise.all(
      ids.flatMap((id, i) => {
        const quote = () => mutate('quote', id, ', amount: 1500');
        return i % 4 === 0 ? [quote(), quote()] : [quote()];
      }),
    );
    for (const result of quotes) if (result.errors) expect(errorCode(result)).toBe('CONFLICT');
    // Then declines, cancels and links race, two admins acting on some requests at once.
    const moves = await Promise.all(
      ids.flatMap((id, i) => {
        if (i % 5 === 0) return [mutate('decline', id), mutate('cancel', id)];
        if (i % 5 === 1) return [mutate('cancel', id)];
        if (i % 5 === 2) return [mutate('markPaid', id), mutate('decline', id)];
        return [];
      }),
    );
    expect(moves.filter((result) => !result.errors).length).toBeGreaterThan(0);
    expect(await kept()).toEqual(await counted());
  });

  it('follow attention raised by Stripe and resolved by an admin', async () => {
    const { id } = await createRequest(server, token);
    ok(await mutate('quote', id, ', amount: 12500'));
    ok(await mutate('cancel', id));
    const before = (await list({ needsAttention: true })).totalCount as number;
    // Paid on Stripe after it was canceled: kept, and raised for attention.
    await deliver(
      server,
      stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 12_500 })),
    );
    expect((await list({ needsAttention: true })).totalCount).toBe(before + 1);
    expect(await kept()).toEqual(await counted());
    ok(await mutate('resolveAttention', id, ', note: "refunded by phone"'));
    expect((await list({ needsAttention: true })).totalCount).toBe(before);
    expect(await kept()).toEqual(await counted());
  });
});

describe('a count change', () => {
  it('does not make the changes of the same status wait for each other', async () => {
    const quoted = () =>
      countMove(
        { status: ServiceRequestStatus.REQUESTED, needsAttention: false },
        { status: ServiceRequestStatus.QUOTED, needsAttention: false },
      ) as { sql: string; params: unknown[] };
    const connect = async () => {
      const client = new pg.Client({ connectionString: server.settings.DATABASE_URL as string });
      await client.connect();
      return client;
    };
    const run = (client: pg.Client, { sql, params }: { sql: string; params: unknown[] }) => {
      let n = 0;
      return client.query(
        sql.replace(/\?/g, () => `$${++n}`),
        params,
      );
    };
    // One request quoted in a transaction that stays open, as a slow webhook's apply would.
    const holder = await connect();
    const other = await connect();
    try {
      await holder.query('begin');
      await run(holder, quoted());
      // Twenty more of the same move meanwhile, each given half a second to get its rows.
      let waited = 0;
      for (let i = 0; i < 20; i++) {
        await other.query(`begin; set local lock_timeout = '500ms'`);
        await run(other, quoted()).catch((error: { code?: string }) => {
          expect(error.code).toBe('55P03'); // lock_not_available
          waited++;
        });
        await other.query('rollback');
      }
      // On one row per status all twenty would wait; on 16 slots each meets the held ones 1 time in 8.
      expect(waited).toBeLessThan(10);
    } finally {
      await holder.query('rollback');
      await Promise.all([holder.end(), other.end()]);
    }
  });
});

describe('the migration that made the counts', () => {
  it('fills them from the requests a database already had, attention included', async () => {
    // Requests in several statuses, one of them needing attention (paid on Stripe after its cancel).
    for (const then of [[], ['cancel'], ['markPaid'], ['decline']]) {
      const { id } = await createRequest(server, token);
      ok(await mutate('quote', id, ', amount: 3000'));
      for (const name of then) ok(await mutate(name, id));
      if (then[0] === 'cancel') {
        await deliver(
          server,
          stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 3_000 })),
        );
      }
    }
    const before = await counted();
    expect(Object.keys(before).some((key) => key.endsWith(' true'))).toBe(true);
    // The database as it was before that migration: no counts; then the migration, run again.
    const em = server.orm.em.fork();
    await em.execute('drop table request_count');
    const migration = new Migration20261202115256(em.getDriver(), server.orm.config);
    await migration.up();
    for (const query of migration.getQueries()) await em.execute(query as string);
    expect(await kept()).toEqual(before);
  });
});

describe('a search count', () => {
  it(`is exact up to ${SEARCH_COUNT_CAP.toLocaleString('en')} matches and says so beyond`, async () => {
    const tag = `cap${Date.now()}`;
    const { id } = await createRequest(server, token);
    // Many rows at once, as a busy year leaves them (the engine's counts are not what a search reads).
    await server.orm.em.fork().execute(
      `insert into service_request (id, customer_id, customer_name, customer_email, description, status, currency, version,
         created_at, updated_at)
       select gen_random_uuid(), r.customer_id, 'Customer ' || i, 'c' || i || '@example.com', ? || ' job ' || i, 'REQUESTED',
         'usd', 1, now(), now()
       from generate_series(1, ?) i, service_request r where r.id = ?`,
      [tag, SEARCH_COUNT_CAP + 1, id],
    );
    expect(await list({ search: tag })).toEqual({ totalCount: SEARCH_COUNT_CAP, totalCountIsExact: false });
    expect(await list({ search: `${tag} job 1000` })).toEqual({ totalCount: 3, totalCountIsExact: true });
  });
});
