import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

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
