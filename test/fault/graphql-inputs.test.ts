import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { emulatorServerEnv, type GraphqlAnswer, login, postGraphql, quotedRequest } from '../support/admin-api';
import { count } from '../support/db';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster';
import { operations, variablesOf } from '../support/schema-operations';
import { freePort, gql, type ServerProcess, startServerProcess } from '../support/server-process';

/** Every code the contract lets an error carry; anything else (INTERNAL_SERVER_ERROR) is a defect. */
const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'INVALID_TRANSITION',
  'CONFLICT',
  'PAYMENT_PROVIDER_ERROR',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
]);
/** Mutations run last or alone: they end the session or exhaust the client's login budget. */
const SESSION_ENDING = new Set(['logout', 'login']);

let cluster: PostgresCluster;
let dataDir: string;
let server: ServerProcess;
let token: string;
let throwaway: string;
/** Requests in several states, so that generated ids reach real transitions, not only NOT_FOUND. */
const ids: string[] = [];

beforeAll(async () => {
  cluster = await startPostgresCluster('fault-graphql');
  await cluster.createDatabase('graphql');
  dataDir = await mkdtemp(path.join(tmpdir(), 'sd-fault-graphql-'));
  server = await startServerProcess(emulatorServerEnv(cluster.urlFor('graphql'), dataDir, await freePort()));
  token = await login(server.url);
  // Taken before the fuzzing: a wrong current password given to changePassword counts as a failed
  // sign-in of the account from this address, and enough of them rate-limit its logins here.
  throwaway = await login(server.url);
  for (let i = 0; i < 4; i++) ids.push(await quotedRequest(server.url, token));
  await gql(server.url, 'mutation($id: ID!) { sendPaymentLink(id: $id) { id } }', { id: ids[1] }, token);
  await gql(server.url, 'mutation($id: ID!) { markPaid(id: $id) { id } }', { id: ids[2] }, token);
});

