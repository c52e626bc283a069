import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import { type BenchCluster, migrate, withClient } from './cluster';
import { COUNT_EXISTING_SQL } from './server-dist';

/** What a seeded, payable request was quoted: every benchmark event pays exactly this. */
export const QUOTE = { amount: 5000, currency: 'usd', version: 1 } as const;

const STATUSES = ['REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED'];
/** The mixed seed's statuses that a payment got to: each such request has its paid checkout and payment. */
const PAID = new Set(['PAID', 'SCHEDULED', 'COMPLETED']);
const SURNAMES = ['Smith', 'Jones', 'Garcia', 'Miller', 'Davis', 'Lopez', 'Wilson', 'Moore', 'Taylor', 'Clark'];
const JOBS = ['Fix the leaking tap', 'Mow the lawn', 'Paint the fence', 'Clean the gutters', 'Replace a window'];
const SEEDED_TABLES = [
  'customer',
  'service_request',
  'quote_line',
  'timeline_entry',
  'payment_link',
  'payment',
  'refund',
  'dispute',
];
/** Of the paid requests, one in REFUNDED_EVERY had part of its payment refunded, one in DISPUTED_EVERY a dispute it won. */
const REFUNDED_EVERY = 20;
const DISPUTED_EVERY = 100;
const PARTIAL_REFUND = 1000;

type Value = string | number | boolean | null;

/** One row in COPY's text format (what we write holds no tab, newline or backslash: checked, not escaped). */
function line(values: Value[]): string {
  return (
    values
      .map((value) => {
        if (value === null) return '\\N';
        const text = String(value);
        if (/[\t\n\r\\]/.test(text)) throw new Error(`a seed value COPY would need escaped: ${text}`);
        return text;
      })
      .join('\t') + '\n'
  );
}

