import { describe, expect, it } from 'vitest';

import { currencyDecimals, formatAmount, parseAmount, parseRefundAmount, toHumanAmount } from './money';

describe('currencyDecimals', () => {
  it('follows Stripe: two by default, none for JPY and UGX, three for KWD, BHD, JOD, OMR, TND', () => {
    expect(currencyDecimals('usd')).toBe(2);
    expect(currencyDecimals('EUR')).toBe(2);
    expect(currencyDecimals('jpy')).toBe(0);
    expect(currencyDecimals('ugx')).toBe(0);
    for (const c of ['kwd', 'bhd', 'jod', 'omr', 'tnd']) expect(currencyDecimals(c)).toBe(3);
  });
});

describe('formatAmount', () => {
  it('formats the smallest unit with the currency’s own decimals', () => {
    expect(formatAmount(12500, 'usd')).toBe('$125.00');
    expect(formatAmount(5, 'usd')).toBe('$0.05');
    expect(formatAmount(500, 'jpy')).toBe('¥500');
    expect(formatAmount(12340, 'kwd')).toBe('KWD\u00a012.340');
    expect(formatAmount(123456789, 'eur')).toBe('€1,234,567.89');
  });
});

describe('toHumanAmount', () => {
  it('is what the quote form shows for a stored amount', () => {
    expect(toHumanAmount(12500, 'usd')).toBe('125.00');
    expect(toHumanAmount(7, 'usd')).toBe('0.07');
    expect(toHumanAmount(500, 'jpy')).toBe('500');
    expect(toHumanAmount(12340, 'kwd')).toBe('12.340');
  });
});

describe('parseAmount', () => {
  it('turns what a person types into the smallest unit without floating-point drift', () => {
    expect(parseAmount('125', 'usd')).toEqual({ ok: true, amount: 12500 });
    expect(parseAmount('125.5', 'usd')).toEqual({ ok: true, amount: 12550 });
    expect(parseAmount('1.29', 'usd')).toEqual({ ok: true, amount: 129 });
    expect(parseAmount('1,250.00', 'usd')).toEqual({ ok: true, amount: 125000 });
    expect(parseAmount(' $ 19.99 ', 'usd')).toEqual({ ok: true, amount: 1999 });
    expect(parseAmount('.5', 'eur')).toEqual({ ok: true, amount: 50 });
    expect(parseAmount('500', 'jpy')).toEqual({ ok: true, amount: 500 });
    expect(parseAmount('500.00', 'jpy')).toEqual({ ok: true, amount: 500 });
    expect(parseAmount('12.34', 'kwd')).toEqual({ ok: true, amount: 12340 });
  });

  it('refuses what Stripe would refuse, saying why', () => {
    expect(parseAmount('', 'usd')).toEqual({ ok: false, error: 'Enter an amount' });
    expect(parseAmount('abc', 'usd')).toMatchObject({ ok: false, error: 'Enter a number, like 125.00' });
    expect(parseAmount('1.2.3', 'usd')).toMatchObject({ ok: false });
    expect(parseAmount('12.345', 'usd')).toEqual({ ok: false, error: 'USD has at most 2 decimal places' });
    expect(parseAmount('500.5', 'jpy')).toEqual({ ok: false, error: 'JPY has no decimal places' });
    expect(parseAmount('12.345', 'kwd')).toMatchObject({ ok: false, error: expect.stringMatching(/must end in 0/) });
    expect(parseAmount('0', 'usd')).toEqual({ ok: false, error: 'The amount must be more than zero' });
    expect(parseAmount('-5', 'usd')).toMatchObject({ ok: false });
    expect(parseAmount('0.40', 'usd')).toEqual({ ok: false, error: 'The amount must be at least $0.50' });
    expect(parseAmount('1.50', 'isk')).toMatchObject({ ok: false, error: expect.stringMatching(/whole units/) });
    expect(parseAmount('1000000', 'usd')).toEqual({ ok: false, error: 'The amount must be at most $999,999.99' });
  });
});

describe('parseRefundAmount', () => {
  it('takes anything from the smallest unit up to what is left, whatever the minimum charge', () => {
    expect(parseRefundAmount('100', 'usd', 10000)).toEqual({ ok: true, amount: 10000 });
    expect(parseRefundAmount('0.01', 'usd', 10000)).toEqual({ ok: true, amount: 1 });
    expect(parseRefundAmount('1', 'jpy', 500)).toEqual({ ok: true, amount: 1 });
  });

  it('refuses more than is left, nothing, and what the currency cannot have', () => {
    expect(parseRefundAmount('100.01', 'usd', 10000)).toEqual({
      ok: false,
      error: 'At most $100.00 is left to refund on this payment',
    });
    expect(parseRefundAmount('501', 'jpy', 500)).toEqual({
      ok: false,
      error: 'At most ¥500 is left to refund on this payment',
    });
    expect(parseRefundAmount('0', 'usd', 10000)).toEqual({ ok: false, error: 'The amount must be more than zero' });
    expect(parseRefundAmount('0.001', 'usd', 10000)).toEqual({ ok: false, error: 'USD has at most 2 decimal places' });
    expect(parseRefundAmount('', 'usd', 10000)).toEqual({ ok: false, error: 'Enter an amount' });
  });
});