afterAll(async () => {
  await server?.stop('SIGKILL');
  await cluster?.destroy();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Only typed errors: no 5xx, a known code on every error, nothing of the server's insides. */
function expectTypedAnswer(name: string, answer: GraphqlAnswer) {
  expect(answer.status, `${name}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
  expect(answer.body, `${name}: ${answer.text.slice(0, 300)}`).toBeDefined();
  for (const error of answer.body?.errors ?? []) {
    const code = String(error.extensions?.['code']);
    expect(KNOWN_CODES.has(code) ? 'known' : code, `${name}: ${error.message}`).toBe('known');
    expect(error.extensions).not.toHaveProperty('stacktrace');
  }
  expect(answer.text).not.toMatch(/\s+at \S+ \(|node_modules|\/work\/|dist\/|\.ts:\d+/);
}

describe('generated inputs for every mutation', () => {
  const all = operations(['mutation']).map((m) => ({ ...m, variables: variablesOf(m, ids) }));

  it('the schema file lists the contract mutations', () => {
    expect(all.map((m) => m.name)).toEqual(expect.arrayContaining(['quote', 'refund', 'markPaid', 'syncPayments']));
  });

  for (const mutation of all.filter((m) => !SESSION_ENDING.has(m.name))) {
    it(`${mutation.name}: only typed errors, never a 500 or a stack trace`, async () => {
      await fc.assert(
        fc.asyncProperty(mutation.variables, async (variables) => {
          const answer = await postGraphql(
            server.url,
            { query: mutation.query, variables },
            { authorization: `Bearer ${token}` },
          );
          expectTypedAnswer(mutation.name, answer);
        }),
        { numRuns: 30 },
      );
    });
  }

  it('the server still serves, with the requests it had', async () => {
    const answer = await postGraphql(
      server.url,
      { query: '{ statusCounts { status count } }' },
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect(answer.body?.errors).toBeUndefined();
    expect(await count(cluster.urlFor('graphql'), 'service_request', 'id = any($1)', [ids])).toBe(ids.length);
  });
});

describe('query limits', () => {
  const auth = () => ({ authorization: `Bearer ${token}` });

  it('refuses queries nested deeper than the limit with QUERY_TOO_COMPLEX', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 11, max: 60 }), async (depth) => {
        const query = `{ __schema { types { ${'fields { type { '.repeat(depth)}name${' } }'.repeat(depth)} } } }`;
        const answer = await postGraphql(server.url, { query }, auth());
        expectTypedAnswer('deep', answer);
        expect(answer.body?.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
        expect(answer.body?.data).toBeUndefined();
      }),
      { numRuns: 10 },
    );
  });

  it('refuses huge queries (many costly aliases) with QUERY_TOO_COMPLEX', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 11, max: 300 }), fc.integer({ min: 100, max: 200 }), async (n, first) => {
        const aliases = Array.from(
          { length: n },
          (_, i) =>
            `a${i}: serviceRequests(first: ${first}) { edges { node { id timeline { kind } payments { id } } } }`,
        ).join(' ');
        const answer = await postGraphql(server.url, { query: `{ ${aliases} }` }, auth());
        expectTypedAnswer('huge', answer);
        expect(answer.body?.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
      }),
      { numRuns: 10 },
    );
  });

  it('refuses a query text over 1 MiB before parsing it', async () => {
    const answer = await postGraphql(server.url, { query: `{ ${'me { id } '.repeat(120_000)} }` }, auth());
    expect(answer.status).toBe(413);
  });
});

describe('generated nested lists and aliases', () => {
  const auth = () => ({ authorization: `Bearer ${token}` });
  /** graphql/query-limits.ts LIMITS.variableDepth and LIMITS.aliases. */
  const VARIABLE_DEPTH = 20;
  const ALIASES = 15;

  it('nested lists in variables, however deep, get typed answers; past the limit, the variables limit', async () => {
    const items = fc.letrec<{ item: unknown }>((tie) => ({
      item: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('PAID', 'QUOTED', 'NOPE', 1, null, {}),
        fc.array(tie('item'), { maxLength: 3 }),
      ),
    })).item;
    await fc.assert(
      fc.asyncProperty(items, fc.integer({ min: 0, max: 5_000 }), async (item, wrapping) => {
        // Wrapped in `wrapping` more lists as text: JSON.stringify itself overflows on deep values.
        const status = `${'['.repeat(wrapping)}${JSON.stringify(item)}${']'.repeat(wrapping)}`;
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth() },
          body: `{"query":"query($s: [ServiceRequestStatus!]) { serviceRequests(status: $s) { totalCount } }","variables":{"s":${status}}}`,
        });
        const text = await response.text();
        const answer: GraphqlAnswer = { status: response.status, text, body: JSON.parse(text) };
        expectTypedAnswer('nested lists', answer);
        const levels = 1 + wrapping + depthOf(item); // the variables object is the first
        if (levels > VARIABLE_DEPTH) {
          expect(answer.status).toBe(400);
          expect(answer.body?.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'variables' });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('any number of aliases of any fields gets a typed answer; past the limit, a refusal naming it', async () => {
    const field = fc.constantFrom(
      'me { id }',
      'statusCounts { status count }',
      'serviceRequests(first: 2) { totalCount edges { node { id timeline(first: 3) { kind } } } }',
      'customers(first: 2) { edges { node { requests(first: 2) { customer { id } } } } }',
      '__typename',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(field, { maxLength: 40 }), async (fields) => {
        const query = `{ ${fields.map((f, i) => `a${i}: ${f}`).join(' ')} __typename }`;
        const answer = await postGraphql(server.url, { query }, auth());
        expectTypedAnswer('aliases', answer);
        const refusal = answer.body?.errors?.[0]?.extensions;
        if (fields.filter((f) => f !== '__typename').length > ALIASES) {
          expect(refusal?.['code']).toBe('QUERY_TOO_COMPLEX');
          expect(['aliases', 'tokens']).toContain(refusal?.['limit']);
        } else if (refusal?.['code'] === 'QUERY_TOO_COMPLEX') {
          expect(refusal['limit']).toBe('tokens'); // only long selections, many times over
        } else {
          expect(answer.body?.errors).toBeUndefined();
        }
      }),
      { numRuns: 40 },
    );
  });
});

/** Levels of arrays and objects in a JSON value, counted without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

describe('the session-ending mutations', () => {
  it('logout: ends only its own session', async () => {
    expectTypedAnswer(
      'logout',
      await postGraphql(server.url, { query: 'mutation { logout }' }, { authorization: `Bearer ${throwaway}` }),
    );
    const after = await postGraphql(
      server.url,
      { query: '{ statusCounts { count } }' },
      { authorization: `Bearer ${throwaway}` },
    );
    expect(after.body?.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('login: only typed errors for any email and password', async () => {
    const login = operations(['mutation']).find((m) => m.name === 'login')!;
    await fc.assert(
      fc.asyncProperty(variablesOf(login, ids), async (variables) => {
        expectTypedAnswer('login', await postGraphql(server.url, { query: login.query, variables }));
      }),
      { numRuns: 30 },
    );
  });
});
