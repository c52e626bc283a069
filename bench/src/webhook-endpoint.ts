import { createServer } from 'node:http';

import { eventLoopRoute } from './event-loop';

/** How a delivery is answered: 200 says `{"received":true}`; another status says `text`, which the bench reports among its errors. */
export interface Answer {
  status: number;
  text?: string;
}

/**
 * The webhook endpoint of a bench server (the baseline, the peers) on PORT, the same wrapper for
 * each so that the figures compare what is behind it: every request's raw body and signature header
 * go to `answer`; the event-loop route sits beside it. SIGTERM closes the server, then `close`.
 */
export function serveWebhooks(
  answer: (body: Buffer, signature: string | undefined) => Promise<Answer>,
  close: () => Promise<unknown>,
): void {
  const eventLoop = eventLoopRoute();
  const server = createServer((req, res) => {
    if (eventLoop(req, res)) return;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void answer(Buffer.concat(chunks), req.headers['stripe-signature'] as string | undefined)
        .catch((error: unknown): Answer => ({
          status: 500,
          text: error instanceof Error ? error.message : String(error),
        }))
        .then(({ status, text }) => {
          if (status === 200) res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
          else res.writeHead(status).end(text);
        });
    });
  });
  server.listen(Number(process.env['PORT']), '127.0.0.1', () => console.log('listening'));
  process.once('SIGTERM', () => server.close(() => void close()));
}
