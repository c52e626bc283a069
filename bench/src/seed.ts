import type pg from 'pg';

import { COUNT_EXISTING_SQL } from './server-dist';

/** What a seeded, payable request was quoted: every benchmark event pays exactly this. */
export const QUOTE = { amount: 5000, currency: 'usd', version: 1 } as const;

const STATUSES = ['REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED'];
const SURNAMES = ['Smith', 'Jones', 'Garcia', 'Miller', 'Davis', 'Lopez', 'Wilson', 'Moore', 'Taylor', 'Clark'];
const JOBS = ['Fix the leaking tap', 'Mow the lawn', 'Paint the fence', 'Clean the gutters', 'Replace a window'];

/**
 * `count` requests, each of its own customer, written with plain SQL (the fastest honest way to a big table): `QUOTED` with
 * a quote, or spread over the statuses (`mixed`, for the admin's list), each with its timeline.
 * Returns their ids, oldest first.
 */
export async function seedRequests(client: pg.Client, count: number, mixed = false): Promise<string[]> {
  await client.query(
    `insert into customer (id, email, name, created_at, updated_at)
     select gen_random_uuid(), 'customer' || i || '@example.com', 'Customer ' || i || ' ' || ($2::text[])[1 + i % 10],
       now() - make_interval(secs => $1 - i), now() - make_interval(secs => $1 - i)
     from generate_series(1, $1) i`,
    [count, SURNAMES],
  );
  await client.query(
    `insert into service_request (id, customer_id, customer_name, customer_email, description, address, status,
       quote_amount, currency, quote_version, needs_attention, version, created_at, updated_at)
     select gen_random_uuid(), c.id, c.name, c.email, ($3::text[])[1 + i % 5] || ', job ' || i, i || ' Main Street',
       case when $2 then ($4::text[])[1 + i % 8] else 'QUOTED' end,
       $5, $6, $7, ($2 and i % 97 = 0), 1, c.created_at, c.created_at
     from generate_series(1, $1) i join customer c on c.email = 'customer' || i || '@example.com'`,
    [count, mixed, JOBS, STATUSES, QUOTE.amount, QUOTE.currency, QUOTE.version],
  );
  await client.query(
    `insert into timeline_entry (service_request_id, kind, "from", "to", source, actor, amount, at)
     select id, 'CREATED', null, 'REQUESTED', 'CUSTOMER', 'customer', null, created_at from service_request
     union all
     select id, 'QUOTED', 'REQUESTED', 'QUOTED', 'ADMIN', 'admin', quote_amount, created_at from service_request`,
  );
  // Written without the engine, so counted as the migration counts what was there before it.
  await client.query(COUNT_EXISTING_SQL);
  await client.query('analyze');
  const { rows } = await client.query<{ id: string }>('select id from service_request order by created_at, id');
  return rows.map((row) => row.id);
}
