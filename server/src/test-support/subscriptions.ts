import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { LISTENER_APPLICATION_NAME } from '../live/listener';
import type { TestServer } from './test-server';

/** Each client's subscription ids, numbered in the order `subscribe` was called. */
const subscriptionCounts = new WeakMap<Client, { made: number }>();

/** A graphql-ws client of the test server (dispose it after the test). */
export function wsClient(
  server: TestServer,
  options: { token?: string; headers?: Record<string, string> } = {},
): Client {
  const count = { made: 0 };
  const client = createClient({
    url: `${server.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols: string[]) {
        super(address, protocols, { headers: options.headers ?? {} });
      }
    },
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
    generateID: () => String(++count.made),
  });
  subscriptionCounts.set(client, count);
  return client;
}

/**
 * Collects what a subscription delivers; `next(n)` waits until n messages arrived, `listening` until
 * the server says the subscription hears every change from now on.
 */
export function subscribe(c: Client, query: string, variables: Record<string, unknown> = {}) {
  const received: any[] = [];
  const errors: unknown[] = [];
  let wake: () => void = () => undefined;
  const id = String((subscriptionCounts.get(c) as { made: number }).made + 1);
  const listening = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`subscription ${id} not confirmed within 20 s`)), 20_000);
    const off = c.on('pong', (received, payload) => {
      if (!received || (payload as { subscribed?: unknown } | undefined)?.subscribed !== id) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
  listening.catch(() => undefined); // awaited by the tests that need it
  c.subscribe(
    { query, variables },
    {
      next: (value) => {
        received.push(value);
        wake();
      },
      error: (error) => {
        errors.push(error);
        wake();
      },
      complete: () => undefined,
    },
  );
  return {
    received,
    errors,
    listening,
    async next(count: number, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count && errors.length === 0 && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 50);
        });
      }
      return received;
    },
  };
}

/** The live listeners on the server's database: one per replica, unless cut. */
export async function liveListeners(server: TestServer): Promise<number> {
  const [row] = await server.orm.em
    .getConnection()
    .execute<{ n: number }[]>(
      'select count(*)::int as n from pg_stat_activity where application_name = ? and datname = current_database()',
      [LISTENER_APPLICATION_NAME],
    );
  return row!.n;
}

/**
 * Ends every live listener's connection on the server's database, as a network blip or a restart
 * of PostgreSQL would; returns once none is left (each reconnects a second later).
 */
export async function cutLiveListeners(server: TestServer): Promise<void> {
  await server.orm.em
    .getConnection()
    .execute(
      'select pg_terminate_backend(pid) from pg_stat_activity where application_name = ? and datname = current_database()',
      [LISTENER_APPLICATION_NAME],
    );
  while ((await liveListeners(server)) > 0); // termination takes effect a moment later
}
