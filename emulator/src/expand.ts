import type { Core } from './core';
import { invalidRequest } from './errors';
import { page, type ListObject } from './list';
import { objectSchema, resolve } from './openapi';
import type { StripeObject } from './store';

const MAX_DEPTH = 4;

const isRecord = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const LINE_ITEM_PATHS: Readonly<Record<string, string>> = {
  'checkout.session': '/v1/checkout/sessions',
  payment_link: '/v1/payment_links',
};

/** A session's or link's line items, first page, as `expand[]=line_items` includes them and their own list route answers. */
export function lineItems(core: Core, owner: StripeObject, params: Record<string, unknown> = {}): ListObject {
  return page(
    core.store.internals(owner.id).lineItems ?? [],
    () => true,
    params,
    `${LINE_ITEM_PATHS[owner.object]}/${owner.id}/line_items`,
    'item',
  );
}

function expandField(core: Core, value: unknown, path: readonly string[]): unknown {
  const [field, ...rest] = path;
  if (field === undefined || !isRecord(value)) return value;
  if (value['object'] === 'list') {
    if (field !== 'data') throw invalidRequest(`This property cannot be expanded (${field}).`);
    return { ...value, data: (value['data'] as unknown[]).map((item) => expandField(core, item, rest)) };
  }
  const schema = typeof value['object'] === 'string' ? resolve(objectSchema(value['object'])) : undefined;
  if (!schema?.['x-expandableFields']?.includes(field))
    throw invalidRequest(`This property cannot be expanded (${field}).`);
  let current = value[field];
  if (typeof current === 'string' && schema.properties?.[field]?.['x-expansionResources'])
    current = core.store.find(current) ?? current;
  else if (current === undefined && field === 'line_items' && LINE_ITEM_PATHS[value['object']])
    current = lineItems(core, value as StripeObject);
  return { ...value, [field]: expandField(core, current, rest) };
}

/** Applies `expand[]` paths (`payment_intent`, `data.payment_intent.latest_charge`) to an answer, leaving the stored objects untouched. */
export function expand(core: Core, answer: StripeObject | ListObject, paths: readonly string[] = []): unknown {
  let result: unknown = answer;
  for (const path of paths) {
    const segments = path.split('.');
    if (segments.length > MAX_DEPTH)
      throw invalidRequest(`You cannot expand more than ${MAX_DEPTH} levels of a property. Property: ${path}`);
    result = expandField(core, result, segments);
  }
  return result;
}
