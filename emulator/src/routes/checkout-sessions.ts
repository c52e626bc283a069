import { currentSession, expireDueSessions, expireSession, sessionFromParams } from '../checkout';
import type { Core } from '../core';
import { invalidRequest } from '../errors';
import { lineItems } from '../expand';
import { matching, page } from '../list';
import type { Route } from './route';

export function checkoutSessionRoutes(core: Core): Route[] {
  return [
    { method: 'post', path: '/v1/checkout/sessions', handle: ({ params }) => sessionFromParams(core, params) },
    {
      method: 'get',
      path: '/v1/checkout/sessions/{session}',
      handle: ({ path }) => currentSession(core, path['session'] as string),
    },
    {
      method: 'post',
      path: '/v1/checkout/sessions/{session}/expire',
      handle({ path }) {
        const session = currentSession(core, path['session'] as string);
        if (session['status'] !== 'open') {
          throw invalidRequest(
            `Only Checkout Sessions with a status in ["open"] can be expired. This session's status is "${session['status']}".`,
            'session',
          );
        }
        expireSession(core, session);
        return session;
      },
    },
    {
      method: 'get',
      path: '/v1/checkout/sessions/{session}/line_items',
      handle: ({ params, path }) => lineItems(core, currentSession(core, path['session'] as string), params),
    },
    {
      method: 'get',
      path: '/v1/checkout/sessions',
      handle({ params, url }) {
        expireDueSessions(core);
        const fields = matching(params, ['payment_link', 'payment_intent', 'status', 'customer', 'subscription']);
        const email: string | undefined = params['customer_details']?.email;
        return page(
          core.store.list('checkout.session'),
          (s) => fields(s) && (email === undefined || s['customer_details']?.email === email),
          params,
          url,
          'checkout.session',
        );
      },
    },
  ];
}
