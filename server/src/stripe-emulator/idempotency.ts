import { createHash } from 'node:crypto';

import { StripeError } from './errors';
import type { Store } from './store';

/** Stripe keeps a key's result for at least 24 hours. */
const KEY_LIFETIME_MS = 24 * 60 * 60_000;

/** Key order does not change a request's meaning. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

export function fingerprint(method: string, path: string, params: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([method, path, canonical(params)]))
    .digest('hex');
}

export interface Outcome {
  body: unknown;
  replayed: boolean;
}

/**
 * Stripe's idempotency keys: the first successful result of a key (per API key) is saved, a retry
 * with the same parameters gets it replayed, one with other parameters is refused. Errors are not
 * saved: every error here is found before anything changed, so a retry may well succeed.
 */
export class Idempotency {
  constructor(private readonly store: Store) {}

  run(apiKey: string, key: string | undefined, requestFingerprint: string, work: () => unknown): Outcome {
    if (key === undefined) return { body: work(), replayed: false };
    if (key.length > 255)
      throw new StripeError(
        400,
        'invalid_request_error',
        'Idempotency keys may be at most 255 characters long.',
        undefined,
        'Idempotency-Key',
      );
    const id = createHash('sha256').update(`${apiKey}\n${key}`).digest('hex');
    const saved = this.store.idempotency[id];
    if (saved && saved.createdAt > Date.now() - KEY_LIFETIME_MS) {
      if (saved.fingerprint !== requestFingerprint) {
        throw new StripeError(
          400,
          'idempotency_error',
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        );
      }
      return { body: saved.body, replayed: true };
    }
    const body = work();
    this.forgetExpired();
    this.store.idempotency[id] = { fingerprint: requestFingerprint, body, createdAt: Date.now() };
    this.store.changed();
    return { body, replayed: false };
  }

  private forgetExpired(): void {
    const cutoff = Date.now() - KEY_LIFETIME_MS;
    for (const [id, saved] of Object.entries(this.store.idempotency))
      if (saved.createdAt <= cutoff) delete this.store.idempotency[id];
  }
}
