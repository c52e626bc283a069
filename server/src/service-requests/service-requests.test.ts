import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readRequestOrFail, updateRequest } from '../data/requests';
import { createRequest, REQUEST_FIELDS } from '../test-support/requests';
import { errorCode, ok, startTestServer, type TestServer } from '../test-support/test-server';
import { ServiceRequest } from './service-request.entity';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = await server.login();
});
afterAll(() => server.close());

const LIST = `query($status: [ServiceRequestStatus!], $search: String, $needsAttention: Boolean, $orderBy: ServiceRequestOrder, $first: Int, $after: String) {
  serviceRequests(status: $status, search: $search, needsAttention: $needsAttention, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { cursor node { id customerName status } } pageInfo { hasNextPage endCursor }
  }
}`;

async function list(variables: Record<string, unknown>) {
  return ok(await server.gql(LIST, variables, token))['serviceRequests'];
}

/** Walks every page of a listing, running `between` after each page. */
async function walk(variables: Record<string, unknown>, between: () => Promise<void> = async () => {}) {
  const ids: string[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await list({ ...variables, after });
    ids.push(...page.edges.map((edge: any) => edge.node.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
    await between();
  }
}

describe('serviceRequests', () => {
  it('pages newest first with cursors, and concurrent inserts neither skip nor repeat rows', async () => {
    const tag = `paging-${Date.now()}`;
    const existing: string[] = [];
    for (let i = 0; i < 23; i++) existing.push((await createRequest(server, token, { description: `${tag} ${i}` })).id);
    const inserted: string[] = [];
    const seen = await walk({ search: tag, first: 5 }, async () => {
      // New requests arrive while the admin pages through: they sort before the cursor.
      inserted.push((await createRequest(server, token, { description: `${tag} new` })).id);
    });
    expect(seen).toEqual([...existing].reverse());
    expect(new Set(seen).size).toBe(seen.length);
    expect((await list({ search: tag, first: 1 })).totalCount).toBe(existing.length + inserted.length);
    expect(await walk({ search: tag, first: 7, orderBy: 'CREATED_ASC' })).toEqual([...existing, ...inserted]);
  });

  it('searches name, email, description and address, case-insensitively, with LIKE characters taken literally', async () => {
    const a = await createRequest(server, token, { customerName: 'Zebulon Quartz', address: '12 Xylo Street' });
    const b = await createRequest(server, token, {
      customerEmail: 'zq_unique@example.org',
      description: 'Prune 100% of hedges',
    });
    const ids = async (search: string) => (await list({ search, first: 50 })).edges.map((e: any) => e.node.id);
    expect(await ids('zebulon')).toEqual([a.id]);
    expect(await ids('XYLO STR')).toEqual([a.id]);
    expect(await ids('zq_unique@')).toEqual([b.id]);
    expect(await ids('100% of')).toEqual([b.id]);
    expect(await ids('zq%unique')).toEqual([]);
  });

  it('filters by status and needs-attention, and counts statuses', async () => {
    const tag = `filter-${Date.now()}`;
    const quoted = await createRequest(server, token, { description: tag });
    ok(await server.gql('mutation($id: ID!) { quote(id: $id, amount: 900) { id } }', { id: quoted.id }, token));
    const flagged = await createRequest(server, token, { description: tag });
    await server.orm.em
      .getConnection()
      .execute(`update service_request set needs_attention = true where id = ?`, [flagged.id]);
    expect((await list({ search: tag, status: ['QUOTED'] })).edges.map((e: any) => e.node.id)).toEqual([quoted.id]);
    expect((await list({ search: tag, status: ['QUOTED', 'REQUESTED'] })).totalCount).toBe(2);
    expect((await list({ search: tag, needsAttention: true })).edges.map((e: any) => e.node.id)).toEqual([flagged.id]);
    const counts = ok(await server.gql('{ statusCounts { status count } }', {}, token))['statusCounts'];
    expect(counts.map((c: any) => c.status)).toEqual([
      'REQUESTED',
      'QUOTED',
      'AWAITING_PAYMENT',
      'DEPOSIT_PAID',
      'PAID',
      'SCHEDULED',
      'COMPLETED',
      'DECLINED',
      'CANCELED',
      'REFUNDED',
      'ACCEPTED',
    ]);
    const total = (await list({ first: 1 })).totalCount;
    expect(counts.reduce((sum: number, c: any) => sum + c.count, 0)).toBe(total);
  });

  it('orders by last update', async () => {
    const tag = `updated-${Date.now()}`;
    const first = await createRequest(server, token, { description: tag });
    const second = await createRequest(server, token, { description: tag });
    ok(await server.gql('mutation($id: ID!) { quote(id: $id, amount: 900) { id } }', { id: first.id }, token));
    expect((await list({ search: tag, orderBy: 'UPDATED_DESC' })).edges.map((e: any) => e.node.id)).toEqual([
      first.id,
      second.id,
    ]);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ after: 'garbage' }, 'after'],
    [{ after: Buffer.from('["x","y"]').toString('base64url') }, 'after'],
  ])('refuses bad paging %o', async (variables, field) => {
    const result = await server.gql(LIST, variables, token);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions['field']).toBe(field);
  });

  it('refuses a page over 100 by the limit on every list', async () => {
    expect((await server.gql(LIST, { first: 100 }, token)).errors).toBeUndefined();
    const result = await server.gql(LIST, { first: 101 }, token);
    expect(errorCode(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0]?.extensions['limit']).toBe('first');
  });
});

