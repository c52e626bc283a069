import { createHash } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

import { RateLimitedError } from '../common/errors';

export interface RateLimits {
  /** Failed sign-ins per client address and per account. */
  login: RateLimiterPostgres;
  loginPerEmail: RateLimiterPostgres;
  /** Public service requests per client address. */
  requestService: RateLimiterPostgres;
}

/** `points` per `duration` seconds, counted in PostgreSQL so that the limit holds across every replica. */
export function sharedLimiter(em: EntityManager, keyPrefix: string, points: number, duration: number) {
  return new RateLimiterPostgres({
    storeClient: em.getConnection().getKnex(),
    storeType: 'knex',
    tableName: 'rate_limit_counter',
    tableCreated: true, // by the migrations
    keyPrefix,
    points,
    duration,
    clearExpiredByTimeout: false,
  });
}

export function createRateLimits(em: EntityManager): RateLimits {
  const store = (keyPrefix: string, points: number, duration: number) => sharedLimiter(em, keyPrefix, points, duration);
  return {
    login: store('login-ip', 10, 15 * 60),
    loginPerEmail: store('login-email', 10, 15 * 60),
    requestService: store('request-service', 10, 60 * 60),
  };
}

/**
 * The customer's return from Stripe (`/pay/:token/done`): visits per client address, and Stripe
 * look-ups per pay token (keyed by its hash), so that nobody can spend the account's Stripe rate
 * limit through it.
 */
export interface PayReturnLimits {
  perAddress: RateLimiterPostgres;
  stripePerToken: RateLimiterPostgres;
}

export function createPayReturnLimits(em: EntityManager): PayReturnLimits {
  return {
    perAddress: sharedLimiter(em, 'pay-done-ip', 30, 60),
    stripePerToken: sharedLimiter(em, 'pay-done-stripe', 5, 60),
  };
}

/** The limiter's table keeps keys of up to 255 characters: a longer one (any email typed) is hashed. */
const storedKey = (key: string) => (key.length <= 200 ? key : createHash('sha256').update(key).digest('hex'));

/** Spends one point of `key`, or throws RATE_LIMITED when it has none left. */
export async function consume(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(storedKey(key));
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw new RateLimitedError(Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/** Is `key` out of points? Reads without spending, so that a failed attempt is charged only once. */
export async function refuseIfExhausted(limiter: RateLimiterPostgres, key: string): Promise<void> {
  const state = await limiter.get(storedKey(key));
  if (state && state.remainingPoints <= 0) throw new RateLimitedError(Math.ceil(state.msBeforeNext / 1000));
}
