import type { Core } from '../core';
import { createCustomer } from '../customers';
import { matching, page } from '../list';
import { updateFromParams } from '../updates';
import type { Route } from './route';

export function customerRoutes(core: Core): Route[] {
  return [
    { method: 'post', path: '/v1/customers', handle: ({ params }) => createCustomer(core, params) },
    {
      method: 'get',
      path: '/v1/customers/{customer}',
      handle: ({ path }) => core.store.retrieve('customer', path['customer'] as string, 'customer'),
    },
    {
      method: 'post',
      path: '/v1/customers/{customer}',
      handle: ({ params, path }) =>
        updateFromParams(core, core.store.retrieve('customer', path['customer'] as string, 'customer'), params),
    },
    {
      method: 'get',
      path: '/v1/customers',
      handle: ({ params, url }) =>
        page(core.store.list('customer'), matching(params, ['email', 'test_clock']), params, url, 'customer'),
    },
  ];
}
