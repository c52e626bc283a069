import type { Core } from '../core';
import { closeDispute, updateDispute } from '../disputes';
import { createFile } from '../files';
import { matching, page } from '../list';
import type { Route } from './route';

/** Disputes come from paying with Stripe's dispute test cards; they are answered with evidence, files uploaded for it. */
export function disputeRoutes(core: Core): Route[] {
  return [
    {
      method: 'get',
      path: '/v1/disputes/{dispute}',
      handle: ({ path }) => core.store.retrieve('dispute', path['dispute'] as string, 'dispute'),
    },
    {
      method: 'get',
      path: '/v1/disputes',
      handle: ({ params, url }) =>
        page(core.store.list('dispute'), matching(params, ['charge', 'payment_intent']), params, url, 'dispute'),
    },
    {
      method: 'post',
      path: '/v1/disputes/{dispute}',
      handle: ({ params, path }) => updateDispute(core, path['dispute'] as string, params),
    },
    {
      method: 'post',
      path: '/v1/disputes/{dispute}/close',
      handle: ({ path }) => closeDispute(core, path['dispute'] as string),
    },
    { method: 'post', path: '/v1/files', handle: ({ params }) => createFile(core, params) },
    {
      method: 'get',
      path: '/v1/files/{file}',
      handle: ({ path }) => core.store.retrieve('file', path['file'] as string, 'file'),
    },
  ];
}