describe('input validation', () => {
  const create = (input: Record<string, unknown>) =>
    server.gql(
      `mutation($input: RequestServiceInput!) { createServiceRequest(input: $input) { id } }`,
      { input },
      token,
    );
  const valid = { customerName: 'Ann', customerEmail: 'ann@example.com', description: 'Trim hedges' };

  it.each([
    [{ customerEmail: 'not-an-email' }, 'customerEmail'],
    [{ customerName: '' }, 'customerName'],
    [{ customerName: 'x'.repeat(201) }, 'customerName'],
    [{ customerName: '   ' }, 'customerName'],
    [{ description: 'x'.repeat(5001) }, 'description'],
    [{ customerPhone: 'call me' }, 'customerPhone'],
    [{ address: 'x'.repeat(501) }, 'address'],
  ])('refuses %o with the field named and nothing stored', async (change, field) => {
    const before = (await list({ first: 1 })).totalCount;
    const result = await create({ ...valid, ...change });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions['field']).toBe(field);
    expect((await list({ first: 1 })).totalCount).toBe(before);
  });

  it('trims text and lower-cases the email', async () => {
    const created = ok(
      await server.gql(
        `mutation($input: RequestServiceInput!) { createServiceRequest(input: $input) { customerName customerEmail customerPhone address } }`,
        {
          input: {
            ...valid,
            customerName: '  Ann  ',
            customerEmail: 'Ann@Example.COM',
            customerPhone: ' ',
            address: '',
          },
        },
        token,
      ),
    )['createServiceRequest'];
    expect(created).toEqual({
      customerName: 'Ann',
      customerEmail: 'ann@example.com',
      customerPhone: null,
      address: null,
    });
  });

  it.each([
    [{ amount: 49 }, 'amount', 'amount: must be at least $0.50'],
    [{ amount: -100 }, 'amount', 'amount: must be at least $0.50'],
    [{ amount: 100_000_000 }, 'amount', 'amount: must be at most $999,999.99'],
    [{ amount: 1000, currency: 'ZZZ' }, 'currency', 'currency: ZZZ is not a currency Stripe can charge'],
    [{ amount: 1000, currency: 'dollars' }, 'currency', 'currency: must be a three-letter ISO 4217 code'],
    [
      { amount: 1234, currency: 'KWD' },
      'amount',
      'amount: KWD amounts must end in 0 (Stripe rounds to two of its three decimals)',
    ],
    [{ amount: 49, currency: 'jpy' }, 'amount', 'amount: must be at least ¥50'],
  ])('refuses the quote %o', async (args, field, message) => {
    const { id } = await createRequest(server, token);
    const result = await server.gql(
      `mutation($id: ID!, $amount: Int!, $currency: String) { quote(id: $id, amount: $amount, currency: $currency) { id } }`,
      { id, ...args },
      token,
    );
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    const after = ok(
      await server.gql(`query($id: ID!) { serviceRequest(id: $id) { ${REQUEST_FIELDS} } }`, { id }, token),
    )['serviceRequest'];
    expect(after).toMatchObject({ status: 'REQUESTED', quoteAmount: null, quoteVersion: 0 });
  });

  it('refuses a non-integer amount and a malformed date before any resolver runs', async () => {
    const { id } = await createRequest(server, token);
    expect(
      errorCode(await server.gql(`mutation($id: ID!) { quote(id: $id, amount: 10.5) { id } }`, { id }, token)),
    ).toBe('GRAPHQL_VALIDATION_FAILED');
    const date = await server.gql(
      `mutation($id: ID!, $at: DateTime!) { schedule(id: $id, scheduledFor: $at) { id } }`,
      { id, at: 'next tuesday' },
      token,
    );
    expect(errorCode(date)).toBe('BAD_USER_INPUT');
  });
});

