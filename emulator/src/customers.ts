import type { Core } from './core';
import { nowSeconds } from './events';
import { newId } from './ids';
import { echoed, materialize } from './object-shapes';
import type { Params } from './openapi-validator';
import type { StripeObject } from './store';

export function createCustomer(core: Core, params: Params): StripeObject {
  const customer = core.store.insert(
    materialize<StripeObject>('customer', {
      ...echoed('customer', params),
      id: newId('cus', 14),
      created: nowSeconds(),
      balance: params['balance'] ?? 0,
      delinquent: false,
      metadata: params['metadata'] || {},
      next_invoice_sequence: 1,
      preferred_locales: params['preferred_locales'] ?? [],
      tax_exempt: params['tax_exempt'] ?? 'none',
    }),
  );
  core.events.emit('customer.created', customer);
  return customer;
}
