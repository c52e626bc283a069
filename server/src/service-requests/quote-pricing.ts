import {
  amountProblem,
  amountStep,
  depositOfPercent,
  formatAmount,
  lineAmount,
  MAXIMUM_AMOUNT,
  minimumAmount,
  parsePercentage,
  parseQuantity,
  QUANTITY_SCALE,
  quoteTotals,
} from '@service-desk/currency';

import type { TaxRate } from '../business/business-settings.entity';
import { nameProblem } from '../common/contact';
import { BadUserInputError } from '../common/errors';
import type { NewQuoteLine } from '../data/quote-lines';
import type { LineItemInput } from './service-request.inputs';

export interface PricedQuote {
  lines: NewQuoteLine[];
  subtotal: number;
  taxAmount: number;
  total: number;
}

/** What a quote is made of: lines (the single-amount form is one, named after the request). */
export type QuoteInput =
  { kind: 'amount'; amount: number; description: string } | { kind: 'lines'; lines: readonly LineItemInput[] };

/**
 * Checks and prices a quote: every line, then the total, in `currency`. The first problem is a
 * BAD_USER_INPUT naming its field (`lineItems[2].quantity`); nothing is priced from bad input.
 * `rates`: the tax rates on offer, by id.
 */
export function priceQuote(input: QuoteInput, currency: string, rates: ReadonlyMap<string, TaxRate>): PricedQuote {
  const single = input.kind === 'amount';
  const drafts = single
    ? [
        {
          description: input.description.slice(0, 250),
          quantity: QUANTITY_SCALE,
          unitAmount: input.amount,
          rate: undefined,
        },
      ]
    : input.lines.map((line, index) => checkedLine(line, index, currency, rates));
  if (drafts.length === 0) throw new BadUserInputError('lineItems', 'must have at least one line');
  if (single) {
    const problem = amountProblem(input.amount, currency);
    if (problem) throw new BadUserInputError('amount', problem);
  }
  const totals = quoteTotals(
    drafts.map((d) => ({
      quantity: d.quantity,
      unitAmount: d.unitAmount,
      tax: d.rate
        ? { percentage: parsePercentage(d.rate.percentage) as number, inclusive: d.rate.inclusive }
        : undefined,
    })),
    currency,
  );
  const problem = amountProblem(totals.total, currency);
  if (problem)
    throw new BadUserInputError(
      single ? 'amount' : 'lineItems',
      `the total (${formatAmount(totals.total, currency)}) ${problem}`,
    );
  return {
    lines: drafts.map((d, i) => ({
      description: d.description,
      quantity: d.quantity,
      unitAmount: d.unitAmount,
      taxRateId: d.rate?.id,
      amount: (totals.lines[i] as { amount: number }).amount,
      tax: (totals.lines[i] as { tax: number }).tax,
    })),
    subtotal: totals.subtotal,
    taxAmount: totals.taxAmount,
    total: totals.total,
  };
}

/** The deposit asked of a quote of `total`, checked; undefined when none is asked. */
export function checkedDeposit(
  input: { depositAmount?: number | null | undefined; depositPercent?: number | null | undefined },
  total: number,
  currency: string,
): number | undefined {
  const { depositAmount: amount, depositPercent: percent } = input;
  if (amount !== undefined && amount !== null && percent !== undefined && percent !== null) {
    throw new BadUserInputError('depositAmount', 'give either depositAmount or depositPercent');
  }
  let field = 'depositAmount';
  let deposit = amount ?? undefined;
  if (percent !== undefined && percent !== null) {
    if (!Number.isInteger(percent) || percent < 1 || percent > 99) {
      throw new BadUserInputError('depositPercent', 'must be a whole percent from 1 to 99');
    }
    field = 'depositPercent';
    deposit = depositOfPercent(total, percent, currency);
  }
  if (deposit === undefined) return undefined;
  const money = (value: number) => formatAmount(value, currency);
  if (!Number.isSafeInteger(deposit) || deposit % amountStep(currency) !== 0) {
    throw new BadUserInputError(field, `must be a whole multiple of ${amountStep(currency)} of the smallest unit`);
  }
  if (deposit > total) throw new BadUserInputError(field, `the deposit must not be over the total (${money(total)})`);
  const minimum = minimumAmount(currency);
  if (deposit < minimum) {
    throw new BadUserInputError(field, `the deposit (${money(deposit)}) must be at least ${money(minimum)}`);
  }
  // The balance is paid through Stripe too, so it must be chargeable: at least the minimum.
  if (total - deposit < minimum) {
    throw new BadUserInputError(field, `the deposit must leave a balance of at least ${money(minimum)}`);
  }
  return deposit;
}

