import type { Core } from '../core';
import { matching, page } from '../list';
import type { Params } from '../openapi-validator';
import type { StripeObject } from '../store';
import type { Route } from './route';

/** Stripe's `type` filter takes `*` as a wildcard (`checkout.session.*`). */
function typeMatcher(pattern: string): (type: string) => boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return (type) => regex.test(type);
}

function eventFilter(params: Params): (event: StripeObject) => boolean {
  const created = matching(params, []);
  const types: ((type: string) => boolean)[] = (params['types'] ?? (params['type'] ? [params['type']] : [])).map(
    typeMatcher,
  );
  const delivered: boolean | undefined = params['delivery_success'];
  return (event) =>
    created(event) &&
    (types.length === 0 || types.some((matches) => matches(event['type']))) &&
    (delivered === undefined || (event['pending_webhooks'] === 0) === delivered);
}

export function eventRoutes(core: Core): Route[] {
  return [
    {
      method: 'get',
      path: '/v1/events/{id}',
      handle: ({ path }) => core.store.retrieve('event', path['id'] as string, 'id'),
    },
    {
      method: 'get',
      path: '/v1/events',
      handle: ({ params, url }) => page(core.store.list('event'), eventFilter(params), params, url, 'event'),
    },
  ];
}
