import type { Core } from './core';
import { echoed, materialize, mergeMetadata } from './object-shapes';
import type { Params } from './openapi-validator';
import type { StripeObject } from './store';

/**
 * Stripe's update of an object from parameters: fields named like a parameter take its value
 * (an empty string unsets), metadata merges, and `<type>.updated` is emitted with the former values.
 */
export function updateFromParams<T extends StripeObject>(
  core: Core,
  object: T,
  params: Params,
  handled: readonly string[] = [],
  computed: Partial<T> = {},
): T {
  const metadata =
    params['metadata'] === undefined ? {} : { metadata: mergeMetadata(object['metadata'], params['metadata']) };
  const next = materialize<T>(object.object, {
    ...object,
    ...echoed(object.object, params, handled),
    ...metadata,
    ...computed,
  });
  return core.events.change(object, next, `${object.object}.updated`);
}
