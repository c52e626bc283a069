import { createHash } from 'node:crypto';

import { StripeError } from './errors';
import type { IdempotentResult, Store } from './store';

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
 * Stripe's idempotency keys: the first result of a key (per API key) is saved, a retry with the
 * same parameters gets it replayed, one with other parameters is refused. Errors found before
 * anything changed are not saved (a retry may well succeed); a card declined after the request
 * began (a `recorded` error) is, as Stripe does, so a retry never charges again.
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
      if (saved.error) {
        const e = saved.error;
        throw new StripeError(e.status, e.type, e.message, e.code, undefined, e.extra, true);
      }
      return { body: saved.body, replayed: true };
    }
    let body: unknown;
    try {
      body = work();
    } catch (error) {
      if (error instanceof StripeError && error.recorded) {
        const { status, type, message, code, extra } = error;
        this.save(id, { fingerprint: requestFingerprint, body: null, error: { status, type, message, code, extra } });
      }
      throw error;
    }
    this.save(id, { fingerprint: requestFingerprint, body });
    return { body, replayed: false };
  }

  private save(id: string, result: Omit<IdempotentResult, 'createdAt'>): void {
    this.forgetExpired();
    this.store.idempotency[id] = { ...result, createdAt: Date.now() };
    this.store.changed();
  }

  private forgetExpired(): void {
    const cutoff = Date.now() - KEY_LIFETIME_MS;
    for (const [id, saved] of Object.entries(this.store.idempotency))
      if (saved.createdAt <= cutoff) delete this.store.idempotency[id];
  }
}
