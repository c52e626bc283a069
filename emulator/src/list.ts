import { exclusiveParams, noSuch } from './errors';
import type { Params } from './openapi-validator';
import type { StripeObject } from './store';

export interface ListObject {
  object: 'list';
  data: StripeObject[];
  has_more: boolean;
  url: string;
}

type Range = number | { gt?: number; gte?: number; lt?: number; lte?: number };

/** Stripe's `created` filter: an exact time or a range. */
function inRange(value: number, range: Range | undefined): boolean {
  if (range === undefined) return true;
  if (typeof range === 'number') return value === range;
  return (
    (range.gt === undefined || value > range.gt) &&
    (range.gte === undefined || value >= range.gte) &&
    (range.lt === undefined || value < range.lt) &&
    (range.lte === undefined || value <= range.lte)
  );
}

/** Keeps objects whose fields equal the parameters of the same name, where given, and whose `created` is in range. */
export function matching(params: Params, fields: readonly string[]): (object: StripeObject) => boolean {
  return (object) =>
    fields.every((field) => params[field] === undefined || object[field] === params[field]) &&
    inRange(object['created'], params['created']);
}

/**
 * One page of `all` (newest first) as Stripe pages: `limit` (default 10) objects after the
 * `starting_after` cursor or just before `ending_before`. Cursors are positions in the whole list,
 * so a cursor the filter would leave out still works.
 */
export function page(
  all: readonly StripeObject[],
  keep: (object: StripeObject) => boolean,
  params: Params,
  url: string,
  objectType: string,
): ListObject {
  const limit: number = params['limit'] ?? 10;
  const after: string | undefined = params['starting_after'];
  const before: string | undefined = params['ending_before'];
  if (after !== undefined && before !== undefined) throw exclusiveParams(['starting_after', 'ending_before']);
  const cursor = after ?? before;
  const at = cursor === undefined ? -1 : all.findIndex((object) => object.id === cursor);
  if (cursor !== undefined && at < 0)
    throw noSuch(objectType, cursor, after !== undefined ? 'starting_after' : 'ending_before');
  if (before !== undefined) {
    const earlier = all.slice(0, at).filter(keep);
    return { object: 'list', data: earlier.slice(-limit), has_more: earlier.length > limit, url };
  }
  const later = all.slice(at + 1).filter(keep);
  return { object: 'list', data: later.slice(0, limit), has_more: later.length > limit, url };
}
