import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { LISTENER_APPLICATION_NAME } from '../live/listener';
import type { TestServer } from './test-server';

/** A graphql-ws client of the test server (dispose it after the test). */
export function wsClient(
  server: TestServer,
  options: { token?: string; headers?: Record<string, string> } = {},
): Client {
  return createClient({
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
  });
}

/** Collects what a subscription delivers; `next(n)` waits until n messages arrived. */
export function subscribe(c: Client, query: string, variables: Record<string, unknown> = {}) {
  const received: any[] = [];
  const errors: unknown[] = [];
  let wake: () => void = () => undefined;
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
