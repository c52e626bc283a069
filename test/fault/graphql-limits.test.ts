import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { login, serverEnv } from '../support/admin-api';
import { query } from '../support/db';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster';
import { serverRequire } from '../support/server-deps';
import { gql, type ServerProcess, startServerProcess } from '../support/server-process';

const WebSocket = serverRequire('ws');

/** The values of graphql/query-limits.ts LIMITS: a change there should show here. */
const LIMITS = {
  tokens: 500,
  sameFields: 5,
  aliases: 15,
  directives: 10,
  depth: 10,
  variableDepth: 20,
  listSize: 100,
  cost: 100_000,
  objects: 5_000,
};

/** Requests of the one customer whose lists point back at each other. */
const AMPLIFIER_REQUESTS = 40;
/** Requests in all, each given 100 timeline entries: a page of 50 of them resolves 5 050 objects. */
const REQUESTS = 100;

let cluster: PostgresCluster;
let server: ServerProcess;
let production: ServerProcess;
let token: string;
let customerId: string;

beforeAll(async () => {
  cluster = await startPostgresCluster('fault-limits');
  await cluster.createDatabase('limits');
  const env = serverEnv(cluster.urlFor('limits'));
  server = await startServerProcess(env);
  production = await startServerProcess({ ...env, NODE_ENV: 'production' });
  token = await login(server.url);
  const create = (i: number) =>
    gql<{ createServiceRequest: { customer: { id: string } } }>(
      server.url,
      'mutation($input: RequestServiceInput!) { createServiceRequest(input: $input) { customer { id } } }',
      {
        input: {
          customerName: 'Limits',
          customerEmail: i < AMPLIFIER_REQUESTS ? 'amplifier@example.com' : `other${i}@example.com`,
          description: `request ${i}`,
        },
      },
      token,
    );
  for (let i = 0; i < REQUESTS; i += 20) {
    const created = await Promise.all(Array.from({ length: 20 }, (_, j) => create(i + j)));
    if (i === 0) customerId = created[0]!.createServiceRequest.customer.id;
  }
  // Each request has its CREATED entry; 99 notes more make 100.
  await query(
    cluster.urlFor('limits'),
    `insert into timeline_entry (service_request_id, kind, source, actor, note, at)
       select sr.id, 'NOTE', 'ADMIN', 'admin', 'filler', now() from service_request sr, generate_series(1, 99)`,
  );
});

afterAll(async () => {
  await server?.stop('SIGKILL');
  await production?.stop('SIGKILL');
  await cluster?.destroy();
});

interface Answer {
  status?: number;
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** An operation; `variablesJson`, when given, is sent as it is (JSON.stringify overflows on deep values). */
type Payload = { query: string; variables?: unknown; variablesJson?: string };

const body = ({ query, variables, variablesJson }: Payload) =>
  `{"query":${JSON.stringify(query)},"variables":${variablesJson ?? JSON.stringify(variables ?? {})}}`;

async function overHttp(url: string, payload: Payload): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body(payload),
  });
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBeLessThan(500);
  return { status: response.status, ...JSON.parse(text) };
}

/**
 * One operation over graphql-ws (its protocol spoken directly, to send any text): the answer of
 * `next` or `error`; the server must not close the socket over it.
 */
async function overWebSocket(url: string, payload: Payload): Promise<Answer> {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => socket.once('close', (code: number) => resolve(code)));
  const answer = new Promise<Answer>((resolve, reject) => {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'connection_ack') socket.send(`{"id":"1","type":"subscribe","payload":${body(payload)}}`);
      if (message.type === 'next') resolve(message.payload);
      if (message.type === 'error') resolve({ errors: message.payload });
    });
    void closed.then((code) => reject(new Error(`the server closed the socket: ${code}`)));
  });
  socket.once('open', () =>
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
  );
  try {
    return await answer;
  } finally {
    socket.close(1000);
    await closed;
  }
}

const transports = { HTTP: overHttp, WebSocket: overWebSocket };

/** The limit an answer was refused by: its QUERY_TOO_COMPLEX error names it. */
function limitOf(answer: Answer): unknown {
  const error = answer.errors?.find((e) => e.extensions?.['code'] === 'QUERY_TOO_COMPLEX');
  return error?.extensions?.['limit'];
}

/**
 * Runs `attack` while polling `/healthz` one request after another; every answer must come within
 * a second, so the event loop never stalled that long.
 */
