import type { RequestHandler } from 'express';
import type { Logger, SerializedRequest } from 'pino';
import { pinoHttp } from 'pino-http';

import { redactUrlTokens } from '../common/url-tokens';
import { currentRequestId } from './request-context';

/**
 * The request as logged: `/pay/[token]/done`, `/invite/[token]`, never a token (whoever has it can
 * pay, join the team or set a password), in the URL or a Referer.
 */
function serializeRequest(req: SerializedRequest): SerializedRequest {
  req.url = redactUrlTokens(req.url);
  const referer = req.headers['referer'];
  // `headers` is the live request's own object: replaced, never edited.
  if (typeof referer === 'string') req.headers = { ...req.headers, referer: redactUrlTokens(referer) };
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
