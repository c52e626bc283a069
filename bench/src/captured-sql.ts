import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type pg from 'pg';

/** One statement the server sent, as `sql-capture.cjs` recorded it. */
export interface Statement {
  client: number;
  text: string;
  values: unknown[];
  start: number;
  end: number;
}

/** The `--import` and environment that make the project's server record its SQL (toggled by SIGUSR2). */
export function captureOptions(file: string): { nodeArgs: string[]; env: Record<string, string> } {
  writeFileSync(file, '');
  return {
    nodeArgs: ['--import', pathToFileURL(path.resolve(import.meta.dirname, 'sql-capture.mjs')).href],
    env: { BENCH_SQL_CAPTURE: file },
  };
}

const lines = (file: string): Record<string, unknown>[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** A statement without its literals: the ORM inlines values, and a background sweep's timestamps change. */
const shape = (text: string) => text.replace(/'(?:[^']|'')*'/g, '?').replace(/\b\d+\b/g, '?');

async function toggle(pid: number, file: string, capturing: boolean): Promise<void> {
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 200; i++) {
    if (lines(file).some((line) => line['capturing'] === capturing)) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`the server (pid ${pid}) did not ${capturing ? 'start' : 'stop'} capturing its SQL`);
}

/** Longer than the server's slowest periodic work (the webhook inbox sweeps every 5 s). */
const IDLE_MS = 5_500;

/**
 * The statements the server ran for each of `samples` requests sent one at a time. What it runs on
 * its own (job polling, listeners) is left out: any statement text also seen while it sat idle.
 */
export async function captureRequests<T>(
  pid: number,
  file: string,
  samples: T[],
  send: (sample: T) => Promise<unknown>,
): Promise<Statement[][]> {
  writeFileSync(file, '');
  await toggle(pid, file, true);
  await new Promise((r) => setTimeout(r, IDLE_MS));
  const background = new Set(
    lines(file).flatMap((line) => (typeof line['text'] === 'string' ? [shape(line['text'])] : [])),
  );
  const captured: Statement[][] = [];
  // Statements in the order they started (the file has them in the order they finished).
  for (const sample of samples) {
    const before = lines(file).length;
    await send(sample);
    // The pg callbacks write after the response may have left; let them land.
    await new Promise((r) => setTimeout(r, 20));
    captured.push(
      lines(file)
        .slice(before)
        .filter((line): line is Statement & Record<string, unknown> => typeof line['text'] === 'string')
        .filter((statement) => !background.has(shape(statement.text)))
        .sort((a, b) => a.start - b.start),
    );
  }
  await toggle(pid, file, false);
  if (captured.some((statements) => statements.length === 0)) throw new Error('a request ran no SQL the bench saw');
  return captured;
}

/**
 * Runs `statements` as the server did: a statement that started after another had finished waits
 * for it (the server had its rows), one connection's statements run in their order, and a
 * connection that ran a transaction is one pooled client throughout; the rest take any pooled
 * connection per statement, as the ORM does.
 */
export async function replay(pool: pg.Pool, statements: Statement[]): Promise<void> {
  const transactional = new Set(statements.filter((s) => /^\s*begin\b/i.test(s.text)).map((s) => s.client));
  const held = new Map<number, pg.PoolClient>();
  const done = new Map<Statement, Promise<unknown>>();
  try {
    for (const [i, statement] of statements.entries()) {
      const after = statements
        .slice(0, i)
        .filter((other) => other.end <= statement.start || other.client === statement.client);
      done.set(
        statement,
        Promise.all(after.map((other) => done.get(other))).then(async () => {
          if (!transactional.has(statement.client)) return pool.query(statement.text, statement.values);
          const client = held.get(statement.client) ?? (await pool.connect());
          held.set(statement.client, client);
          return client.query(statement.text, statement.values);
        }),
      );
    }
    await Promise.all(done.values());
  } finally {
    for (const client of held.values()) client.release();
  }
}

/** `EXPLAIN (ANALYZE, BUFFERS)` of each distinct statement text, with the parameters it first ran with. */
export async function explain(pool: pg.Pool, statements: Statement[]): Promise<{ text: string; plan: string }[]> {
  const distinct = [...new Map(statements.map((s) => [s.text, s])).values()].filter((s) =>
    /^\s*(select|with)\b/i.test(s.text),
  );
  const plans = [];
  for (const statement of distinct) {
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers) ${statement.text}`,
      statement.values,
    );
    plans.push({ text: statement.text, plan: rows.map((row) => row['QUERY PLAN']).join('\n') });
  }
  return plans;
}

/** Sequential scans of a table that grows with the requests (small lookup tables are fine to scan). */
export const seqScans = (plan: string): string[] =>
  [...plan.matchAll(/Seq Scan on (\w+)/g)].map((m) => m[1] as string).filter((table) => GROWING.has(table));

const GROWING = new Set([
  'service_request',
  'customer',
  'payment',
  'payment_link',
  'timeline_entry',
  'refund',
  'dispute',
  'attention_cause',
  'quote_line',
  'stripe_attempt',
  'service_request_change',
]);
