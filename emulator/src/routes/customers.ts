import type { Core } from '../core';
import { createCustomer } from '../customers';
import { matching, page } from '../list';
import { updateFromParams } from '../updates';
import type { Route } from './route';

const deletedStub = (id: string) => ({ id, object: 'customer', deleted: true });

export function customerRoutes(core: Core): Route[] {
  return [
    { method: 'post', path: '/v1/customers', handle: ({ params }) => createCustomer(core, params) },
    {
      method: 'get',
      path: '/v1/customers/{customer}',
      handle: ({ path }) => {
        const id = path['customer'] as string;
        // Stripe still answers a deleted customer's id, with a stub saying so.
        return core.store.isDeleted(id) ? deletedStub(id) : core.store.retrieve('customer', id, 'customer');
      },
    },
    {
      method: 'delete',
      path: '/v1/customers/{customer}',
      handle: ({ path }) => {
        const customer = core.store.retrieve('customer', path['customer'] as string, 'customer');
        core.store.delete(customer);
        core.events.emit('customer.deleted', customer);
        return deletedStub(customer.id);
      },
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
