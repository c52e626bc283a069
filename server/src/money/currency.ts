import currencyCodes from 'currency-codes';

/**
 * Stripe's own currency rules, which differ from ISO 4217 in places (Stripe treats UGX as
 * zero-decimal, ISK amounts as whole krónur). Amounts are always integers in the smallest unit.
 * Source: Stripe docs, "Supported currencies" (zero-decimal, three-decimal, minimum charge amounts).
 */
const ZERO_DECIMAL = new Set([
  'bif',
  'clp',
  'djf',
  'gnf',
  'jpy',
  'kmf',
  'krw',
  'mga',
  'pyg',
  'rwf',
  'ugx',
  'vnd',
  'vuv',
  'xaf',
  'xof',
  'xpf',
]);
const THREE_DECIMAL = new Set(['bhd', 'jod', 'kwd', 'omr', 'tnd']);
/** Two-decimal in the API, but Stripe accepts only whole units: the amount must be a multiple of 100. */
const WHOLE_UNITS_ONLY = new Set(['isk']);

/** Stripe's stated minimum charge amounts, in the smallest unit. */
const MINIMUM_AMOUNT: Readonly<Record<string, number>> = {
  usd: 50,
  aed: 200,
  aud: 50,
  bgn: 100,
  brl: 50,
  cad: 50,
  chf: 50,
  czk: 1500,
  dkk: 250,
  eur: 50,
  gbp: 30,
  hkd: 400,
  huf: 17500,
  inr: 50,
  jpy: 50,
  mxn: 1000,
  myr: 200,
  nok: 300,
  nzd: 50,
  pln: 200,
  ron: 200,
  sek: 300,
  sgd: 50,
  thb: 1000,
};

/** Stripe accepts at most eight digits for an amount. */
export const MAXIMUM_AMOUNT = 99_999_999;

/** ISO 4217 codes that name no spendable currency (test, precious metals, funds). */
const NOT_MONEY = /^(xau|xag|xpd|xpt|xba|xbb|xbc|xbd|xdr|xsu|xts|xua|xxx|bov|che|chw|clf|cou|mxv|usn|uyi|uyw)$/;

export function isKnownCurrency(code: string): boolean {
  return /^[a-z]{3}$/.test(code) && !NOT_MONEY.test(code) && currencyCodes.code(code.toUpperCase()) !== undefined;
}

/** Digits after the decimal point as Stripe counts them for `currency`. */
export function currencyDecimals(currency: string): 0 | 2 | 3 {
  if (ZERO_DECIMAL.has(currency)) return 0;
  if (THREE_DECIMAL.has(currency)) return 3;
  return 2;
}

export function minimumAmount(currency: string): number {
  return MINIMUM_AMOUNT[currency] ?? 1;
}

/** Why `amount` (smallest unit) cannot be charged in `currency`, or undefined when it can. */
export function amountProblem(amount: number, currency: string): string | undefined {
  if (!isKnownCurrency(currency)) return `${currency.toUpperCase()} is not an ISO 4217 currency Stripe can charge`;
  if (!Number.isSafeInteger(amount)) return 'must be a whole number of the smallest currency unit';
  const minimum = minimumAmount(currency);
  if (amount < minimum) return `must be at least ${formatAmount(minimum, currency)}`;
  if (amount > MAXIMUM_AMOUNT) return `must be at most ${formatAmount(MAXIMUM_AMOUNT, currency)}`;
  if (THREE_DECIMAL.has(currency) && amount % 10 !== 0) {
    return `${currency.toUpperCase()} amounts must end in 0 (Stripe rounds to two of its three decimals)`;
  }
  if (WHOLE_UNITS_ONLY.has(currency) && amount % 100 !== 0) {
    return `${currency.toUpperCase()} amounts must be whole units (a multiple of 100)`;
  }
  return undefined;
}

/** Human form of an amount, e.g. `$12.50`, `¥500`, `12.340 KWD`. */
export function formatAmount(amount: number, currency: string): string {
  const digits = currencyDecimals(currency);
  return new Intl.NumberFormat('en', {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount / 10 ** digits);
}
