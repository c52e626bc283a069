import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { login, postGraphql, serverEnv } from '../support/admin-api';
import { query } from '../support/db';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster';
import { serverRequire } from '../support/server-deps';
import { gql, type ServerProcess, startServerProcess } from '../support/server-process';
import { untilSubscribed } from '../support/subscriber';

const { createClient } = serverRequire('graphql-ws');
const WebSocket = serverRequire('ws');

/** The lifetime of sessions signed in through `short`, the second server. */
const SHORT_LIFETIME_MS = 4_000;
const LISTENER = 'service-desk live listener';

let cluster: PostgresCluster;
let db: string;
/** Two processes on one database: subscriptions live on `a`; `short` signs sessions in for 4 s. */
let a: ServerProcess;
let short: ServerProcess;
/** A session that stays live throughout: it makes the changes and watches them too. */
let other: string;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  cluster = await startPostgresCluster('fault-sessions');
  await cluster.createDatabase('sessions');
  db = cluster.urlFor('sessions');
  [a, short] = await Promise.all([
    startServerProcess(serverEnv(db)),
    startServerProcess({ ...serverEnv(db), SESSION_LIFETIME: `${SHORT_LIFETIME_MS}ms` }),
  ]);
  other = await login(a.url);
});

afterAll(async () => {
  await Promise.all(cleanups.map((cleanup) => cleanup()));
  await Promise.all([a?.stop('SIGKILL'), short?.stop('SIGKILL')]);
  await cluster?.destroy();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Watcher {
  /** The id of each request whose change arrived, with when it arrived. */
  readonly received: { id: string; at: number }[];
  /** Resolves when the socket closes, with its code and when. */
  readonly closed: Promise<{ code: number; at: number }>;
  sees(id: string, timeoutMs?: number): Promise<void>;
}

/** The SPA's subscription to every change on `server`, as the admin of `token`; live once resolved. */
async function watch(server: ServerProcess, token: string): Promise<Watcher> {
  const received: { id: string; at: number }[] = [];
  let onClosed!: (closed: { code: number; at: number }) => void;
  const closed = new Promise<{ code: number; at: number }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${server.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined, // the close is what the cases look at
    on: { closed: (event: { code: number }) => onClosed({ code: event.code, at: Date.now() }) },
  });
  cleanups.push(() => client.dispose());
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    void closed.then(({ code }) => reject(new Error(`closed with ${code} before connecting`)));
  });
  client.subscribe(
    { query: 'subscription { serviceRequestChanged { serviceRequest { id } } }' },
    {
      next: (message: { data?: { serviceRequestChanged: { serviceRequest: { id: string } } } }) => {
        const id = message.data?.serviceRequestChanged.serviceRequest.id;
        if (id) received.push({ id, at: Date.now() });
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  await untilSubscribed(client);
  return {
    received,
    closed,
    async sees(id, timeoutMs = 10_000) {
      for (const deadline = Date.now() + timeoutMs; !received.some((r) => r.id === id); await sleep(50)) {
        if (Date.now() > deadline) throw new Error(`no change of ${id} after ${timeoutMs} ms`);
      }
    },
  };
}

/** How the watcher's socket closed, or code 0 when it was still open after `ms`. */
const closedWithin = (watcher: Watcher, ms: number) =>
  Promise.race([watcher.closed, sleep(ms).then(() => ({ code: 0, at: Date.now() }))]);

/** A change, made through `server` by the session that stays live: a new request. */
async function change(server: ServerProcess): Promise<string> {
  const { createServiceRequest } = await gql<{ createServiceRequest: { id: string } }>(
    server.url,
    'mutation { createServiceRequest(input: { customerName: "Watched", customerEmail: "watched@example.com", description: "x" }) { id } }',
    {},
    other,
  );
  return createServiceRequest.id;
}

async function logout(server: ServerProcess, token: string): Promise<void> {
  const answer = await postGraphql(server.url, { query: 'mutation { logout }' }, { authorization: `Bearer ${token}` });
  expect(answer.body?.data).toEqual({ logout: true });
}

describe('a subscription ends with its session, on every server process', () => {
  it('logout through another process: no message after its response, then a close with 4403', async () => {
    const token = await login(a.url);
    const ended = await watch(a, token);
    // Same admin and operation: the two share each execution, and only the ended one stops getting it.
    const live = await watch(a, other);
    const before = await change(short);
    await Promise.all([ended.sees(before), live.sees(before)]);

    await logout(short, token);
    const loggedOut = Date.now();
    const after = await Promise.all(Array.from({ length: 5 }, () => change(short)));

    await Promise.all(after.map((id) => live.sees(id)));
    const { code, at } = await closedWithin(ended, 2_000);
    expect(code).toBe(4403);
    expect(at - loggedOut).toBeLessThan(2_000);
    expect(ended.received.filter((r) => r.at >= loggedOut)).toEqual([]);
    expect(ended.received.map((r) => r.id)).toEqual([before]);
  });

  it('a session that expires: its socket closes at the expiry with 4403 and gets nothing after it', async () => {
    const token = await login(short.url);
    const [session] = await query<{ expires_at: Date }>(db, 'select expires_at from admin_session where id = $1', [
      token.split('.')[0],
    ]);
    const expiresAt = session!.expires_at;
    expect(expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(SHORT_LIFETIME_MS);
    const ended = await watch(a, token);
    const live = await watch(a, other);
    const before = await change(a);
    await ended.sees(before);

    // Changes every 200 ms across the expiry.
    const madeAfter: string[] = [];
    while (Date.now() < expiresAt.getTime() + 1_000) {
      const started = Date.now();
      const id = await change(a);
      if (started > expiresAt.getTime()) madeAfter.push(id);
      await sleep(200);
    }
    const { code, at } = await closedWithin(ended, 2_000);
    expect(code).toBe(4403);
    expect(at).toBeGreaterThanOrEqual(expiresAt.getTime());
    expect(at - expiresAt.getTime()).toBeLessThan(1_000);
    await Promise.all(madeAfter.map((id) => live.sees(id)));
    expect(madeAfter.length).toBeGreaterThan(2);
    expect(ended.received.filter((r) => madeAfter.includes(r.id))).toEqual([]);
  });

  it('a logout missed while the listener was reconnecting: the socket is closed before the missed changes go out', async () => {
    const token = await login(a.url);
    const ended = await watch(a, token);
    const live = await watch(a, other);
    const before = await change(a);
    await ended.sees(before);

    // The listeners reconnect a second after losing their connection: the logout and a change
    // commit while nobody listens, and reach `a` only through its re-check and catch-up.
    await query(db, 'select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [LISTENER]);
    await logout(short, token);
    const missed = await change(short);

    await live.sees(missed);
    expect((await closedWithin(ended, 5_000)).code).toBe(4403);
    expect(ended.received.map((r) => r.id)).toEqual([before]);
  });
});
