/**
 * A child process holding some of the fan-out's subscribers (so their parsing does not delay the
 * posting process): `count` graphql-ws clients on the SPA's own subscription. Reports each message's
 * request id and arrival time (ms since the epoch, comparable across processes) over IPC, and at
 * the end its own event-loop delay, which says whether a late message was the server's or ours.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

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
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();

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
    const ms = (ns: number) => ns / 1e6;
    parentPort?.postMessage({
      type: 'event-loop',
      delay: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max) },
    });
    void Promise.all(clients.map((c) => c.dispose())).then(() => process.exit(0));
  }
});
