import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';

import { checkPageSize, decodeTimeCursor, encodeCursor, type Page } from './connection';

/** A newest-first keyset page over `(field, id)`, for logs such as the outbox and the webhook inbox,
 * and for customers and campaigns. */
export async function recentPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  field: keyof T & string,
  where: FilterQuery<T>,
  first: number,
  after: string | undefined,
): Promise<Page<T>> {
  checkPageSize(first);
  const totalCount = await em.count(entity, where);
  let filter = where;
  if (after) {
    const [at, id] = decodeTimeCursor(after);
    const before = new Date(at);
    filter = {
      $and: [where, { $or: [{ [field]: { $lt: before } }, { [field]: before, id: { $lt: id } }] }],
    } as FilterQuery<T>;
  }
  const rows = await em.find(entity, filter, { orderBy: { [field]: 'desc', id: 'desc' } as never, limit: first + 1 });
  const edges = rows
    .slice(0, first)
    .map((node) => ({ node, cursor: encodeCursor([(node[field] as Date).toISOString(), node.id]) }));
  return {
    edges,
    totalCount,
    totalCountIsExact: true,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor },
  };
}
