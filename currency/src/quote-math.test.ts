import { describe, expect, it } from 'vitest';

import {
  depositOfPercent,
  formatPercentage,
  formatQuantity,
  lineAmount,
  lineTax,
  parsePercentage,
  parseQuantity,
  quoteTotals,
} from './quote-math';

describe('quote money', () => {
  it('keeps quantities exactly, to thousandths, and refuses more decimals, zero and negatives', () => {
    expect(parseQuantity(1.5)).toBe(1500);
    expect(parseQuantity(0.001)).toBe(1);
    expect(parseQuantity('2')).toBe(2000);
    expect(parseQuantity(1.0005)).toBeUndefined();
    expect(parseQuantity(0)).toBeUndefined();
    expect(parseQuantity(-1)).toBeUndefined();
    expect(parseQuantity(1e-7)).toBeUndefined();
    expect(formatQuantity(1500)).toBe('1.5');
    expect(formatQuantity(2000)).toBe('2');
    expect(formatQuantity(1)).toBe('0.001');
  });

  it('takes percentages with up to four decimals, above 0 and below 100', () => {
    expect(parsePercentage('8.875')).toBe(88_750);
    expect(parsePercentage('20')).toBe(200_000);
    expect(parsePercentage('0.0001')).toBe(1);
    expect(parsePercentage('8.87501')).toBeUndefined();
    expect(parsePercentage('0')).toBeUndefined();
    expect(parsePercentage('100')).toBeUndefined();
    expect(parsePercentage('-5')).toBeUndefined();
    expect(formatPercentage(88_750)).toBe('8.875');
    expect(formatPercentage(200_000)).toBe('20');
  });

  it('rounds tax per line, half up, as in Stripe’s worked example (15 % on $0.43 and $4.84)', () => {
    const rate = { percentage: 150_000, inclusive: false };
    const totals = quoteTotals(
      [
        { quantity: 1000, unitAmount: 43, tax: rate },
        { quantity: 1000, unitAmount: 484, tax: rate },
      ],
      'usd',
    );
    expect(totals).toEqual({
      lines: [
        { amount: 43, tax: 6 },
        { amount: 484, tax: 73 },
      ],
      subtotal: 527,
      taxAmount: 79,
      total: 606,
    });
  });

  it('takes an inclusive tax out of the amount and adds nothing', () => {
    // 20 % included in €120.00 is €20.00; in €0.99 it is 0.165 → 0.17.
    expect(lineTax(12_000, { percentage: 200_000, inclusive: true }, 'eur')).toBe(2_000);
    expect(lineTax(99, { percentage: 200_000, inclusive: true }, 'eur')).toBe(17);
    const totals = quoteTotals(
      [{ quantity: 1000, unitAmount: 12_000, tax: { percentage: 200_000, inclusive: true } }],
      'eur',
    );
    expect(totals).toMatchObject({ subtotal: 12_000, taxAmount: 2_000, total: 12_000 });
  });

  it('rounds a fractional line half up, to the step Stripe charges in', () => {
    expect(lineAmount(1500, 3333, 'usd')).toBe(5000); // 4999.5
    expect(lineAmount(1500, 3331, 'usd')).toBe(4997); // 4996.5
    expect(lineAmount(333, 1000, 'jpy')).toBe(333);
    expect(lineAmount(1500, 1230, 'kwd')).toBe(1850); // 1845 → a multiple of 10
    expect(lineTax(1850, { percentage: 50_000, inclusive: false }, 'kwd')).toBe(90); // 92.5 → 90
  });

  it('takes a deposit as a whole percent of the total, rounded half up to the chargeable step', () => {
    expect(depositOfPercent(10_000, 30, 'usd')).toBe(3_000);
    expect(depositOfPercent(10_005, 10, 'usd')).toBe(1_001); // 1000.5 rounds up
    expect(depositOfPercent(10_004, 10, 'usd')).toBe(1_000); // 1000.4 rounds down
    expect(depositOfPercent(1_005, 50, 'jpy')).toBe(503); // zero-decimal: whole yen
    expect(depositOfPercent(10_050, 50, 'kwd')).toBe(5_030); // three-decimal: Stripe charges multiples of 10
    expect(depositOfPercent(12_345, 100, 'usd')).toBe(12_345);
  });
});