describe('optimistic locking', () => {
  it('concurrent changes to one request never lose an update: the losers get CONFLICT', async () => {
    const { id } = await createRequest(server, token);
    const amounts = Array.from({ length: 8 }, (_, i) => 1000 + i * 100);
    const results = await Promise.all(
      amounts.map((amount) =>
        server.gql(
          `mutation($id: ID!, $a: Int!) { quote(id: $id, amount: $a) { quoteVersion } }`,
          { id, a: amount },
          token,
        ),
      ),
    );
    const succeeded = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => errorCode(r) === 'CONFLICT');
    expect(succeeded.length + conflicts.length).toBe(amounts.length);
    expect(succeeded.length).toBeGreaterThanOrEqual(1);
    const after = ok(
      await server.gql(`query($id: ID!) { serviceRequest(id: $id) { ${REQUEST_FIELDS} } }`, { id }, token),
    )['serviceRequest'];
    // Every accepted quote bumped the version once and wrote its timeline row: none was overwritten.
    expect(after.quoteVersion).toBe(succeeded.length);
    expect(after.timeline.filter((e: any) => e.kind === 'QUOTED')).toHaveLength(succeeded.length);
  });

  it('a change based on a stale read fails instead of overwriting', async () => {
    const { id } = await createRequest(server, token);
    const em = server.orm.em.fork();
    const stale = await readRequestOrFail(em, id);
    ok(await server.gql(`mutation($id: ID!) { quote(id: $id, amount: 700) { id } }`, { id }, token));
    expect(await updateRequest(em, id, stale.version, { quoteAmount: 1 })).toBeUndefined();
    const after = ok(await server.gql(`query($id: ID!) { serviceRequest(id: $id) { quoteAmount } }`, { id }, token));
    expect(after['serviceRequest'].quoteAmount).toBe(700);
  });

  it('the unit of work never writes a request: the data module does', async () => {
    const { id } = await createRequest(server, token);
    const em = server.orm.em.fork();
    const entity = await em.findOneOrFail(ServiceRequest, { id });
    entity.quoteAmount = 1;
    await expect(em.flush()).rejects.toThrow(/written with SQL/);
  });
});

describe('the public request form', () => {
  it('takes a request without a session, answers a receipt only, and is rate-limited per client', async () => {
    const input = { customerName: 'Walk-in', customerEmail: 'walkin@example.com', description: 'Fix the fence' };
    const mutation = `mutation($input: RequestServiceInput!) { requestService(input: $input) { id status createdAt } }`;
    const receipt = ok(await server.gql(mutation, { input }))['requestService'];
    expect(receipt).toMatchObject({ status: 'REQUESTED' });
    const stored = ok(
      await server.gql(`query($id: ID!) { serviceRequest(id: $id) { ${REQUEST_FIELDS} } }`, { id: receipt.id }, token),
    )['serviceRequest'];
    expect(stored.timeline).toEqual([
      expect.objectContaining({ kind: 'CREATED', to: 'REQUESTED', source: 'CUSTOMER' }),
    ]);
    const hidden = await server.gql(
      `mutation($input: RequestServiceInput!) { requestService(input: $input) { id customerEmail } }`,
      { input },
    );
    expect(errorCode(hidden)).toBe('GRAPHQL_VALIDATION_FAILED');

    const results = [];
    for (let i = 0; i < 10; i++) results.push(await server.gql(mutation, { input }));
    const limited = results.filter((r) => errorCode(r) === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]?.errors?.[0]?.extensions['retryAfterSeconds']).toBeGreaterThan(0);
    expect(results.filter((r) => !r.errors)).toHaveLength(9); // 10 per hour, one spent above
  });
});
