import pg from 'pg';

import { migrate, withClient } from '../cluster';
import type { BenchContext } from '../context';
import { adminToken, graphql, graphqlPool, spaOperation } from '../graphql-client';
import { type LoadResult, runLoad } from '../load';
import { type Cell, ratio, type ScenarioReport, sizeFrom } from '../report';
import { seedRequests } from '../seed';
import { encodeCursor } from '../server-dist';
import { startProject } from '../subjects';

const LIST = spaOperation(
  'requests/graphql/ServiceRequests.query.graphql',
  'requests/graphql/RequestListItem.fragment.graphql',
);
const DETAIL = spaOperation(
  'requests/graphql/ServiceRequest.query.graphql',
  'requests/graphql/RequestDetail.fragment.graphql',
);

/** The SQL the list runs (count, page, the page's payments for `amountPaid`), written by hand. */
const LIST_SQL = (where: string) => [
  `select count(*) from service_request sr where ${where}`,
  `select sr.* from service_request sr where ${where} order by sr.created_at desc, sr.id desc limit 51`,
];

interface Case {
  name: string;
  variables: () => Record<string, unknown>;
  operation: string;
  /** The same reads with pg: statements run in turn, the page's ids feeding the payments query. */
  sql: (client: pg.Pool, variables: Record<string, unknown>) => Promise<unknown>;
}

async function directList(pool: pg.Pool, where: string, params: unknown[]) {
  const [count, page] = LIST_SQL(where) as [string, string];
  await pool.query(count, params);
  const rows = (await pool.query<{ id: string }>(page, params)).rows;
  await pool.query('select * from payment where service_request_id = any($1) order by created_at desc, id desc', [
    rows.map((r) => r.id),
  ]);
}

async function directDetail(pool: pg.Pool, id: string) {
  await pool.query('select sr.* from service_request sr where id = $1', [id]);
  await Promise.all([
    pool.query('select * from payment where service_request_id = $1 order by created_at desc, id desc', [id]),
    pool.query('select * from payment_link where service_request_id = $1 order by created_at desc, id desc', [id]),
    pool.query('select * from timeline_entry where service_request_id = $1 order by id asc', [id]),
  ]);
}

/**
 * The admin SPA's list (status tab, search, first page and a deep page by cursor) and detail
 * queries over GraphQL against the same reads with pg, on `BENCH_REQUESTS` requests.
 */
export async function adminReads(ctx: BenchContext): Promise<ScenarioReport> {
  const count = sizeFrom('REQUESTS', 100_000);
  const seconds = sizeFrom('READ_SECONDS', 5);
  const concurrency = sizeFrom('READ_CONCURRENCY', 8);
  const url = await ctx.cluster.createDatabase('reads');
  await migrate(url);
  const ids = await withClient(url, (client) => seedRequests(client, count, true));
  const deep = await withClient(url, async (client) => {
    const { rows } = await client.query<{ created_at: Date; id: string }>(
      'select created_at, id from service_request order by created_at desc, id desc offset $1 limit 1',
      [Math.floor(count / 2)],
    );
    return encodeCursor([rows[0]!.created_at.toISOString(), rows[0]!.id]);
  });
  const [deepAt, deepId] = JSON.parse(Buffer.from(deep, 'base64url').toString()) as [string, string];
  const pickId = () => ids[Math.floor(Math.random() * ids.length)] as string;
  const base = { orderBy: 'CREATED_DESC', first: 50 };
  const cases: Case[] = [
    {
      name: 'list: status tab, first page',
      operation: LIST,
      variables: () => ({ ...base, status: ['QUOTED'] }),
      sql: (pool) => directList(pool, 'sr.status = any($1)', [['QUOTED']]),
    },
    {
      name: 'list: search, first page',
      operation: LIST,
      variables: () => ({ ...base, search: 'garcia' }),
      sql: (pool) => directList(pool, 'sr.search_text like $1', ['%garcia%']),
    },
    {
      name: `list: deep page (row ${Math.floor(count / 2)}) by cursor`,
      operation: LIST,
      variables: () => ({ ...base, after: deep }),
      sql: (pool) => directList(pool, '(sr.created_at, sr.id) < ($1::timestamptz, $2::uuid)', [deepAt, deepId]),
    },
    {
      name: 'detail',
      operation: DETAIL,
      variables: () => ({ id: pickId() }),
      sql: (pool, variables) => directDetail(pool, variables['id'] as string),
    },
  ];
  const project = await startProject(url, ctx.emulator.url, 'reads');
  const token = await adminToken(project.url);
  const http = graphqlPool(project.url, concurrency);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const raw: Record<string, { graphql: LoadResult; sql: LoadResult }> = {};
  try {
    for (const c of cases) {
      const run = (send: (vars: Record<string, unknown>) => Promise<unknown>) =>
        runLoad({
          concurrency,
          durationMs: seconds * 1000,
          next: c.variables,
          send: async (vars) => void (await send(vars)),
        });
      const viaGraphql = await run((vars) => graphql(http, c.operation, vars, token));
      const viaSql = await run((vars) => c.sql(pool, vars));
      raw[c.name] = { graphql: viaGraphql, sql: viaSql };
    }
  } finally {
    await http.close();
    await pool.end();
    await project.stop();
  }
  const rows: Cell[][] = Object.entries(raw).flatMap(([name, { graphql: g, sql: s }]) => [
    [name, 'p50 ms', g.p50, s.p50, ratio(g.p50, s.p50), name.startsWith('list') ? '< 15 ms' : undefined],
    [name, 'p99 ms', g.p99, s.p99, ratio(g.p99, s.p99), undefined],
    [name, 'requests/s', g.throughput, s.throughput, ratio(g.throughput, s.throughput), '≥ 0.5× SQL'],
  ]);
  return {
    scenario: 'admin-reads',
    title: `Admin reads: ${count} requests, concurrency ${concurrency}, ${seconds} s per case`,
    parameters: { requests: count, seconds, concurrency },
    columns: ['query', 'metric', 'GraphQL', 'direct SQL', 'ratio', 'target'],
    rows,
    notes: [
      'direct SQL: the same statements with pg (count, page, the page’s payments; detail: request, payments, links, timeline) on a 10-connection pool like the server’s.',
    ],
    raw,
  };
}
