import { purchase } from '../catalog';
import type { Core } from '../core';
import { invalidRequest } from '../errors';
import { lineItems } from '../expand';
import { newId } from '../ids';
import { matching, page } from '../list';
import { echoed, materialize } from '../object-shapes';
import type { Params } from '../openapi-validator';
import { payableAmountError } from '../rules';
import type { StripeObject } from '../store';
import { updateFromParams } from '../updates';
import type { Route } from './route';

/** Fields a Payment Link takes apart from its parameters of the same name. */
const HANDLED = ['line_items', 'restrictions', 'payment_intent_data'];

function createLink(core: Core, params: Params): StripeObject {
  const bought = purchase(core, params['line_items']);
  const id = newId('plink');
  const link = materialize<StripeObject>('payment_link', {
    ...echoed('payment_link', params, HANDLED),
    id,
    active: params['active'] ?? true,
    after_completion: params['after_completion'] ?? { type: 'hosted_confirmation' },
    billing_address_collection: params['billing_address_collection'] ?? 'auto',
    currency: bought.currency,
    customer_creation: params['customer_creation'] ?? 'if_required',
    metadata: params['metadata'] ?? {},
    payment_intent_data: params['payment_intent_data'] ? { metadata: {}, ...params['payment_intent_data'] } : null,
    payment_method_collection: params['payment_method_collection'] ?? 'always',
    restrictions: params['restrictions']
      ? { completed_sessions: { count: 0, limit: params['restrictions'].completed_sessions.limit } }
      : null,
    submit_type: params['submit_type'] ?? 'auto',
    url: `${core.publicUrl}/b/${id}`,
  });
  core.store.internals(id).lineItems = bought.items;
  core.store.insert(link);
  core.events.emit('payment_link.created', link);
  return link;
}

/** A link's line items change only in quantity (`line_items[][id]` names the item). */
function requantify(core: Core, link: StripeObject, changes: readonly Params[]): void {
  const items = core.store.internals(link.id).lineItems ?? [];
  const next = items.map((item) => ({ ...item }));
  for (const [index, change] of changes.entries()) {
    const item = next.find((candidate) => candidate.id === change['id']);
    if (!item) throw invalidRequest(`No such line item: '${change['id']}'`, `line_items[${index}][id]`);
    if (change['quantity'] === undefined) continue;
    if (change['quantity'] < 1)
      throw invalidRequest('Quantity must be greater than 0.', `line_items[${index}][quantity]`);
    const amount = item['price'].unit_amount * change['quantity'];
    Object.assign(item, { quantity: change['quantity'], amount_subtotal: amount, amount_total: amount });
  }
  const total = next.reduce((sum, item) => sum + (item['amount_total'] as number), 0);
  const problem = payableAmountError(total, link['currency'], 'line_items');
  if (problem) throw problem;
  core.store.internals(link.id).lineItems = next;
}

function updateLink(core: Core, link: StripeObject, params: Params): StripeObject {
  if (params['line_items']) requantify(core, link, params['line_items']);
  const computed: Params = {};
  const restrictions = params['restrictions'];
  if (restrictions !== undefined) {
    const count = link['restrictions']?.completed_sessions.count ?? 0;
    computed['restrictions'] =
      restrictions === '' ? null : { completed_sessions: { count, limit: restrictions.completed_sessions.limit } };
  }
  const intentData = params['payment_intent_data'];
  if (intentData !== undefined)
    computed['payment_intent_data'] =
      intentData === '' ? null : { metadata: {}, ...link['payment_intent_data'], ...intentData };
  return updateFromParams(core, link, params, HANDLED, computed);
}

export function paymentLinkRoutes(core: Core): Route[] {
  const retrieve = (id: string | undefined) => core.store.retrieve('payment_link', id as string, 'payment_link');
  return [
    { method: 'post', path: '/v1/payment_links', handle: ({ params }) => createLink(core, params) },
    { method: 'get', path: '/v1/payment_links/{payment_link}', handle: ({ path }) => retrieve(path['payment_link']) },
    {
      method: 'post',
      path: '/v1/payment_links/{payment_link}',
      handle: ({ params, path }) => updateLink(core, retrieve(path['payment_link']), params),
    },
    {
      method: 'get',
      path: '/v1/payment_links',
      handle: ({ params, url }) =>
        page(core.store.list('payment_link'), matching(params, ['active']), params, url, 'payment_link'),
    },
    {
      method: 'get',
      path: '/v1/payment_links/{payment_link}/line_items',
      handle: ({ params, path }) => lineItems(core, retrieve(path['payment_link']), params),
    },
  ];
}
