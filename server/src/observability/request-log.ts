import type { RequestHandler } from 'express';
import type { Logger, SerializedRequest } from 'pino';
import { pinoHttp } from 'pino-http';

import { currentRequestId } from './request-context';

/**
 * A customer's pay token is a bearer secret (whoever has it can pay, and see the request's
 * description): what follows any `/pay/` is replaced, wherever it appears in a URL. Express routes
 * ignore case, so `/PAY/…` reaches the page too.
 */
const PAY_TOKEN = /(\/pay\/)[^/?#&\s]+/gi;

export const redactPayToken = (url: string): string => url.replace(PAY_TOKEN, '$1[token]');

/** The request as logged: `/pay/[token]/done`, never the token, in the URL or a Referer. */
function serializeRequest(req: SerializedRequest): SerializedRequest {
  req.url = redactPayToken(req.url);
  const referer = req.headers['referer'];
  // `headers` is the live request's own object: replaced, never edited.
  if (typeof referer === 'string') req.headers = { ...req.headers, referer: redactPayToken(referer) };
  return req;
}

/**
 * One JSON line per request (health and metrics probes left out), with the request's id; at
 * `error` for a 5xx, which a server at LOG_LEVEL=warn (the fault suite's) still reports.
 */
export function requestLog(log: Logger): RequestHandler {
  return pinoHttp({
    logger: log,
    genReqId: (req) => currentRequestId() ?? String(req.id),
    autoLogging: { ignore: (req) => ['/healthz', '/readyz', '/metrics'].includes(req.url ?? '') },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
    serializers: { req: serializeRequest },
  });
}
