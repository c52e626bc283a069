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

/**
 * Waits (20 s at most) until the server has nothing due to apply: every recorded Stripe event
 * applied, ignored, parked, or tried and waiting for its backoff. Webhooks are answered once
 * recorded, before they are applied.
 */
export async function webhooksSettled(databaseUrl: string, deadlineMs = 20_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const due = await count(databaseUrl, 'webhook_event', `status = 'RECEIVED' and next_attempt_at is null`);
    if (due === 0) return;
    if (Date.now() > deadline) throw new Error(`${due} webhook events not applied within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Waits (20 s at most) until one Stripe event has an outcome (applied, ignored or parked), through
 * any failed attempts and their retries, and returns its status as it then is.
 */
export async function webhookOutcome(databaseUrl: string, eventId: string, deadlineMs = 20_000): Promise<string> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const [row] = await query<{ status: string }>(databaseUrl, 'select status from webhook_event where id = $1', [
      eventId,
    ]);
    if (['APPLIED', 'IGNORED', 'PARKED'].includes(row?.status ?? '') || Date.now() > deadline) return row?.status ?? '';
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
