import type { Core } from './core';
import { invalidRequest } from './errors';
import { nowSeconds } from './events';
import { newId } from './ids';
import { echoed, materialize } from './object-shapes';
import type { Params } from './openapi-validator';
import { payableAmountError } from './rules';
import type { StripeObject } from './store';
import { lineTaxes } from './tax-rates';

/** Products and prices made inline (`product_data`, `price_data`) exist like any other but announce nothing. */
interface Creation {
  announce: boolean;
}

export function createProduct(core: Core, params: Params, { announce }: Creation): StripeObject {
  if (params['id'] !== undefined && core.store.find(params['id'])) {
    throw invalidRequest(`Product already exists.`, 'id', 'resource_already_exists');
  }
  const now = nowSeconds();
  const product = core.store.insert(
    materialize<StripeObject>('product', {
      ...echoed('product', params, ['default_price']),
      id: params['id'] ?? newId('prod', 14),
      active: params['active'] ?? true,
      created: now,
      updated: now,
      metadata: params['metadata'] || {},
    }),
  );
  if (announce) core.events.emit('product.created', product);
  if (params['default_price_data']) {
    const price = createPrice(core, { ...params['default_price_data'], product: product.id }, { announce });
    core.store.update(product, { default_price: price.id });
  }
  return product;
}

export function createPrice(core: Core, params: Params, { announce }: Creation): StripeObject {
  if (params['lookup_key'] !== undefined && !params['transfer_lookup_key']) {
    const holder = core.store.list('price').find((p) => p['lookup_key'] === params['lookup_key']);
    if (holder) throw invalidRequest(`A price (\`${holder.id}\`) already uses that lookup key.`, 'lookup_key');
  }
  const product = params['product_data']
    ? createProduct(core, params['product_data'], { announce }).id
    : core.store.retrieve('product', params['product'], 'product').id;
  const unitAmount =
    params['unit_amount'] ??
    (params['unit_amount_decimal'] === undefined ? null : Number(params['unit_amount_decimal']));
  const price = core.store.insert(
    materialize<StripeObject>('price', {
      ...echoed('price', params, ['product', 'unit_amount', 'unit_amount_decimal', 'recurring']),
      id: newId('price'),
      active: params['active'] ?? true,
      billing_scheme: params['billing_scheme'] ?? 'per_unit',
      created: nowSeconds(),
      product,
      type: params['recurring'] ? 'recurring' : 'one_time',
      recurring: params['recurring'] ? { interval_count: 1, usage_type: 'licensed', ...params['recurring'] } : null,
      unit_amount: unitAmount,
      unit_amount_decimal: unitAmount === null ? null : String(params['unit_amount_decimal'] ?? unitAmount),
      tax_behavior: params['tax_behavior'] ?? 'unspecified',
      metadata: params['metadata'] || {},
    }),
  );
  if (announce) core.events.emit('price.created', price);
  return price;
}

/** What a list of line items charges: its `item` objects, their common currency and total. */
export interface Purchase {
  items: StripeObject[];
  currency: string;
  /** The lines' amounts, inclusive taxes in them (`amount_subtotal`). */
  subtotal: number;
  /** Every line's tax (`total_details.amount_tax`). */
  tax: number;
  /** The subtotal plus the exclusive taxes (`amount_total`). */
  total: number;
}

interface Line {
  amountParam: string;
  quantity: number;
  /** `tax_rates` of the line (Checkout Sessions only). */
  taxRates: readonly string[];
  price: () => StripeObject;
  unitAmount: number;
  currency: string;
}

const ONE_TIME_ONLY = 'The local Stripe emulator supports payment mode only: one-time prices with a fixed unit_amount.';

/** Checks a line item that names a Price: it must exist, be active, and have one fixed amount. */
function namedPrice(core: Core, id: string, param: string): Pick<Line, 'unitAmount' | 'currency' | 'price'> {
  const price = core.store.retrieve('price', id, param);
  if (!price['active'])
    throw invalidRequest('The price specified is inactive. This field only accepts active prices.', param);
  if (price['type'] !== 'one_time' || typeof price['unit_amount'] !== 'number') {
    throw invalidRequest(ONE_TIME_ONLY, param);
  }
  return { unitAmount: price['unit_amount'], currency: price['currency'], price: () => price };
}

/**
 * Checks line items (`price` or inline `price_data`) and what they add up to, then makes their
 * `item` objects. Inline prices are made only once everything passed, so a refused request leaves nothing behind.
 */
export function purchase(core: Core, lines: readonly Params[]): Purchase {
  const checked: Line[] = lines.map((line, index) => {
    const param = `line_items[${index}]`;
    if (line['quantity'] < 1) throw invalidRequest('Quantity must be greater than 0.', `${param}[quantity]`);
    if (line['price'] !== undefined)
      return {
        ...namedPrice(core, line['price'], `${param}[price]`),
        amountParam: `${param}[price]`,
        quantity: line['quantity'],
        taxRates: line['tax_rates'] ?? [],
      };
    const data = line['price_data'];
    if (data['recurring']) throw invalidRequest(ONE_TIME_ONLY, `${param}[price_data][recurring]`);
    if (data['product'] !== undefined) core.store.retrieve('product', data['product'], `${param}[price_data][product]`);
    const unitAmount = data['unit_amount'] ?? Number(data['unit_amount_decimal']);
    if (!Number.isInteger(unitAmount))
      throw invalidRequest(
        'The local Stripe emulator supports whole unit amounts only.',
        `${param}[price_data][unit_amount_decimal]`,
      );
    return {
      amountParam: `${param}[price_data][unit_amount]`,
      quantity: line['quantity'],
      taxRates: line['tax_rates'] ?? [],
      unitAmount,
      currency: data['currency'],
      // Inline prices serve this one purchase: Stripe makes them inactive.
      price: () => createPrice(core, { ...data, active: false, unit_amount: unitAmount }, { announce: false }),
    };
  });
  const currency = checked[0]?.currency ?? '';
  const stray = checked.find((line) => line.currency !== currency);
  if (stray) throw invalidRequest('All line items must use the same currency.', stray.amountParam);
  const taxed = checked.map((line, index) =>
    lineTaxes(core, line.unitAmount * line.quantity, currency, line.taxRates, `line_items[${index}][tax_rates]`),
  );
  const subtotal = checked.reduce((sum, line) => sum + line.unitAmount * line.quantity, 0);
  const tax = taxed.reduce((sum, line) => sum + line.tax, 0);
  const total = subtotal + taxed.reduce((sum, line) => sum + line.exclusive, 0);
  const problem = payableAmountError(
    total,
    currency,
    checked.length === 1 ? (checked[0] as Line).amountParam : 'line_items',
  );
  if (problem) throw problem;
  const items = checked.map((line, index) => lineItem(core, line.price(), line.quantity, taxed[index]));
  return { items, currency, subtotal, tax, total };
}

/** A fresh `item` for a price (each session gets its own line items, as at Stripe), with its taxes. */
export function lineItem(
  core: Core,
  price: StripeObject,
  quantity: number,
  taxed?: ReturnType<typeof lineTaxes>,
): StripeObject {
  const product = core.store.retrieve('product', price['product'], 'price');
  const amount = price['unit_amount'] * quantity;
  return materialize<StripeObject>('item', {
    id: newId('li'),
    amount_discount: 0,
    amount_subtotal: amount,
    amount_tax: taxed?.tax ?? 0,
    amount_total: amount + (taxed?.exclusive ?? 0),
    currency: price['currency'],
    description: product['name'],
    price,
    quantity,
    ...(taxed?.taxes.length ? { taxes: taxed.taxes } : {}),
  });
}