/**
 * A new quote after a paid deposit keeps that deposit (`paid`, in `paidCurrency`): it names no
 * deposit of its own, stays in the deposit's currency and leaves a chargeable balance.
 */
export function keptDeposit(
  input: { depositAmount?: number | null | undefined; depositPercent?: number | null | undefined },
  paid: { amount: number; currency: string },
  total: number,
  currency: string,
  totalField: string,
): number {
  for (const field of ['depositAmount', 'depositPercent'] as const) {
    if (input[field] !== undefined && input[field] !== null) {
      throw new BadUserInputError(field, 'the deposit is paid already: the new quote keeps it');
    }
  }
  if (currency !== paid.currency) {
    throw new BadUserInputError(
      'currency',
      `the deposit was paid in ${paid.currency.toUpperCase()}: keep that currency`,
    );
  }
  const minimum = minimumAmount(currency);
  if (total - paid.amount < minimum) {
    const money = (value: number) => formatAmount(value, currency);
    throw new BadUserInputError(
      totalField,
      `the total must leave a balance of at least ${money(minimum)} after the paid deposit of ${money(paid.amount)}`,
    );
  }
  return paid.amount;
}

function checkedLine(line: LineItemInput, index: number, currency: string, rates: ReadonlyMap<string, TaxRate>) {
  const field = `lineItems[${index}]`;
  const description = line.description.trim();
  if (!description) throw new BadUserInputError(`${field}.description`, 'must not be blank');
  const textProblem = nameProblem(description);
  if (textProblem) throw new BadUserInputError(`${field}.description`, textProblem);
  const quantity = parseQuantity(line.quantity);
  if (quantity === undefined || quantity > 1_000_000 * QUANTITY_SCALE) {
    throw new BadUserInputError(
      `${field}.quantity`,
      'must be above 0 and at most 1,000,000, with up to three decimals',
    );
  }
  const step = amountStep(currency);
  if (!Number.isSafeInteger(line.unitAmount) || line.unitAmount < 1 || line.unitAmount > MAXIMUM_AMOUNT) {
    throw new BadUserInputError(
      `${field}.unitAmount`,
      `must be a whole number of the smallest unit from 1 to ${MAXIMUM_AMOUNT}`,
    );
  }
  if (line.unitAmount % step !== 0) {
    throw new BadUserInputError(
      `${field}.unitAmount`,
      `${currency.toUpperCase()} amounts must be a multiple of ${step}`,
    );
  }
  if (lineAmount(quantity, line.unitAmount, currency) > MAXIMUM_AMOUNT) {
    throw new BadUserInputError(
      `${field}.unitAmount`,
      `the line comes to more than ${formatAmount(MAXIMUM_AMOUNT, currency)}`,
    );
  }
  let rate: TaxRate | undefined;
  if (line.taxRateId !== undefined && line.taxRateId !== null) {
    rate = rates.get(line.taxRateId);
    if (!rate) throw new BadUserInputError(`${field}.taxRateId`, 'is not a tax rate on offer (business settings)');
  }
  return { description, quantity, unitAmount: line.unitAmount, rate };
}
