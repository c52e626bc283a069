import { STATUS_CODES } from 'node:http';

import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';

import { currentRequestId } from '../observability/request-context';

/** What body-parser's refusals mean, in words a client can act on. */
const BODY_ERRORS: Record<string, string> = {
  'entity.parse.failed': 'malformed JSON body',
  'entity.too.large': 'the body is over 1 MiB',
  'encoding.unsupported': 'unsupported content encoding',
  'charset.unsupported': 'unsupported charset',
  'request.aborted': 'the request was aborted',
  'request.size.invalid': 'the body does not match its Content-Length',
};

const GRAPHQL_PATH = /^\/graphql(\/|$)/i;

/** The 4xx an error carries (body-parser's, http-errors'), or 500 for anything else. */
function statusOf(error: unknown): number {
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const code = typeof status === 'number' ? status : statusCode;
  return typeof code === 'number' && code >= 400 && code < 500 ? code : 500;
}

/**
 * The last handler: whatever reached it (a body that does not parse, a route that threw) answers a
 * short message and the request's id, in any `NODE_ENV` (Express's own handler sends the stack
 * trace outside production). `/graphql` answers in GraphQL's error shape. The id is the one every
 * log line of the request carries, so a 500 can be traced without showing its internals.
 */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    // Too late for an answer: Express ends the connection, and writes nothing of the error.
    if (res.headersSent) return next(error);
    const status = statusOf(error);
    const type = (error as { type?: unknown } | null)?.type;
    const message =
      status >= 500
        ? 'Internal server error'
        : ((typeof type === 'string' ? BODY_ERRORS[type] : undefined) ?? STATUS_CODES[status] ?? 'Bad request');
    const requestId = currentRequestId() ?? String(req.id);
    // `code`, as formatError's: the answer this line stands for (routes the request log leaves out too).
    if (status >= 500)
      log.error({ err: error, code: 'INTERNAL_SERVER_ERROR' }, 'unexpected error while serving a request');
    res.status(status).set('Cache-Control', 'no-store');
    if (GRAPHQL_PATH.test(req.path)) {
      const code = status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
      res.json({ errors: [{ message, extensions: { code, requestId } }] });
    } else {
      res.json({ error: message, requestId });
    }
  };
}
