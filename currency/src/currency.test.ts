import { describe, expect, it } from 'vitest';

import {
  amountLimitsProblem,
  amountProblem,
  currencyDecimals,
  formatAmount,
  isKnownCurrency,
  minimumAmount,
} from './index';

describe('currency rules (Stripe)', () => {
  it.each([
    ['usd', 2],
    ['jpy', 0],
    ['krw', 0],
    ['ugx', 0],
    ['kwd', 3],
    ['bhd', 3],
    ['eur', 2],
  ] as const)('%s has %i decimals', (currency, digits) => {
    expect(currencyDecimals(currency)).toBe(digits);
  });

  it('knows ISO codes and refuses non-money ones', () => {
    expect(isKnownCurrency('usd')).toBe(true);
    expect(isKnownCurrency('xof')).toBe(true);
    expect(isKnownCurrency('xxx')).toBe(false);
    expect(isKnownCurrency('xau')).toBe(false);
    expect(isKnownCurrency('abc')).toBe(false);
    expect(isKnownCurrency('USD')).toBe(false);
  });

  it.each([
    [49, 'usd', 'must be at least $0.50'],
    [50, 'usd', undefined],
    [29, 'gbp', 'must be at least £0.30'],
    [49, 'jpy', 'must be at least ¥50'],
    [50, 'jpy', undefined],
    [1234, 'kwd', 'KWD amounts must end in 0 (Stripe rounds to two of its three decimals)'],
    [1230, 'kwd', undefined],
    [150, 'isk', 'ISK amounts must be whole units (a multiple of 100)'],
    [100_000_000, 'usd', 'must be at most $999,999.99'],
    [10.5, 'usd', 'must be a whole number of the smallest currency unit'],
    [100, 'zzz', 'ZZZ is not an ISO 4217 currency Stripe can charge'],
  ])('%d %s → %s', (amount, currency, problem) => {
    expect(amountProblem(amount, currency)).toBe(problem);
  });

  it.each([
    [1, 'usd', undefined],
    [0, 'jpy', undefined],
    [99_999_999, 'usd', undefined],
    [100_000_000, 'usd', 'must be at most $999,999.99'],
    [1_005, 'kwd', 'KWD amounts must end in 0 (Stripe rounds to two of its three decimals)'],
    [150, 'isk', 'ISK amounts must be whole units (a multiple of 100)'],
    [0.5, 'usd', 'must be a whole number of the smallest currency unit'],
  ])('as part of a charge (refund, capture, unit amount): %d %s → %s', (amount, currency, problem) => {
    expect(amountLimitsProblem(amount, currency)).toBe(problem);
  });

  it('uses 1 as the floor where Stripe states no fixed minimum', () => {
    expect(minimumAmount('idr')).toBe(1);
  });

  it('formats in the smallest unit of each currency', () => {
    expect(formatAmount(12_550, 'usd')).toBe('$125.50');
    expect(formatAmount(500, 'jpy')).toBe('¥500');
    expect(formatAmount(12_340, 'kwd')).toBe('KWD\u00a012.340');
  });
});
