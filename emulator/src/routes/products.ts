import { createPrice, createProduct } from '../catalog';
import type { Core } from '../core';
import { invalidRequest } from '../errors';
import { nowSeconds } from '../events';
import { matching, page } from '../list';
import { updateFromParams } from '../updates';
import type { Route } from './route';

export function productRoutes(core: Core): Route[] {
  return [
    { method: 'post', path: '/v1/products', handle: ({ params }) => createProduct(core, params, { announce: true }) },
    {
      method: 'get',
      path: '/v1/products/{id}',
      handle: ({ path }) => core.store.retrieve('product', path['id'] as string, 'id'),
    },
    {
      method: 'post',
      path: '/v1/products/{id}',
      handle({ params, path }) {
        const product = core.store.retrieve('product', path['id'] as string, 'id');
        if (params['default_price'] !== undefined && params['default_price'] !== '') {
          const price = core.store.retrieve('price', params['default_price'], 'default_price');
          if (price['product'] !== product.id)
            throw invalidRequest(`The price ${price.id} does not belong to product ${product.id}.`, 'default_price');
        }
        return updateFromParams(core, product, params, [], { updated: nowSeconds() });
      },
    },
    {
      method: 'get',
      path: '/v1/products',
      handle({ params, url }) {
        const fields = matching(params, ['active', 'shippable', 'url']);
        return page(
          core.store.list('product'),
          (p) => fields(p) && (!params['ids'] || params['ids'].includes(p.id)),
          params,
          url,
          'product',
        );
      },
    },
  ];
}

export function priceRoutes(core: Core): Route[] {
  return [
    { method: 'post', path: '/v1/prices', handle: ({ params }) => createPrice(core, params, { announce: true }) },
    {
      method: 'get',
      path: '/v1/prices/{price}',
      handle: ({ path }) => core.store.retrieve('price', path['price'] as string, 'price'),
    },
    {
      method: 'post',
      path: '/v1/prices/{price}',
      handle: ({ params, path }) =>
        updateFromParams(core, core.store.retrieve('price', path['price'] as string, 'price'), params),
    },
    {
      method: 'get',
      path: '/v1/prices',
      handle({ params, url }) {
        const fields = matching(params, ['active', 'currency', 'product', 'type']);
        const keep = (price: Record<string, any>) =>
          (!params['lookup_keys'] || params['lookup_keys'].includes(price['lookup_key'])) &&
          (!params['recurring']?.interval || price['recurring']?.interval === params['recurring'].interval);
        return page(core.store.list('price'), (p) => fields(p) && keep(p), params, url, 'price');
      },
    },
  ];
}
