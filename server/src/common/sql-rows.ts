import type { EntityData, EntityManager, EntityName } from '@mikro-orm/postgresql';
import { Utils } from '@mikro-orm/postgresql';

/**
 * `sql`'s rows as `entity`'s properties (names and types from its metadata's result mapper;
 * relations as their keys), with no entities hydrated into the unit of work. For reads that are
 * only shown: hydrating and merging costs far more per row than the query (README "Performance").
 */
export async function selectRows<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  sql: string,
  params: readonly unknown[] = [],
): Promise<EntityData<T>[]> {
  const rows = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(sql, [...params], 'all', em.getTransactionContext());
  const comparator = em.getComparator();
  const name = Utils.className(entity);
  return rows.map((row) => comparator.mapResult<T>(name, row as never));
}