/** Streams `rows` into `table` with `COPY … FROM STDIN`, a few thousand rows a chunk. */
async function copy(client: pg.Client, table: string, columns: string[], rows: Iterable<Value[]>): Promise<void> {
  function* chunks() {
    let chunk = '';
    let n = 0;
    for (const row of rows) {
      chunk += line(row);
      if (++n % 5_000 === 0) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  const columnList = columns.map((c) => client.escapeIdentifier(c)).join(', ');
  await pipeline(Readable.from(chunks()), client.query(copyFrom(`copy ${table} (${columnList}) from stdin`)));
}

/**
 * `count` requests, each of its own customer, loaded with COPY (the fastest honest way to a big
 * table): `QUOTED` with a quote, or spread over the statuses (`mixed`, for the admin's list), each
 * with its quote line and timeline, and those paid with their checkout link and payment (some partly
 * refunded, a few with a dispute they won). The seeded tables'
 * secondary indexes are built after the load, as one pass each, and foreign keys are not checked
 * row by row (the rows are consistent by construction). Returns the requests' ids, oldest first.
 */
export async function seedRequests(client: pg.Client, count: number, mixed = false): Promise<string[]> {
  const now = Date.now();
  const ids = Array.from({ length: count }, () => randomUUID());
  const customers = Array.from({ length: count }, () => randomUUID());
  // Request i (from 1) was made count - i seconds ago: the last one now.
  const at = (i: number) => new Date(now - (count - i) * 1000).toISOString();
  const each = function* <T>(row: (i: number, id: string) => T | undefined) {
    for (let i = 1; i <= count; i++) {
      const value = row(i, ids[i - 1] as string);
      if (value !== undefined) yield value;
    }
  };
  const status = (i: number) => (mixed ? (STATUSES[i % STATUSES.length] as string) : 'QUOTED');
  // Surnames change every STATUSES.length requests: a status and a surname are independent (a search within a tab finds some).
  const name = (i: number) => `Customer ${i} ${SURNAMES[Math.floor(i / STATUSES.length) % SURNAMES.length]}`;
  const email = (i: number) => `customer${i}@example.com`;

  const indexes = await client.query<{ indexdef: string; indexname: string }>(
    `select indexname, indexdef from pg_indexes i
     where schemaname = 'public' and tablename = any($1)
       and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    [SEEDED_TABLES],
  );
  await client.query('set session_replication_role = replica'); // foreign keys unchecked while loading
  await client.query("set maintenance_work_mem = '256MB'");
  for (const { indexname } of indexes.rows) await client.query(`drop index ${client.escapeIdentifier(indexname)}`);

  await copy(
    client,
    'customer',
    ['id', 'email', 'name', 'created_at', 'updated_at'],
    each((i) => [customers[i - 1] as string, email(i), name(i), at(i), at(i)]),
  );
  await copy(
    client,
    'service_request',
    [
      'id',
      'customer_id',
      'customer_name',
      'customer_email',
      'description',
      'address',
      'status',
      'quote_amount',
      'subtotal',
      'currency',
      'quote_version',
      'needs_attention',
      'version',
      'created_at',
      'updated_at',
    ],
    each((i, id) => [
      id,
      customers[i - 1] as string,
      name(i),
      email(i),
      `${JOBS[i % JOBS.length]}, job ${i}`,
      `${i} Main Street`,
      status(i),
      QUOTE.amount,
      QUOTE.amount,
      QUOTE.currency,
      QUOTE.version,
      mixed && i % 97 === 0,
      1,
      at(i),
      at(i),
    ]),
  );
  // The quote as the single-amount form makes it: one line of the amount (quantity in thousandths).
  await copy(
    client,
    'quote_line',
    [
      'id',
      'service_request_id',
      'quote_version',
      'position',
      'description',
      'quantity',
      'unit_amount',
      'amount',
      'tax',
    ],
    each((i, id) => [
      randomUUID(),
      id,
      QUOTE.version,
      0,
      JOBS[i % JOBS.length] as string,
      1000,
      QUOTE.amount,
      QUOTE.amount,
      0,
    ]),
  );
  await copy(
    client,
    'timeline_entry',
    ['service_request_id', 'kind', 'from', 'to', 'source', 'actor', 'amount', 'at'],
    (function* () {
      yield* each((i, id) => [id, 'CREATED', null, 'REQUESTED', 'CUSTOMER', 'customer', null, at(i)]);
      yield* each((i, id) => [id, 'QUOTED', 'REQUESTED', 'QUOTED', 'ADMIN', 'admin', QUOTE.amount, at(i)]);
    })(),
  );
  await copy(
    client,
    'payment_link',
    [
      'id',
      'service_request_id',
      'kind',
      'stripe_id',
      'url',
      'amount',
      'currency',
      'quote_version',
      'active',
      'created_at',
    ],
    each((i, id) =>
      PAID.has(status(i))
        ? [
            randomUUID(),
            id,
            'checkout_session',
            `cs_seed_${i}`,
            `https://checkout.stripe.test/c/cs_seed_${i}`,
            QUOTE.amount,
            QUOTE.currency,
            QUOTE.version,
            false,
            at(i),
          ]
        : undefined,
    ),
  );
  const payments = new Map<number, string>();
  const refunded = (i: number) => i % (STATUSES.length * REFUNDED_EVERY) < STATUSES.length;
  const disputed = (i: number) => (i + STATUSES.length) % (STATUSES.length * DISPUTED_EVERY) < STATUSES.length;
  await copy(
    client,
    'payment',
    [
      'id',
      'service_request_id',
      'method',
      'stripe_payment_intent_id',
      'payment_method_type',
      'amount',
      'currency',
      'status',
      'refunded',
      'created_at',
      'quote_version',
    ],
    each((i, id) => {
      if (!PAID.has(status(i))) return undefined;
      const payment = randomUUID();
      payments.set(i, payment);
      const refund = refunded(i) ? PARTIAL_REFUND : 0;
      const paid = refund ? 'PARTIALLY_REFUNDED' : 'SUCCEEDED';
      return [payment, id, 'STRIPE', `pi_seed_${i}`, 'card', QUOTE.amount, QUOTE.currency, paid, refund, at(i), 1];
    }),
  );
  // A partial refund keeps the request paid; a dispute won blocks nothing: no attention to derive.
  const paidWhere = (when: (i: number) => boolean) => [...payments].filter(([i]) => when(i));
  await copy(
    client,
    'refund',
    ['id', 'payment_id', 'stripe_refund_id', 'amount', 'status', 'stripe_state', 'state_at', 'created_at'],
    paidWhere(refunded).map(([i, payment]) => [
      randomUUID(),
      payment,
      `re_seed_${i}`,
      PARTIAL_REFUND,
      'SUCCEEDED',
      'succeeded',
      at(i),
      at(i),
    ]),
  );
  await copy(
    client,
    'dispute',
    ['id', 'payment_id', 'stripe_dispute_id', 'status', 'reason', 'amount', 'state_at', 'created_at'],
    paidWhere(disputed).map(([i, payment]) => [
      randomUUID(),
      payment,
      `dp_seed_${i}`,
      'won',
      'fraudulent',
      QUOTE.amount,
      at(i),
      at(i),
    ]),
  );

  for (const { indexdef } of indexes.rows) await client.query(indexdef);
  await client.query('reset session_replication_role');
  // Written without the engine, so counted as the migration counts what was there before it.
  await client.query(COUNT_EXISTING_SQL);
  // As a table that has lived a while is: statistics, and pages all-visible (index-only scans).
  await client.query('vacuum analyze');
  return ids;
}

export interface Seeded {
  /** The template database: copy it with `createDatabase(name, template)`. */
  template: string;
  /** Its requests, oldest first. */
  ids: string[];
  seconds: number;
  /** The template's size on disk; each database copied from it takes as much again. */
  bytes: number;
}

const templates = new Map<string, Promise<Seeded>>();

/**
 * A database with the migrations and `count` seeded requests, made once per run for each size
 * (copying a template is a file copy: 1,000,000 requests are not seeded again per subject).
 */
export function seededTemplate(cluster: BenchCluster, count: number, mixed = false): Promise<Seeded> {
  const template = `seed_${mixed ? 'mixed' : 'quoted'}_${count}`;
  let seeded = templates.get(template);
  if (!seeded) {
    seeded = (async () => {
      const url = await cluster.createDatabase(template);
      await migrate(url);
      const started = performance.now();
      return withClient(url, async (client) => {
        const ids = await seedRequests(client, count, mixed);
        const seconds = (performance.now() - started) / 1000;
        const { rows } = await client.query<{ bytes: string }>('select pg_database_size(current_database()) as bytes');
        return { template, ids, seconds, bytes: Number(rows[0]!.bytes) };
      });
    })();
    templates.set(template, seeded);
  }
  return seeded;
}
