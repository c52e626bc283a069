import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { ormConfig } from '../db/orm.config';
import { createRequest } from '../test-support/requests';
import { createTestDatabase } from '../test-support/test-database';
import { errorCode, ok, startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer();
  token = await server.login();
});
afterAll(() => server?.close());

const CUSTOMER = `id email name stripeCustomerId savedCard { last4 } totalPaid
  requests { id customerEmail } payments { id amount }`;

it('keeps one customer per email, whatever its case, with the latest name and every request', async () => {
  const first = await createRequest(server, token, { customerEmail: 'Grace@Example.com', customerName: 'Grace' });
  const second = await createRequest(server, token, { customerEmail: 'grace@example.com', customerName: 'Grace H.' });
  const mine = ok(
    await server.gql(
      `query($id: ID!) { serviceRequest(id: $id) { customer { ${CUSTOMER} } } }`,
      { id: first.id },
      token,
    ),
  )['serviceRequest'].customer;
  expect(mine).toMatchObject({ email: 'grace@example.com', name: 'Grace H.', savedCard: null, totalPaid: 0 });
  expect(mine.requests.map((r: { id: string }) => r.id)).toEqual([second.id, first.id]);

  const byId = ok(await server.gql(`query($id: ID!) { customer(id: $id) { ${CUSTOMER} } }`, { id: mine.id }, token));
  expect(byId['customer'].id).toBe(mine.id);
  const count = await server.orm.em
    .fork()
    .getConnection()
    .execute(`select count(*)::int as n from customer where email = 'grace@example.com'`);
  expect(count[0]?.n).toBe(1);
});

it('counts what a customer paid, net of refunds, in the default currency', async () => {
  const request = await createRequest(server, token, { customerEmail: 'payer@example.com' });
  ok(await server.gql(`mutation($id: ID!) { quote(id: $id, amount: 4000) { id } }`, { id: request.id }, token));
  ok(await server.gql(`mutation($id: ID!) { markPaid(id: $id, note: "cash") { id } }`, { id: request.id }, token));
  const customer = ok(
    await server.gql(
      `query($id: ID!) { serviceRequest(id: $id) { customer { ${CUSTOMER} } } }`,
      { id: request.id },
      token,
    ),
  )['serviceRequest'].customer;
  expect(customer.totalPaid).toBe(4000);
  expect(customer.payments).toHaveLength(1);
});

it('lists customers newest first, searches, pages, and refuses bad input', async () => {
  for (const n of [1, 2, 3]) await createRequest(server, token, { customerEmail: `lister${n}@example.com` });
  const found = ok(
    await server.gql(
      `{ customers(search: "LISTER", first: 2) { totalCount edges { node { email } } pageInfo { hasNextPage endCursor } } }`,
      {},
      token,
    ),
  )['customers'];
  expect(found.totalCount).toBe(3);
  expect(found.edges.map((e: any) => e.node.email)).toEqual(['lister3@example.com', 'lister2@example.com']);
  const rest = ok(
    await server.gql(
      `query($after: String) { customers(search: "lister", after: $after) { edges { node { email } } pageInfo { hasNextPage } } }`,
      { after: found.pageInfo.endCursor },
      token,
    ),
  )['customers'];
  expect(rest.edges.map((e: any) => e.node.email)).toEqual(['lister1@example.com']);
  expect(rest.pageInfo.hasNextPage).toBe(false);
  const withCards = ok(
    await server.gql(`{ customers(search: "lister", hasSavedCard: true) { totalCount } }`, {}, token),
  );
  expect(withCards['customers'].totalCount).toBe(0);
  expect(errorCode(await server.gql(`{ customers(after: "nope") { totalCount } }`, {}, token))).toBe('BAD_USER_INPUT');
  expect(errorCode(await server.gql(`{ customers(first: 0) { totalCount } }`, {}, token))).toBe('BAD_USER_INPUT');
  expect(ok(await server.gql(`{ customer(id: "not-a-uuid") { id } }`, {}, token))['customer']).toBeNull();
  expect(errorCode(await server.gql(`{ customers { totalCount } }`))).toBe('UNAUTHENTICATED');
});

it('the migration gives existing requests their customers and the Stripe Customer reused per email', async () => {
  const orm = await MikroORM.init(ormConfig(await createTestDatabase()));
  try {
    await orm.migrator.up({ to: 'Migration20261123125715_webhook_inbox' });
    const db = orm.em.getConnection();
    await db.execute(
      `insert into service_request (id, customer_name, customer_email, description, status, currency, quote_version, needs_attention, version, created_at, updated_at) values
       (gen_random_uuid(), 'Old Name', 'Ada@example.com', 'a', 'REQUESTED', 'usd', 0, false, 1, now() - interval '2 days', now()),
       (gen_random_uuid(), 'Ada', 'ada@example.com', 'b', 'REQUESTED', 'usd', 0, false, 1, now() - interval '1 day', now()),
       (gen_random_uuid(), 'Bob', 'bob@example.com', 'c', 'REQUESTED', 'usd', 0, false, 1, now(), now())`,
    );
    await db.execute(
      `insert into stripe_attempt (id, account, scope, quote_version, purpose, attempt, state, stripe_id, created_at) values
       (gen_random_uuid(), 'acct', 'customer-' || left(encode(sha256('ada@example.com'::bytea), 'hex'), 32), 0, 'customer', 1, 'SUCCEEDED', 'cus_ada', now())`,
    );
    await orm.migrator.up();
    const rows = await db.execute(
      `select c.email, c.name, c.stripe_customer_id, c.stripe_account, count(r.id)::int as requests
       from customer c join service_request r on r.customer_id = c.id group by c.id order by c.email`,
    );
    expect(rows).toEqual([
      { email: 'ada@example.com', name: 'Ada', stripe_customer_id: 'cus_ada', stripe_account: 'acct', requests: 2 },
      { email: 'bob@example.com', name: 'Bob', stripe_customer_id: null, stripe_account: null, requests: 1 },
    ]);
  } finally {
    await orm.close();
  }
});
