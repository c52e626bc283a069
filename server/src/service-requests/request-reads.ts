import type { EntityManager } from '@mikro-orm/postgresql';
import { Utils } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';

import { selectRows } from '../common/sql-rows';
import type { Customer } from '../customers/customer.entity';
import { type AcceptanceRow, currentAcceptances } from '../data/acceptances';
import type { Context } from '../graphql/context';
import { groupRows, operationLoader } from '../graphql/operation-loaders';
import type { PaymentLink } from '../payments/payment-link.entity';
import type { Payment } from '../payments/payment.entity';
import { AttentionCause } from './attention-cause.entity';
import { ServiceRequest } from './service-request.entity';
import type { TimelineEntry } from './timeline-entry.entity';

type Children = 'paymentLinks' | 'timeline';
/** A payment, link or timeline row: every column is selected, the parent is a key (unused). */
type ChildRow<T> = Omit<T, 'serviceRequest'>;

/**
 * One query for a collection of many requests (a list page's links), in the order the entity
 * declares for it; with `newest`, only that many of each request's, the newest (by the declared
 * columns, descending).
 */
function childrenOf<T extends object>(em: EntityManager, collection: Children | 'payments', newest?: number) {
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
  return async (ids: readonly string[]): Promise<ChildRow<T>[][]> => {
    const params = newest === undefined ? [[...new Set(ids)]] : [[...new Set(ids)], newest];
    const rows = await selectRows<T>(em, target.class, sql, params);
    return groupRows(
      ids,
      rows as unknown as ChildRow<T>[],
      (row) => (row as Record<string, unknown>)[parent] as string,
    );
  };
}

/** The loaders of the requests' payments, links, timeline, causes and customers for one GraphQL operation. */
export const requestChildren = (ctx: Context) => ({
  /** Every payment, newest first: the amounts paid and refunded are sums over all of them. */
  get payments() {
    return operationLoader(ctx, 'payments', () => childrenOf<Payment>(ctx.em, 'payments'));
  },

  /** The newest `first` rows of a collection, as a list field shows them (its `first`, see graphql/query-limits.ts). */
  newest<C extends Children>(
    collection: C,
    first: number,
  ): DataLoader<string, ChildRow<C extends 'timeline' ? TimelineEntry : PaymentLink>[]> {
    return operationLoader(ctx, `${collection}:${first}`, () => childrenOf(ctx.em, collection, first));
  },

  get timelineCount() {
    return operationLoader(ctx, 'timelineCount', () => async (ids) => {
      const rows = await ctx.em.execute<{ id: string; count: string }[]>(
        'select service_request_id as id, count(*) as count from timeline_entry where service_request_id in (?) group by 1',
        [[...new Set(ids)]],
      );
      const counts = new Map(rows.map((row) => [row.id, Number(row.count)]));
      return ids.map((id) => counts.get(id) ?? 0);
    });
  },

  /** The causes open now, the first `first` of each request's. */
  attentionCauses: (first: number) =>
    operationLoader(ctx, `attentionCauses:${first}`, () => async (ids) => {
      const rows = await selectRows(
        ctx.em,
        AttentionCause,
        `select * from (select *, row_number() over (partition by service_request_id order by opened_at, kind, subject) as n
           from attention_cause where service_request_id in (?) and resolved_at is null) open where n <= ?
         order by opened_at, kind, subject`,
        [[...new Set(ids)], first],
      );
      return groupRows(ids, rows, (row) => row.serviceRequest as unknown as string);
    }),

  /** The acceptance of each request's current quote version, if any. */
  get acceptances() {
    return operationLoader<AcceptanceRow | undefined>(ctx, 'acceptances', () => async (ids) => {
      const rows = await currentAcceptances(ctx.em, ids);
      return ids.map((id) => rows.find((row) => row.serviceRequest === id));
    });
  },

  get customers() {
    return operationLoader<Customer>(ctx, 'customers', () => async (ids) => {
      const found = await ctx.services.customers.findMany(ctx.em, [...new Set(ids)]);
      const byId = new Map(found.map((customer) => [customer.id, customer]));
      return ids.map((id) => byId.get(id) ?? new Error(`no customer ${id}`));
    });
  },
});
