import { serverRequire } from './server-deps';

const pg = serverRequire('pg');

/** Runs one statement on its own connection: works across PostgreSQL restarts, no pool to break. */
export async function query<T = Record<string, unknown>>(
  databaseUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** How many rows of `table` match `where` (trusted SQL from the test, values as parameters). */
export async function count(databaseUrl: string, table: string, where = 'true', params: unknown[] = []) {
  const [row] = await query<{ n: number }>(
    databaseUrl,
    `select count(*)::int as n from ${table} where ${where}`,
    params,
  );
  return row?.n ?? 0;
}
