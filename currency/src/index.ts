import currencyCodes from 'currency-codes';

import { chargeableAmountProblem } from './stripe-currency-rules';

export {
  amountLimitsProblem,
  amountStep,
  currencyDecimals,
  formatAmount,
  MAXIMUM_AMOUNT,
  minimumAmount,
} from './stripe-currency-rules';

/** ISO 4217 codes that name no spendable currency (test, precious metals, funds). */
const NOT_MONEY = /^(xau|xag|xpd|xpt|xba|xbb|xbc|xbd|xdr|xsu|xts|xua|xxx|bov|che|chw|clf|cou|mxv|usn|uyi|uyw)$/;

export function isKnownCurrency(code: string): boolean {
  return /^[a-z]{3}$/.test(code) && !NOT_MONEY.test(code) && currencyCodes.code(code.toUpperCase()) !== undefined;
}

/** Why `amount` (smallest unit) cannot be charged in `currency`, or undefined when it can. */
export function amountProblem(amount: number, currency: string): string | undefined {
  if (!isKnownCurrency(currency)) return `${currency.toUpperCase()} is not an ISO 4217 currency Stripe can charge`;
  return chargeableAmountProblem(amount, currency);
}
export * from './quote-math';
