/**
 * The money of an itemised quote, in one place for the server, the admin SPA (the `@money` alias)
 * and the README: exact integers throughout (quantities in thousandths, percentages in
 * ten-thousandths of a percent, amounts in the currency's smallest unit), computed with BigInt so
 * that no product is ever rounded by floating point. Dependency-free, like stripe-currency-rules.ts.
 *
 * Tax is computed as Stripe computes it for tax rates on Checkout Session lines: per line, on the
 * line's amount, rounded half up to the currency's chargeable step (`amountStep`):
 * exclusive `amount × p / 100` is added on top; inclusive `amount × p / (100 + p)` is the part of
 * the amount that is tax. Stripe's `amount_subtotal` is the sum of the lines' amounts (inclusive
 * ones with their tax), `total_details.amount_tax` every line's tax, and `amount_total` the
 * subtotal plus the exclusive taxes — our `subtotal`, `taxAmount` and `total`.
 */
import { amountStep } from './stripe-currency-rules';

/** Quantities are kept as integer thousandths: 1.5 hours is 1500. */
export const QUANTITY_SCALE = 1000;
/** Percentages are kept as integer ten-thousandths of a percent (Stripe's four decimals): 8.875 % is 88750. */
export const PERCENT_SCALE = 10_000;

const QUANTITY = /^(\d{1,7})(?:\.(\d{1,3}))?$/;
const PERCENTAGE = /^(\d{1,3})(?:\.(\d{1,4}))?$/;

/** A positive quantity with at most three decimals, in thousandths; undefined otherwise. */
export function parseQuantity(value: number | string): number | undefined {
  // String(1.5) is "1.5"; a float with more digits (1.0005) or an exponent (1e-7) does not match.
  const match = QUANTITY.exec(typeof value === 'number' ? String(value) : value.trim());
  if (!match) return undefined;
  const thousandths = Number(match[1]) * QUANTITY_SCALE + Number((match[2] ?? '').padEnd(3, '0'));
  return thousandths > 0 ? thousandths : undefined;
}

export function formatQuantity(thousandths: number): string {
  return trimDecimals(thousandths, QUANTITY_SCALE, 3);
}

/** A percentage above 0 and below 100 with at most four decimals, in ten-thousandths; undefined otherwise. */
export function parsePercentage(text: string): number | undefined {
  const match = PERCENTAGE.exec(text.trim());
  if (!match) return undefined;
  const value = Number(match[1]) * PERCENT_SCALE + Number((match[2] ?? '').padEnd(4, '0'));
  return value > 0 && value < 100 * PERCENT_SCALE ? value : undefined;
}

/** `88750` → `"8.875"`, as Stripe's `percentage` takes it. */
export function formatPercentage(tenThousandths: number): string {
  return trimDecimals(tenThousandths, PERCENT_SCALE, 4);
}

function trimDecimals(value: number, scale: number, digits: number): string {
  const whole = Math.floor(value / scale);
  const fraction = String(value % scale)
    .padStart(digits, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** `numerator / denominator` rounded half up to a multiple of `step` (all positive). */
function roundHalfUp(numerator: bigint, denominator: bigint, step: number): number {
  const unit = denominator * BigInt(step);
  return Number(((2n * numerator + unit) / (2n * unit)) * BigInt(step));
}

export interface LineTax {
  /** Ten-thousandths of a percent. */
  percentage: number;
  inclusive: boolean;
}

export interface QuoteLineInput {
  /** Thousandths. */
  quantity: number;
  /** Smallest currency unit, per unit of quantity. */
  unitAmount: number;
  tax?: LineTax | undefined;
}

export interface PricedLine {
  /** What the line costs: quantity × unit amount (with an inclusive tax in it). */
  amount: number;
  /** The line's tax: added on top when exclusive, a part of `amount` when inclusive. */
  tax: number;
}

/** quantity × unit amount, rounded half up to the chargeable step (exact for whole quantities). */
export function lineAmount(quantity: number, unitAmount: number, currency: string): number {
  return roundHalfUp(BigInt(quantity) * BigInt(unitAmount), BigInt(QUANTITY_SCALE), amountStep(currency));
}

/** The tax Stripe computes for one line of `amount` at `tax`. */
export function lineTax(amount: number, tax: LineTax | undefined, currency: string): number {
  if (!tax) return 0;
  const p = BigInt(tax.percentage);
  const hundred = BigInt(100 * PERCENT_SCALE);
  return roundHalfUp(BigInt(amount) * p, tax.inclusive ? hundred + p : hundred, amountStep(currency));
}

export interface QuoteTotals {
  lines: PricedLine[];
  /** Stripe's `amount_subtotal` of a Checkout Session with these lines. */
  subtotal: number;
  /** Every line's tax, inclusive and exclusive (`total_details.amount_tax`). */
  taxAmount: number;
  /** What the customer pays (`amount_total`). */
  total: number;
}

export function quoteTotals(lines: readonly QuoteLineInput[], currency: string): QuoteTotals {
  let subtotal = 0;
  let taxAmount = 0;
  let exclusiveTax = 0;
  const priced = lines.map((line) => {
    const amount = lineAmount(line.quantity, line.unitAmount, currency);
    const tax = lineTax(amount, line.tax, currency);
    subtotal += amount;
    taxAmount += tax;
    if (line.tax && !line.tax.inclusive) exclusiveTax += tax;
    return { amount, tax };
  });
  return { lines: priced, subtotal, taxAmount, total: subtotal + exclusiveTax };
}

/**
 * A deposit of `percent` whole percent of `total` (the total including tax), rounded half up to
 * the currency's chargeable step.
 */
export function depositOfPercent(total: number, percent: number, currency: string): number {
  return roundHalfUp(BigInt(total) * BigInt(percent), 100n, amountStep(currency));
}
