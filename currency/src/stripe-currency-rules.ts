/**
 * Stripe's own currency rules, which differ from ISO 4217 in places (Stripe treats UGX as
 * zero-decimal, ISK amounts as whole krónur). Amounts are always integers in the smallest unit.
 * Source: Stripe docs, "Supported currencies" (zero-decimal, three-decimal, minimum charge amounts).
 *
 * Dependency-free on purpose: the admin SPA imports this very file (the `@money` alias in
 * web/vite.config.ts), so the quote form and the API refuse the same amounts with the same words.
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

/** Digits after the decimal point as Stripe counts them for `currency`. */
export function currencyDecimals(currency: string): 0 | 2 | 3 {
  const code = currency.toLowerCase();
  if (ZERO_DECIMAL.has(code)) return 0;
  if (THREE_DECIMAL.has(code)) return 3;
  return 2;
}

/**
 * The step every amount Stripe charges in `currency` is a multiple of: 10 for the three-decimal
 * currencies (the last digit must be 0), 100 for ISK (whole krónur), else 1. Computed amounts (a
 * fractional quantity's line, a tax) are rounded to it, so that what we compute can be charged.
 */
export function amountStep(currency: string): number {
  const code = currency.toLowerCase();
  if (THREE_DECIMAL.has(code)) return 10;
  if (WHOLE_UNITS_ONLY.has(code)) return 100;
  return 1;
}

/** The smallest charge Stripe accepts; 1 where it states no fixed minimum. */
export function minimumAmount(currency: string): number {
  return MINIMUM_AMOUNT[currency.toLowerCase()] ?? 1;
}

/** Human form of an amount in the smallest unit: `12550, 'usd'` → `$125.50`, `500, 'jpy'` → `¥500`. */
export function formatAmount(amount: number, currency: string, locale = 'en-US'): string {
  const digits = currencyDecimals(currency);
  return formatter(locale, currency.toUpperCase(), digits).format(amount / 10 ** digits);
}

/** Building an `Intl.NumberFormat` costs far more than formatting with one: one per locale and currency. */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, currency: string, digits: number): Intl.NumberFormat {
  const key = `${locale} ${currency}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, found);
  }
  return found;
}

/**
 * Why Stripe would refuse to charge `amount` (smallest unit) in `currency`, or undefined when it
 * would not. Whether `currency` is a real one is the caller's check (the server's `isKnownCurrency`).
 */
export function chargeableAmountProblem(amount: number, currency: string): string | undefined {
  if (!Number.isSafeInteger(amount)) return 'must be a whole number of the smallest currency unit';
  const minimum = minimumAmount(currency);
  if (amount < minimum) return `must be at least ${formatAmount(minimum, currency)}`;
  return amountLimitsProblem(amount, currency);
}

/**
 * Why Stripe would refuse `amount` (smallest unit) wherever it takes an amount of `currency`, a
 * charge's part too (a refund, a capture, a price's unit amount), or undefined when it would not:
 * a whole number of at most eight digits, in the currency's step. Zero and negative amounts are
 * the caller's rule (a price may be free, a refund may not).
 */
export function amountLimitsProblem(amount: number, currency: string): string | undefined {
  const code = currency.toLowerCase();
  if (!Number.isSafeInteger(amount)) return 'must be a whole number of the smallest currency unit';
  if (amount > MAXIMUM_AMOUNT) return `must be at most ${formatAmount(MAXIMUM_AMOUNT, code)}`;
  if (THREE_DECIMAL.has(code) && amount % 10 !== 0) {
    return `${code.toUpperCase()} amounts must end in 0 (Stripe rounds to two of its three decimals)`;
  }
  if (WHOLE_UNITS_ONLY.has(code) && amount % 100 !== 0) {
    return `${code.toUpperCase()} amounts must be whole units (a multiple of 100)`;
  }
  return undefined;
}
