import type { Core } from '../core';
import { matching, page } from '../list';
import {
  cancelPaymentIntent,
  capturePaymentIntent,
  confirmPaymentIntent,
  updatePaymentIntent,
} from '../payment-intents';
import { paymentMethodFromToken } from '../payment-methods';
import { createPaymentIntent } from '../payments';
import { createRefund } from '../refunds';
import type { Route } from './route';

/**
 * PaymentIntents and Charges come from paying on the hosted page, or through the API (create,
 * update, confirm, capture, cancel, with saved cards or Stripe's test PaymentMethods); PaymentMethods are saved on Customers by paying. Refunds are made through the API.
 */
export function paymentRoutes(core: Core): Route[] {
  const methodsOf = (customer: string | undefined) => {
    core.store.retrieve('customer', customer as string, 'customer');
    return core.store.list('payment_method').filter((m) => m['customer'] === customer);
  };
  return [
    { method: 'post', path: '/v1/payment_intents', handle: ({ params }) => createPaymentIntent(core, params) },
    {
      method: 'post',
      path: '/v1/payment_intents/{intent}',
      handle: ({ params, path }) => updatePaymentIntent(core, path['intent'] as string, params),
    },
    {
      method: 'post',
      path: '/v1/payment_intents/{intent}/confirm',
      handle: ({ params, path }) => confirmPaymentIntent(core, path['intent'] as string, params),
    },
    {
      method: 'post',
      path: '/v1/payment_intents/{intent}/capture',
      handle: ({ params, path }) => capturePaymentIntent(core, path['intent'] as string, params),
    },
    {
      method: 'post',
      path: '/v1/payment_intents/{intent}/cancel',
      handle: ({ params, path }) => cancelPaymentIntent(core, path['intent'] as string, params),
    },
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
    { method: 'post', path: '/v1/payment_methods', handle: ({ params }) => paymentMethodFromToken(core, params) },
    {
      method: 'get',
      path: '/v1/payment_methods/{payment_method}',
      handle: ({ path }) => core.store.retrieve('payment_method', path['payment_method'] as string, 'payment_method'),
    },
    {
      method: 'get',
      path: '/v1/customers/{customer}/payment_methods',
      handle: ({ params, path, url }) =>
        page(methodsOf(path['customer']), matching(params, ['type']), params, url, 'payment_method'),
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
