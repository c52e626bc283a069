import DataLoader from 'dataloader';

import type { Context } from './context';

const byOperation = new WeakMap<Context, Map<string, DataLoader<string, unknown>>>();

/**
 * The batching loader `name` of one GraphQL operation (`batch` makes its function, once): every row of a list asks for its key in the
 * same tick and one statement answers them all, so a read costs the same number of statements
 * whatever its page size. Not cached: a subscription's context outlives one change, and each
 * execution must see what is committed now.
 */
export function operationLoader<V>(
  ctx: Context,
  name: string,
  batch: () => (keys: readonly string[]) => Promise<(V | Error)[]>,
): DataLoader<string, V> {
  let loaders = byOperation.get(ctx);
  if (!loaders) byOperation.set(ctx, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) loaders.set(name, (loader = new DataLoader<string, V>(batch(), { cache: false })));
  return loader;
}

/** `rows` grouped by `keyOf`, one list per key of `keys`, in its order (none: an empty list). */
export function groupRows<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
