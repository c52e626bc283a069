import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { login, postGraphql, serverEnv } from '../support/admin-api';
import { count, query } from '../support/db';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster';
import { type Operation, operations, PUBLIC_OPERATIONS, sampleVariables } from '../support/schema-operations';
import { serverRequire } from '../support/server-deps';
import { type ServerProcess, startServerProcess } from '../support/server-process';
import { type Subscriber, subscribeChanges } from '../support/subscriber';

const { createClient } = serverRequire('graphql-ws');
const WebSocket = serverRequire('ws');
const SESSION_COOKIE = 'sd_session';

let cluster: PostgresCluster;
let db: string;
let server: ServerProcess;
let watcher: Subscriber;

beforeAll(async () => {
  cluster = await startPostgresCluster('fault-auth');
  await cluster.createDatabase('auth');
  db = cluster.urlFor('auth');
  server = await startServerProcess(serverEnv(db));
  watcher = await subscribeChanges(server.url, await login(server.url));
});

afterAll(async () => {
  await watcher?.close();
  await server?.stop('SIGKILL');
  await cluster?.destroy();
});

const adminOperations = (kinds?: Operation['kind'][]) =>
  operations(kinds).filter((op) => !PUBLIC_OPERATIONS.has(op.name));

/** A genuine token with one character of its signature changed. */
function tampered(token: string): string {
  const at = token.length - 5;
  return `${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
}

async function expiredToken(): Promise<string> {
  const token = await login(server.url);
  const updated = await query(
    db,
    "update admin_session set expires_at = now() - interval '1 second' where id = $1 returning id",
    [token.slice(0, token.lastIndexOf('.'))],
  );
  expect(updated).toHaveLength(1);
  return token;
}

/** How a request presents its credentials, over HTTP headers or a graphql-ws connection. */
interface Credentials {
  headers: Record<string, string>;
  connectionParams?: Record<string, string>;
}
const bearer = (token: string): Credentials => ({
  headers: { authorization: `Bearer ${token}` },
  connectionParams: { authorization: `Bearer ${token}` },
});
// The SPA's cookie, sent from the server's own Origin, which is when a WebSocket may use it.
const cookie = (token: string): Credentials => ({
  headers: { cookie: `${SESSION_COOKIE}=${token}`, origin: server.url },
});

const CASES: [string, () => Promise<Credentials>][] = [
  ['no session', async () => ({ headers: {} })],
  ['an expired session (bearer)', async () => bearer(await expiredToken())],
  ['an expired session (cookie)', async () => cookie(await expiredToken())],
  ['a tampered bearer token', async () => bearer(tampered(await login(server.url)))],
  ['a tampered cookie', async () => cookie(tampered(await login(server.url)))],
  [
    'a token naming another session',
    async () => bearer(`${crypto.randomUUID()}.${(await login(server.url)).split('.')[1]}`),
  ],
];

/** The first error code an operation got over graphql-ws, or the close code of a refused connection. */
async function overWebSocket(operation: Operation, credentials: Credentials): Promise<string> {
  const client = createClient({
    url: `${server.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols: string[]) {
        super(address, protocols, { headers: credentials.headers });
      }
    },
    connectionParams: credentials.connectionParams ?? {},
    retryAttempts: 0,
  });
  try {
    return await new Promise<string>((resolve) => {
      client.subscribe(
        { query: operation.query, variables: sampleVariables(operation) },
        {
          next: (message: { errors?: { extensions?: { code?: string } }[] }) =>
            resolve(message.errors?.[0]?.extensions?.code ?? 'DATA'),
          error: (error: { code?: number } | { extensions?: { code?: string } }[]) =>
            resolve(
              Array.isArray(error) ? String(error[0]?.extensions?.code) : `close ${(error as { code?: number }).code}`,
            ),
          complete: () => resolve('COMPLETE'),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

describe('every admin operation, derived from schema.graphql, is refused', () => {
  it('covers queries, mutations and the subscription', () => {
    const names = adminOperations().map((op) => op.name);
    expect(names).toEqual(
      expect.arrayContaining(['serviceRequests', 'quote', 'refund', 'logout', 'serviceRequestChanged']),
    );
    expect(names).not.toContain('login');
  });

  it.each(CASES)('over HTTP with %s', async (_label, credentials) => {
    const { headers } = await credentials();
    for (const operation of adminOperations(['query', 'mutation'])) {
      const answer = await postGraphql(
        server.url,
        { query: operation.query, variables: sampleVariables(operation) },
        headers,
      );
      expect(`${operation.name}: ${answer.body?.errors?.[0]?.extensions?.['code']}`).toBe(
        `${operation.name}: UNAUTHENTICATED`,
      );
      expect(answer.body?.data?.[operation.name] ?? null).toBeNull();
    }
  });

  it.each(CASES)('over WebSocket with %s: the connection is refused', async (_label, credentials) => {
    const given = await credentials();
    for (const operation of adminOperations()) {
      expect(`${operation.name}: ${await overWebSocket(operation, given)}`).toBe(`${operation.name}: close 4403`);
    }
  });

  it('on an open WebSocket once its session has expired or logged out', async () => {
    for (const end of ['expire', 'logout'] as const) {
      const token = await login(server.url);
      const connected = bearer(token);
      const probe = adminOperations(['query']).find((op) => op.name === 'statusCounts')!;
      const client = createClient({
        url: `${server.url.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: connected.connectionParams,
        retryAttempts: 0,
        lazy: false, // one socket throughout: the session ends while it is open
      });
      const run = () =>
        new Promise<string>((resolve) =>
          client.subscribe(
            { query: probe.query },
            {
              next: (m: { errors?: { extensions?: { code?: string } }[] }) =>
                resolve(m.errors?.[0]?.extensions?.code ?? 'DATA'),
              error: (e: { code?: number; reason?: string }) => resolve(`close ${e.code} ${e.reason}`),
              complete: () => undefined,
            },
          ),
        );
      try {
        expect(await run()).toBe('DATA');
        if (end === 'expire') {
          await query(db, "update admin_session set expires_at = now() - interval '1 second' where id = $1", [
            token.split('.')[0],
          ]);
        } else {
          await postGraphql(server.url, { query: 'mutation { logout }' }, connected.headers);
        }
        // An expiry moved in the table behind the server's back is caught by the operation's own
        // check; a logout closes the socket (fault/sessions.test.ts).
        const refused = end === 'expire' ? 'UNAUTHENTICATED' : 'close 4403 session revoked';
        expect(`${end}: ${await run()}`).toBe(`${end}: ${refused}`);
      } finally {
        await client.dispose();
      }
    }
  });

  it('and nothing was changed by any of it', async () => {
    expect(await count(db, 'service_request')).toBe(0);
    expect(await count(db, 'webhook_event')).toBe(0);
    expect(watcher.changes).toEqual([]);
  });
});
