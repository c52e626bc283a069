import { chargeableAmountProblem, currencyDecimals, formatAmount } from '@money/stripe-currency-rules';

/** Money as Stripe counts it, by the rules the server and the emulator use too (see the `@money` alias in vite.config.ts). */
export { currencyDecimals, formatAmount };

/** Currencies offered in the quote form's list (any ISO code can still be typed). */
export const COMMON_CURRENCIES = [
  'usd',
  'eur',
  'gbp',
  'cad',
  'aud',
  'nzd',
  'chf',
  'sek',
  'nok',
  'dkk',
  'pln',
  'czk',
  'huf',
  'jpy',
  'krw',
  'sgd',
  'hkd',
  'inr',
  'mxn',
  'brl',
  'zar',
  'aed',
  'kwd',
  'bhd',
  'jod',
  'omr',
  'tnd',
] as const;

/** The human amount of a smallest-unit integer, for an input field: `12500, 'usd'` → `125.00`. */
export function toHumanAmount(amount: number, currency: string): string {
  const digits = currencyDecimals(currency);
  if (digits === 0) return String(amount);
  const sign = amount < 0 ? '-' : '';
  const text = String(Math.abs(amount)).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

export type ParsedAmount = { ok: true; amount: number } | { ok: false; error: string };

/**
 * Parses what a person types (`125`, `125.5`, `1,250.00`, `$ 125`) into the smallest unit of
 * `currency`, with string arithmetic so that `0.29` never becomes 28.999… cents. Only the number
 * itself is checked here: more than zero, no more decimals than the currency has.
 */
function parseUnits(input: string, currency: string): ParsedAmount {
  const digits = currencyDecimals(currency);
  if (input.trim() === '') return { ok: false, error: 'Enter an amount' };
  // Thousands separators and a leading symbol or code ($, €, USD) are what people type or paste.
  const cleaned = input.replace(/[\s,'_]/g, '').replace(/^(?:[A-Za-z]{3}|[^\w.-]{1,3})/, '');
  const match = /^(\d*)(?:\.(\d*))?$/.exec(cleaned);
  if (!match || (match[1] === '' && !match[2])) return { ok: false, error: 'Enter a number, like 125.00' };
  const whole = match[1] ?? '';
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const code = currency.toUpperCase();
  if (fraction.length > digits) {
    return {
      ok: false,
      error: digits === 0 ? `${code} has no decimal places` : `${code} has at most ${digits} decimal places`,
    };
  }
  const amount = Number(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(amount)) return { ok: false, error: 'That amount is too large' };
  if (amount <= 0) return { ok: false, error: 'The amount must be more than zero' };
  return { ok: true, amount };
}

/** A line's unit amount: any positive number of the currency's smallest unit (the minimum applies to the total). */
export const parseUnitAmount = parseUnits;

/** An amount to charge (a quote): what {@link parseUnits} reads, within Stripe's minimum and maximum charge. */
export function parseAmount(input: string, currency: string): ParsedAmount {
  const parsed = parseUnits(input, currency);
  if (!parsed.ok) return parsed;
  const problem = chargeableAmountProblem(parsed.amount, currency);
  if (problem) return { ok: false, error: problem.startsWith('must') ? `The amount ${problem}` : problem };
  return parsed;
}

/**
 * An amount to refund of a payment with `left` (smallest unit) still refundable: any whole number
 * of the currency's smallest unit from one up to `left` (the minimum charge does not apply to refunds).
 */
export function parseRefundAmount(input: string, currency: string, left: number): ParsedAmount {
  const parsed = parseUnits(input, currency);
  if (!parsed.ok) return parsed;
  if (parsed.amount > left) {
    return { ok: false, error: `At most ${formatAmount(left, currency)} is left to refund on this payment` };
  }
  return parsed;
}
