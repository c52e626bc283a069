import type { EntityManager } from '@mikro-orm/postgresql';
import { Utils } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

import { selectRows } from '../common/sql-rows';
import type { Context } from '../graphql/context';
import type { PaymentLink } from '../payments/payment-link.entity';
import type { Payment } from '../payments/payment.entity';
import { ServiceRequest } from './service-request.entity';
import type { TimelineEntry } from './timeline-entry.entity';

type Children = 'payments' | 'paymentLinks' | 'timeline';
/** A payment, link or timeline row: every column is selected, the parent is a key (unused). */
type ChildRow<T> = Omit<T, 'serviceRequest'>;

/**
 * One query for a collection of many requests (a list page's payments), in the order the entity
 * declares for it; with `newest`, only that many of each request's, the newest (by the declared
 * columns, descending). Not cached: a subscription's context outlives one change, and each
 * execution must see what is committed now.
 */
function childrenLoader<T extends object>(em: EntityManager, collection: Children, newest?: number) {
  const property = em.getMetadata().get(ServiceRequest.name).properties[collection]!;
  const target = property.targetMeta!;
  const column = (name: string) => `"${target.properties[name as never]!.fieldNames[0]!}"`;
  const declared = Utils.asArray(property.orderBy).flatMap((by) => Object.entries(by as Record<string, string>));
  const order = declared.map(([name, direction]) => `${column(name)} ${direction}`).join(', ');
  const parent = property.mappedBy as string;
  const table = `"${target.tableName}"`;
  const ofRequests = `${column(parent)} in (?)`;
  const primaryKey = column(target.primaryKeys[0]!);
  const newestFirst = declared.map(([name]) => `${column(name)} desc`).join(', ');
  const sql =
    newest === undefined
      ? `select * from ${table} where ${ofRequests} order by ${order}`
      : `select * from ${table} where ${primaryKey} in (select ${primaryKey} from (select ${primaryKey}, row_number() over (partition by ${column(parent)} order by ${newestFirst}) as n from ${table} where ${ofRequests}) ranked where n <= ?) order by ${order}`;
  return new DataLoader<string, ChildRow<T>[]>(
    async (ids) => {
      const params = newest === undefined ? [[...new Set(ids)]] : [[...new Set(ids)], newest];
      const rows = await selectRows<T>(em, target.class, sql, params);
      const byRequest = new Map<string, ChildRow<T>[]>();
      for (const data of rows) {
        const row = data as unknown as ChildRow<T>;
        const id = (data as Record<string, unknown>)[parent] as string;
        const list = byRequest.get(id);
        if (list) list.push(row);
        else byRequest.set(id, [row]);
      }
      return ids.map((id) => byRequest.get(id) ?? []);
    },
    { cache: false },
  );
}

/** How many rows of a collection each request has, in one query for many requests. */
function countLoader(em: EntityManager, collection: Children) {
  const property = em.getMetadata().get(ServiceRequest.name).properties[collection]!;
  const target = property.targetMeta!;
  const parent = `"${target.properties[property.mappedBy as never]!.fieldNames[0]!}"`;
  const sql = `select ${parent} as id, count(*) as count from "${target.tableName}" where ${parent} in (?) group by 1`;
  return new DataLoader<string, number>(
    async (ids) => {
      const rows = await em
        .getConnection()
        .execute<{ id: string; count: string }[]>(sql, [[...new Set(ids)]], 'all', em.getTransactionContext());
      const counts = new Map(rows.map((row) => [row.id, Number(row.count)]));
      return ids.map((id) => counts.get(id) ?? 0);
    },
    { cache: false },
  );
}

class RequestChildren {
  /** Every payment: the amounts paid and refunded are sums over all of them. */
  readonly payments: DataLoader<string, ChildRow<Payment>[]>;
  readonly timelineCount: DataLoader<string, number>;
  private readonly pages = new Map<string, DataLoader<string, ChildRow<never>[]>>();

  constructor(private readonly em: EntityManager) {
    this.payments = childrenLoader(em, 'payments');
    this.timelineCount = countLoader(em, 'timeline');
  }

  /** The newest `first` rows of a collection, as a list field shows them (its `first`, see graphql/query-limits.ts). */
  newest(collection: 'payments', first: number): DataLoader<string, ChildRow<Payment>[]>;
  newest(collection: 'paymentLinks', first: number): DataLoader<string, ChildRow<PaymentLink>[]>;
  newest(collection: 'timeline', first: number): DataLoader<string, ChildRow<TimelineEntry>[]>;
  newest(collection: Children, first: number): DataLoader<string, ChildRow<never>[]> {
    const key = `${collection}:${first}`;
    let loader = this.pages.get(key);
    if (!loader) this.pages.set(key, (loader = childrenLoader<never>(this.em, collection, first)));
    return loader;
  }
}

const byOperation = new WeakMap<Context, RequestChildren>();

/** The loaders of the requests' payments, links and timeline for one GraphQL operation. */
export function requestChildren(ctx: Context): RequestChildren {
  let children = byOperation.get(ctx);
  if (!children) byOperation.set(ctx, (children = new RequestChildren(ctx.em)));
  return children;
}
