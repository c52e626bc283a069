import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { captureOptions, captureRequests, explain, replay, seqScans, type Statement } from '../captured-sql';
import { withClient } from '../cluster';
import type { BenchContext } from '../context';
import { adminToken, graphql, graphqlPool, spaOperation } from '../graphql-client';
import { type LoadResult, runLoad } from '../load';
import { type Cell, RESULTS_DIR, ratio, type ScenarioReport, sizeFrom } from '../report';
import { seededTemplate } from '../seed';
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

interface Case {
  name: string;
  operation: string;
  /** The variables of each request: the capture samples them, the load cycles through them. */
  variables: () => Record<string, unknown>;
}

/** Samples of each case whose SQL is captured and replayed (a detail's differs by request). */
const SAMPLES = 20;

/**
 * The admin SPA's list (status tab, search, first page, a deep page by cursor, the attention
 * queue) and detail queries over GraphQL against exactly the SQL the server ran for them,
 * replayed with pg, on `BENCH_REQUESTS` requests: latency at concurrency 1, throughput at
 * `BENCH_READ_CONCURRENCY` (8).
 * Every distinct statement's `EXPLAIN (ANALYZE, BUFFERS)` goes to `results/admin-reads-explain.md`.
 */
export async function adminReads(ctx: BenchContext): Promise<ScenarioReport> {
  const count = sizeFrom('REQUESTS', 100_000);
  const seconds = sizeFrom('READ_SECONDS', 5);
  const concurrency = sizeFrom('READ_CONCURRENCY', 8);
  const { template, ids, seconds: seedSeconds, bytes: databaseBytes } = await seededTemplate(ctx.cluster, count, true);
  const url = await ctx.cluster.createDatabase('reads', template);
  const deep = await withClient(url, async (client) => {
    const { rows } = await client.query<{ created_at: Date; id: string }>(
      'select created_at, id from service_request order by created_at desc, id desc offset $1 limit 1',
      [Math.floor(count / 2)],
    );
    return encodeCursor([rows[0]!.created_at.toISOString(), rows[0]!.id]);
  });
  const pickId = () => ids[Math.floor(Math.random() * ids.length)] as string;
  const base = { orderBy: 'CREATED_DESC', first: 50 };
  const cases: Case[] = [
    { name: 'list: status tab, first page', operation: LIST, variables: () => ({ ...base, status: ['QUOTED'] }) },
    { name: 'list: search, first page', operation: LIST, variables: () => ({ ...base, search: 'garcia' }) },
    {
      name: `list: deep page (row ${Math.floor(count / 2)}) by cursor`,
      operation: LIST,
      variables: () => ({ ...base, after: deep }),
    },
    {
      name: 'list: attention queue',
      operation: LIST,
      variables: () => ({ ...base, orderBy: 'UPDATED_ASC', needsAttention: true }),
    },
    { name: 'detail', operation: DETAIL, variables: () => ({ id: pickId() }) },
  ];
  const captureFile = path.join(tmpdir(), `sd-bench-sql-${process.pid}.jsonl`);
  const capture = captureOptions(captureFile);
  const project = await startProject(url, ctx.emulator.url, 'reads', capture.env, capture.nodeArgs);
  const token = await adminToken(project.url);
  const http = graphqlPool(project.url, concurrency);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const raw: Record<string, { graphql: Measured; sql: Measured; statements: number; seqScans: string[] }> = {};
  const plans: string[] = [];
  try {
    for (const c of cases) {
      const samples = Array.from({ length: SAMPLES }, c.variables);
      const captured = await captureRequests(project.pid, captureFile, samples, (vars) =>
        graphql(http, c.operation, vars, token),
      );
      const explained = await explain(pool, captured[0] as Statement[]);
      plans.push(
        `## ${c.name}\n`,
        ...explained.map((e) => `\`\`\`sql\n${e.text}\n\`\`\`\n\`\`\`\n${e.plan}\n\`\`\`\n`),
      );
      const sample = (i: number) => i % SAMPLES;
      const measure = (send: (i: number) => Promise<unknown>) => async (workers: number) => {
        let next = 0;
        return runLoad({
          concurrency: workers,
          durationMs: seconds * 1000,
          next: () => sample(next++),
          send: async (i) => void (await send(i)),
        });
      };
      const viaGraphql = measure((i) => graphql(http, c.operation, samples[i] as Record<string, unknown>, token));
      const viaSql = measure((i) => replay(pool, captured[i] as Statement[]));
      raw[c.name] = {
        graphql: { latency: await viaGraphql(1), throughput: await viaGraphql(concurrency) },
        sql: { latency: await viaSql(1), throughput: await viaSql(concurrency) },
        statements: (captured[0] as Statement[]).length,
        seqScans: explained.flatMap((e) => seqScans(e.plan)),
      };
    }
  } finally {
    await http.close();
    await pool.end();
    await project.stop();
    rmSync(captureFile, { force: true });
  }
  const explainFile = path.join(RESULTS_DIR, 'admin-reads-explain.md');
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(explainFile, [`# EXPLAIN (ANALYZE, BUFFERS) at ${count} requests\n`, ...plans].join('\n'));
  const rows: Cell[][] = Object.entries(raw).flatMap(([name, { graphql: g, sql: s, statements }]) => [
    [
      name,
      'p50 ms (c1)',
      g.latency.p50,
      s.latency.p50,
      ratio(g.latency.p50, s.latency.p50),
      name.startsWith('list') ? '< 15 ms' : undefined,
    ],
    [name, 'p99 ms (c1)', g.latency.p99, s.latency.p99, ratio(g.latency.p99, s.latency.p99), undefined],
    [
      name,
      `requests/s (c${concurrency})`,
      g.throughput.throughput,
      s.throughput.throughput,
      ratio(g.throughput.throughput, s.throughput.throughput),
      '≥ 0.5× SQL',
    ],
    [name, 'statements', statements, statements, undefined, undefined],
  ]);
  const scanned = Object.entries(raw).flatMap(([name, r]) => r.seqScans.map((table) => `${name}: ${table}`));
  return {
    scenario: 'admin-reads',
    title: `Admin reads: ${count} requests, latency at concurrency 1, throughput at ${concurrency}, ${seconds} s each`,
    parameters: { requests: count, seconds, concurrency, seedSeconds, databaseBytes },
    columns: ['query', 'metric', 'GraphQL', 'direct SQL', 'ratio', 'target'],
    rows,
    notes: [
      'direct SQL: the statements the server ran for the same requests (captured from its pg clients, the session check and counters included), replayed with pg on a 10-connection pool like the server’s: a statement that started after another had finished waits for it, as the server did',
      `Seeded ${count} requests by COPY into a template database in ${seedSeconds.toFixed(1)} s; it is ${(databaseBytes / 2 ** 20).toFixed(0)} MiB, and the database copied from it as much again.`,
      scanned.length
        ? `Sequential scans of growing tables: ${scanned.join('; ')} (plans in results/admin-reads-explain.md).`
        : 'Every statement is on an index: no sequential scan of a growing table (plans in results/admin-reads-explain.md).',
    ],
    raw,
  };
}

interface Measured {
  latency: LoadResult;
  throughput: LoadResult;
}
