import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

import type { RequestHandler } from 'express';

const context = new AsyncLocalStorage<{ requestId: string }>();

/** The id of the HTTP request being served, for every log line written while serving it. */
export const currentRequestId = (): string | undefined => context.getStore()?.requestId;

/** Takes the caller's `X-Request-Id` (a proxy's) when sane, else makes one; echoes it back. */
export const requestContext: RequestHandler = (req, res, next) => {
  const given = req.header('x-request-id');
  const requestId = given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  context.run({ requestId }, next);
};
