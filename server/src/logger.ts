import pino, { type DestinationStream, type Logger } from 'pino';

import { currentRequestId } from './observability/request-context';

/** Structured JSON logs: every line written while serving a request carries its id; secrets never appear. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      mixin: () => {
        const reqId = currentRequestId();
        return reqId ? { reqId } : {};
      },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["stripe-signature"]',
          'res.headers["set-cookie"]',
          '*.password',
          '*.token',
          'password',
          'token',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
