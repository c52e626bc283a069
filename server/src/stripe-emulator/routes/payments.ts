import type { Core } from '../core';
import { matching, page } from '../list';
import { createRefund } from '../refunds';
import type { Route } from './route';

/** PaymentIntents and Charges come from paying on the hosted page; the API reads them. Refunds are made through it. */
export function paymentRoutes(core: Core): Route[] {
  return [
    {
      method: 'get',
      path: '/v1/payment_intents/{intent}',
      handle: ({ path }) => core.store.retrieve('payment_intent', path['intent'] as string, 'intent'),
    },
    {
      method: 'get',
      path: '/v1/payment_intents',
      handle: ({ params, url }) =>
        page(core.store.list('payment_intent'), matching(params, ['customer']), params, url, 'payment_intent'),
    },
    {
      method: 'get',
      path: '/v1/charges/{charge}',
      handle: ({ path }) => core.store.retrieve('charge', path['charge'] as string, 'charge'),
    },
    {
      method: 'get',
      path: '/v1/charges',
      handle: ({ params, url }) =>
        page(
          core.store.list('charge'),
          matching(params, ['payment_intent', 'customer', 'transfer_group']),
          params,
          url,
          'charge',
        ),
    },
    { method: 'post', path: '/v1/refunds', handle: ({ params }) => createRefund(core, params) },
    {
      method: 'get',
      path: '/v1/refunds/{refund}',
      handle: ({ path }) => core.store.retrieve('refund', path['refund'] as string, 'refund'),
    },
    {
      method: 'get',
      path: '/v1/refunds',
      handle: ({ params, url }) =>
        page(core.store.list('refund'), matching(params, ['charge', 'payment_intent']), params, url, 'refund'),
    },
  ];
}
