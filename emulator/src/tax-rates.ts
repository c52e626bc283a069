import { amountStep } from '@service-desk/currency';

import type { Core } from './core';
import { invalidRequest } from './errors';
import { nowSeconds } from './events';
import { newId } from './ids';
import { echoed, materialize } from './object-shapes';
import type { Params } from './openapi-validator';
import type { StripeObject } from './store';

/** `POST /v1/tax_rates`: a rate Checkout Session lines may carry (`line_items[][tax_rates]`). */
export function createTaxRate(core: Core, params: Params): StripeObject {
  const percentage = Number(params['percentage']);
  if (!(percentage >= 0 && percentage <= 100) || !/^\d+(\.\d{1,4})?$/.test(String(params['percentage']))) {
    throw invalidRequest(
      'Invalid percentage: must be a number from 0 to 100 with at most 4 decimal places.',
      'percentage',
    );
  }
  return core.store.insert(
    materialize<StripeObject>('tax_rate', {
      ...echoed('tax_rate', params),
      id: newId('txr'),
      active: params['active'] ?? true,
      created: nowSeconds(),
      livemode: false,
      percentage,
      effective_percentage: percentage,
      metadata: params['metadata'] || {},
    }),
  );
}

/** One tax of a line, as Stripe lists it on the line item (`taxes[]`). */
export interface LineTaxAmount {
  amount: number;
  rate: StripeObject;
  taxable_amount: number;
  taxability_reason: null;
}

/**
 * The taxes of one Checkout Session line of `amount` (its unit amount × quantity), as Stripe
 * computes tax rates: each on the line's amount, rounded half up to the currency's smallest
 * chargeable step; an exclusive rate adds `amount × p / 100`, an inclusive one is the part
 * `amount × p / (100 + p)` of the amount. Worked in integer hundred-thousandths of a percent with
 * BigInt, so no float ever decides a half.
 */
export function lineTaxes(core: Core, amount: number, currency: string, rateIds: readonly string[], param: string) {
  const rates = rateIds.map((id, index) => {
    const rate = core.store.retrieve('tax_rate', id, `${param}[${index}]`);
    if (!rate['active']) throw invalidRequest(`The tax rate ${id} is inactive.`, `${param}[${index}]`);
    return rate;
  });
  if (rates.filter((rate) => rate['inclusive']).length > 1) {
    throw invalidRequest('The local Stripe emulator supports at most one inclusive tax rate per line item.', param);
  }
  const step = BigInt(amountStep(currency));
  const taxes: LineTaxAmount[] = rates.map((rate) => {
    const basisPoints = BigInt(Math.round(Number(rate['percentage']) * 10_000)); // 8.875 → 88750
    const numerator = BigInt(amount) * basisPoints;
    const denominator = (rate['inclusive'] ? 1_000_000n + basisPoints : 1_000_000n) * step;
    const quotient = numerator / denominator;
    const remainder = numerator % denominator;
    const steps = remainder * 2n >= denominator ? quotient + 1n : quotient;
    const inclusiveNet = amount - Number(steps * step);
    return {
      amount: Number(steps * step),
      rate,
      taxable_amount: rate['inclusive'] ? inclusiveNet : amount,
      taxability_reason: null,
    };
  });
  const exclusive = taxes.filter((t) => !t.rate['inclusive']).reduce((sum, t) => sum + t.amount, 0);
  return { taxes, tax: taxes.reduce((sum, t) => sum + t.amount, 0), exclusive };
}
