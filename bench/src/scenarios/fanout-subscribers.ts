/**
 * A child process holding the fan-out's subscribers (so their parsing does not delay the posting
 * process): `count` graphql-ws clients on the SPA's own subscription. Reports each message's
 * request id and arrival time (ms since the epoch, comparable across processes) over IPC.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const { url, token, count, query } = JSON.parse(process.argv[2] as string) as {
  url: string;
  token: string;
  count: number;
  query: string;
};
const parentPort = { postMessage: (message: unknown) => process.send?.(message), on: process.on.bind(process) };
const now = () => performance.timeOrigin + performance.now();

let batch: [string, number][] = [];
setInterval(() => {
  if (batch.length === 0) return;
  parentPort?.postMessage({ type: 'messages', batch });
  batch = [];
}, 20);

const clients = Array.from({ length: count }, () =>
  createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: { authorization: `Bearer ${token}` },
  }),
);
let connected = 0;
for (const client of clients) {
  client.on('connected', () => {
    if (++connected === count) parentPort?.postMessage({ type: 'connected' });
  });
  client.subscribe<{ serviceRequestChanged: { serviceRequest: { id: string } } }>(
    { query },
    {
      next: (message) => {
        const id = message.data?.serviceRequestChanged.serviceRequest.id;
        if (id) batch.push([id, now()]);
      },
      error: (error) => parentPort?.postMessage({ type: 'error', message: String((error as Error).message ?? error) }),
      complete: () => undefined,
    },
  );
}
parentPort?.on('message', (message: { type: string }) => {
  if (message.type === 'close') {
    void Promise.all(clients.map((c) => c.dispose())).then(() => process.exit(0));
  }
});
