import { createHash } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

import { RateLimitedError } from '../common/errors';

export interface RateLimits {
  login: LoginLimits;
  /** Public service requests per client address. */
  requestService: RateLimiterPostgres;
  /** The public account links per client address: accepting an invitation, asking for and making a password reset. */
  accountLinks: RateLimiterPostgres;
  /**
   * "We received your request" mails per customer address: the public form must not let anyone
   * mail-bomb an address (past the limit, the request is still made, without the mail).
   */
  requestReceivedMail: RateLimiterPostgres;
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
  return {
    login: new LoginLimits(em),
    requestService: sharedLimiter(em, 'request-service', 10, 60 * 60),
    accountLinks: sharedLimiter(em, 'account-links', 20, 60 * 60),
    requestReceivedMail: sharedLimiter(em, 'request-received-mail', 3, 24 * 60 * 60),
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

/** Spends one point of `key`, or throws RATE_LIMITED naming the limiter when it has none left. */
export async function consume(limiter: RateLimiterPostgres, key: string): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(storedKey(key));
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      throw new RateLimitedError(Math.ceil(rejection.msBeforeNext / 1000), limiter.keyPrefix);
    }
    throw rejection;
  }
}

/** Spends one point of `key`, or answers false (spending nothing) when none is left: for what is skipped rather than refused. */
export async function spend(limiter: RateLimiterPostgres, key: string): Promise<boolean> {
  try {
    await consume(limiter, key);
    return true;
  } catch (error) {
    if (error instanceof RateLimitedError) return false;
    throw error;
  }
}

/** Failures an account may have, from anywhere, before its sign-ins slow down; and the slowest they get. */
const FREE_ACCOUNT_FAILURES = 5;
export const MAX_LOGIN_DELAY_MS = 2_000;

/** The wait before an account's next password check: doubling from 125 ms, at most 2 s. */
export const loginDelayMs = (accountFailures: number): number =>
  accountFailures < FREE_ACCOUNT_FAILURES
    ? 0
    : Math.min(MAX_LOGIN_DELAY_MS, 125 * 2 ** (accountFailures - FREE_ACCOUNT_FAILURES));

const pair = (account: string, address: string) => `${account} ${address}`;

/**
 * Sign-in protection that slows attackers and never locks the owner out (rate-limiter-flexible's
 * "login endpoint protection"): failures are limited per client address (only time clears them)
 * and per (account, address) (the owner's success from that address clears it), so guessing from
 * one address stops while the right password from any other still works. An account attacked from
 * many addresses is slowed, never refused: each attempt waits up to 2 s before its password is
 * checked.
 */
export class LoginLimits {
  private readonly perAddress: RateLimiterPostgres;
  private readonly perAccountAddress: RateLimiterPostgres;
  /** Never refuses (no attacker gets near 2³¹ failures in an hour): it only counts, for the delay. */
  private readonly perAccount: RateLimiterPostgres;

  constructor(em: EntityManager) {
    this.perAddress = sharedLimiter(em, 'login-address', 100, 24 * 3600);
    this.perAccountAddress = sharedLimiter(em, 'login-account-address', 10, 3600);
    this.perAccount = sharedLimiter(em, 'login-account', 2 ** 31 - 1, 3600);
  }

  /**
   * Charges an attempt as a failure before its password is checked, so that concurrent guesses
   * cannot all pass a check made before any of them was counted; returns how long the attempt
   * must wait before its password is checked (the account's delay). The caller waits on a timer:
   * no database connection or transaction is held through it.
   */
  async admit(account: string, address: string): Promise<number> {
    await consume(this.perAddress, address);
    await consume(this.perAccountAddress, pair(account, address));
    const { consumedPoints } = await consume(this.perAccount, account);
    return loginDelayMs(consumedPoints - 1);
  }

  /** The password was right: the attempt was no failure, and this address starts afresh with this account. */
  async succeeded(account: string, address: string): Promise<void> {
    await Promise.all([
      this.perAddress.reward(storedKey(address), 1),
      this.perAccountAddress.delete(storedKey(pair(account, address))),
      this.perAccount.reward(storedKey(account), 1),
    ]);
  }
}
