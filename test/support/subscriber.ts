import { serverRequire } from './server-deps';

const { createClient } = serverRequire('graphql-ws');
const WebSocket = serverRequire('ws');

export interface Change {
  id: string;
  previousStatus: string | null;
  status: string;
  source: string;
}

export interface Subscriber {
  /** Every change received so far, in order. */
  readonly changes: Change[];
  readonly errors: unknown[];
  /** Changes of one request. */
  of(id: string): Change[];
  /** Waits until `done(changes)` holds, or throws after `timeoutMs`. */
  until(done: (changes: Change[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Resolves when the server says (a graphql-ws pong carrying a subscription's id) that a subscription
 * of `client` hears every change from then on; rejects if the socket closes first.
 */
export function untilSubscribed(client: {
  on(event: 'pong', listener: (received: boolean, payload?: { subscribed?: string }) => void): () => void;
  on(event: 'closed', listener: (event: { code?: number }) => void): () => void;
}): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const offPong = client.on('pong', (received, payload) => {
      if (!received || payload?.subscribed === undefined) return;
      offPong();
      offClosed();
      resolve();
    });
    const offClosed = client.on('closed', (event) => reject(new Error(`subscription closed: ${event.code}`)));
  });
}

/**
 * An admin watching `serviceRequestChanged` (every request) over graphql-ws, as the SPA does;
 * resolves once the subscription is live on the server.
 */
export async function subscribeChanges(url: string, token: string): Promise<Subscriber> {
  const changes: Change[] = [];
  const errors: unknown[] = [];
  const client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  client.subscribe(
    {
      query: 'subscription { serviceRequestChanged { previousStatus status source serviceRequest { id } } }',
    },
    {
      next: (message: { data?: { serviceRequestChanged: any }; errors?: unknown[] }) => {
        if (message.errors) errors.push(...message.errors);
        const change = message.data?.serviceRequestChanged;
        if (change) {
          const { serviceRequest, ...rest } = change;
          changes.push({ id: serviceRequest.id, ...rest });
        }
      },
      error: (error: unknown) => errors.push(error),
      complete: () => undefined,
    },
  );
  await untilSubscribed(client);
  const until = async (done: (c: Change[]) => boolean, timeoutMs = 15_000) => {
    for (const deadline = Date.now() + timeoutMs; !done(changes);) {
      if (Date.now() > deadline)
        throw new Error(`subscriber: condition not met after ${timeoutMs} ms (${changes.length} changes)`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return {
    changes,
    errors,
    of: (id) => changes.filter((c) => c.id === id),
    until,
    close: () => client.dispose(),
  };
}
