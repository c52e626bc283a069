import type { Core } from '../core';
import { matching, page } from '../list';
import { createTaxRate } from '../tax-rates';
import { updateFromParams } from '../updates';
import type { Route } from './route';

export function taxRateRoutes(core: Core): Route[] {
  return [
    { method: 'post', path: '/v1/tax_rates', handle: ({ params }) => createTaxRate(core, params) },
    {
      method: 'get',
      path: '/v1/tax_rates/{tax_rate}',
      handle: ({ path }) => core.store.retrieve('tax_rate', path['tax_rate'] as string, 'tax_rate'),
    },
    {
      method: 'post',
      path: '/v1/tax_rates/{tax_rate}',
      handle: ({ params, path }) =>
        updateFromParams(core, core.store.retrieve('tax_rate', path['tax_rate'] as string, 'tax_rate'), params),
    },
    {
      method: 'get',
      path: '/v1/tax_rates',
      handle: ({ params, url }) =>
        page(core.store.list('tax_rate'), matching(params, ['active', 'inclusive']), params, url, 'tax_rate'),
    },
  ];
}