async function whileResponsive<T>(attack: () => Promise<T>): Promise<T> {
  const latencies: number[] = [];
  let done = false;
  const poll = (async () => {
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${server.url}/healthz`);
      expect(response.status).toBe(200);
      latencies.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  try {
    return await attack();
  } finally {
    done = true;
    await poll;
    expect(latencies.length).toBeGreaterThan(0);
    expect(Math.max(...latencies)).toBeLessThan(1_000);
  }
}

/** `customer(id)` then `requests { customer { … } }` hops, `depth` levels in all. */
function chain(depth: number, requests = 'requests'): string {
  let selection = 'id';
  for (let level = depth - 1; level >= 2; level--)
    selection = `${level % 2 === 0 ? requests : 'customer'} { ${selection} }`;
  return `query { customer(id: "${customerId}") { ${selection} } }`;
}

const nested = (levels: number): unknown => (levels === 1 ? [] : [nested(levels - 1)]);

/** For each limit (the name, unless `limit` says): an operation just within it and one just past it. */
const cases: Record<string, { below: () => Payload; above: () => Payload; limit?: string }> = {
  tokens: {
    // `{ serviceRequests ( status : [ … ] ) { totalCount } }`: 12 tokens and the statuses.
    below: () => ({ query: `{ serviceRequests(status: [${'PAID '.repeat(LIMITS.tokens - 12)}]) { totalCount } }` }),
    above: () => ({ query: `{ serviceRequests(status: [${'PAID '.repeat(LIMITS.tokens - 11)}]) { totalCount } }` }),
  },
  sameFields: {
    below: () => ({
      query: `{ me { id ...A ...A } } fragment A on Admin { ${'id '.repeat((LIMITS.sameFields - 1) / 2)}}`,
    }),
    above: () => ({
      query: `{ me { id ...A ...A } } fragment A on Admin { ${'id '.repeat((LIMITS.sameFields + 1) / 2)}}`,
    }),
  },
  aliases: {
    below: () => ({ query: `{ ${Array.from({ length: LIMITS.aliases }, (_, i) => `a${i}: me { id }`).join(' ')} }` }),
    above: () => ({
      query: `{ ${Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
    }),
  },
  directives: {
    below: () => ({ query: directed(LIMITS.directives) }),
    above: () => ({ query: directed(LIMITS.directives + 1) }),
  },
  depth: {
    below: () => ({ query: chain(LIMITS.depth, 'requests(first: 2)') }),
    above: () => ({ query: chain(LIMITS.depth + 1, 'requests(first: 2)') }),
  },
  variables: {
    // The variables object is the first level; the statuses list the second.
    below: () => statuses(nested(LIMITS.variableDepth - 1)),
    above: () => statuses(nested(LIMITS.variableDepth)),
  },
  first: {
    below: () => ({ query: `{ customer(id: "${customerId}") { requests(first: ${LIMITS.listSize}) { id } } }` }),
    above: () => ({ query: `{ customer(id: "${customerId}") { requests(first: ${LIMITS.listSize + 1}) { id } } }` }),
  },
  'first of a page': {
    // A paged list's `first` has the same limit, refused by the same rule.
    below: () => ({ query: `{ serviceRequests(first: ${LIMITS.listSize}) { edges { node { id } } } }` }),
    above: () => ({ query: `{ serviceRequests(first: ${LIMITS.listSize + 1}) { edges { node { id } } } }` }),
    limit: 'first',
  },
  cost: {
    // 1 + 41 × (3 + 84 × (1 + 28)) = 100 000; `me { id }` adds 2.
    below: () => ({ query: costly('') }),
    above: () => ({ query: costly('me { id }') }),
  },
  objects: {
    // 50 edges and 50 × 99 entries = 5 000 objects; 50 × 100 entries make 5 050.
    below: () => ({ query: timelines(99) }),
    above: () => ({ query: timelines(100) }),
  },
};

const statuses = (value: unknown): Payload => ({
  query: 'query($status: [ServiceRequestStatus!]) { serviceRequests(status: $status) { totalCount } }',
  variables: { status: value },
});
const directed = (n: number) =>
  `{ serviceRequests(first: 1) { edges { node { ${Array.from(
    { length: n },
    (_, i) => `${['id', 'version', 'status', 'currency', 'createdAt', 'updatedAt'][i % 6]} @include(if: true)`,
  ).join(' ')} } } } }`;
const costly = (extra: string) =>
  `{ ${extra} customers(first: 41) { edges { node { requests(first: 84) { timeline(first: 28) { kind } } } } } }`;
const timelines = (entries: number) =>
  `{ serviceRequests(first: 50) { edges { node { timeline(first: ${entries}) { kind } } } } }`;

describe.each(Object.entries(transports))('each limit over %s, just below and just above it', (_, send) => {
  it.each(Object.keys(cases))('%s', async (name) => {
    const below = await whileResponsive(() => send(server.url, cases[name]!.below()));
    expect(limitOf(below), JSON.stringify(below.errors)).toBeUndefined();
    if (name !== 'variables') expect(below.errors, JSON.stringify(below.errors)).toBeUndefined();
    const above = await whileResponsive(() => send(server.url, cases[name]!.above()));
    expect(limitOf(above), JSON.stringify(above.errors)).toBe(cases[name]!.limit ?? name);
    expect(above.data ?? null, name).toBeNull();
    if (above.status !== undefined) expect(above.status).toBe(400);
  });
});

/** Text no column can store: a NUL character. */
const UNSTORABLE = 'a\u0000b';

/** `payload` with one more variable, holding unstorable text. */
const withUnstorableText = (payload: Payload): Payload => ({
  ...payload,
  variables: { ...(payload.variables as Record<string, unknown> | undefined), text: UNSTORABLE },
});

/** The text at the bottom of lists nested as `nested` nests them (the statuses of the variables case are no text). */
const deepText = (levels: number): unknown => (levels === 1 ? [UNSTORABLE] : [deepText(levels - 1)]);

/** Each case with unstorable text in its variables; `objects` is counted while running, after every check. */
const textCases = Object.entries(cases)
  .filter(([name]) => name !== 'objects')
  .map(([name, { below, above, limit }]) => {
    if (name !== 'variables') {
      return {
        name,
        limit: limit ?? name,
        below: () => withUnstorableText(below()),
        above: () => withUnstorableText(above()),
      };
    }
    const deep = (levels: number) => ({ query: '{ me { id } }', variables: { text: deepText(levels) } });
    return { name, limit: name, below: () => deep(LIMITS.variableDepth - 1), above: () => deep(LIMITS.variableDepth) };
  });

describe.each(Object.entries(transports))('unstorable text, checked after the limits, over %s', (_, send) => {
  it.each(textCases)('$name: refused for the text just below the limit, by the limit just above it', async (text) => {
    const below = await send(server.url, text.below());
    expect(below.errors?.[0]?.extensions, JSON.stringify(below)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(below.errors?.[0]?.extensions?.['field']).toMatch(/^text/);
    const above = await send(server.url, text.above());
    expect(limitOf(above), JSON.stringify(above.errors)).toBe(text.limit);
    expect(above.errors).toHaveLength(1);
  });
});

describe('attacks', () => {
  it.each(Object.entries(transports))(
    'the amplification query (lists pointing back at their parent) is refused by the cost limit over %s',
    async (_, send) => {
      // 40 requests of one customer, 4 hops: 2.5 million rows before; now refused, 10 at once.
      const answers = await whileResponsive(() =>
        Promise.all(Array.from({ length: 10 }, () => send(server.url, { query: chain(9) }))),
      );
      for (const answer of answers) expect(limitOf(answer)).toBe('cost');
      // The same shape, bounded by `first`, is answered.
      const bounded = await send(server.url, { query: chain(9, 'requests(first: 3)') });
      expect(bounded.errors).toBeUndefined();
      expect(bounded.data.customer.requests).toHaveLength(3);
    },
  );

  it.each(Object.entries(transports))('variables nested 100 000 deep get a 4xx over %s', async (name, send) => {
    const deep = { ...statuses([]), variablesJson: `{"status":${'['.repeat(100_000)}${']'.repeat(100_000)}}` };
    const answer = await whileResponsive(() => send(server.url, deep));
    expect(limitOf(answer)).toBe('variables');
    if (name === 'HTTP') expect(answer.status).toBe(400);
  });

  it('dozens of large documents of conflicting aliases are refused before validation', async () => {
    const conflicting = Array.from({ length: 3_000 }, (_, i) => `x: ${i % 2 ? 'me { id }' : 'me { email }'}`).join(' ');
    const answers = await whileResponsive(() =>
      Promise.all(Array.from({ length: 30 }, () => overHttp(server.url, { query: `{ ${conflicting} }` }))),
    );
    for (const answer of answers) expect(limitOf(answer)).toBe('tokens');
    // The most comparisons graphql-js's overlapping-fields rule can be made to do within the
    // limits: the same field as often as allowed, at each of three levels (about 360 tokens).
    const times = (inner: string) => Array(LIMITS.sameFields).fill(inner).join(' ');
    const worst = `{ ${times(`customer(id: "${customerId}") { ${times(`requests(first: 1) { ${times('id')} }`)} }`)} }`;
    const within = await whileResponsive(() =>
      Promise.all(Array.from({ length: 30 }, () => overHttp(server.url, { query: worst }))),
    );
    for (const answer of within) expect(answer.errors, JSON.stringify(answer.errors)).toBeUndefined();
  });

  it('the server served throughout: same process, same data', async () => {
    const [row] = await query<{ n: number }>(
      cluster.urlFor('limits'),
      'select count(*)::int as n from service_request',
    );
    expect(row?.n).toBe(REQUESTS);
    const answer = await gql(server.url, '{ serviceRequests { totalCount } }', {}, token);
    expect(answer.serviceRequests.totalCount).toBe(REQUESTS);
  });
});

describe('in production', () => {
  it.each(Object.entries(transports))(
    'introspection is refused and errors suggest no names over %s',
    async (_, send) => {
      const introspection = await send(production.url, { query: '{ __schema { queryType { name } } }' });
      expect(introspection.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await send(production.url, { query: '{ serviceRequest(id: "x") { timelin { kind } } }' });
      expect(typo.errors?.[0]?.message).toBe('Cannot query field "timelin" on type "ServiceRequest".');
      const enumTypo = await send(production.url, statuses(['PAI']));
      expect(enumTypo.errors?.[0]?.message).not.toMatch(/Did you mean|PAID/);
      // The SPA's own named queries are unaffected.
      expect((await send(production.url, { query: '{ me { email } }' })).errors).toBeUndefined();
    },
  );

  it('a development server still suggests, for whoever develops', async () => {
    const typo = await overHttp(server.url, { query: '{ serviceRequest(id: "x") { timelin { kind } } }' });
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean "timeline/);
  });
});
