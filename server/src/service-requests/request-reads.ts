import type { EntityData, EntityManager } from '@mikro-orm/postgresql';
import { Utils } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

import { selectRows } from '../common/sql-rows';
import type { Context } from '../graphql/context';
import type { PaymentLink } from '../payments/payment-link.entity';
import type { Payment } from '../payments/payment.entity';
import { ServiceRequest } from './service-request.entity';
import type { TimelineEntry } from './timeline-entry.entity';

/**
 * A request as GraphQL shows it: the entity a change returns, or a row read with SQL (lists, the
 * detail query), whose customer is its id alone. The field resolvers need no more than this.
 */
export type RequestView = Omit<
  ServiceRequest,
  'customer' | 'payments' | 'paymentLinks' | 'timeline' | 'record' | 'changeSource'
> & { customer: { id: string } };

/** A `service_request` row (`sr.*`) as a RequestView. */
export function requestView(row: EntityData<ServiceRequest>): RequestView {
  return Object.assign(row, { customer: { id: row.customer as string } }) as unknown as RequestView;
}

export const selectRequests = async (em: EntityManager, sql: string, params: readonly unknown[]) =>
  (await selectRows(em, ServiceRequest, sql, params)).map(requestView);

type Children = 'payments' | 'paymentLinks' | 'timeline';
/** A payment, link or timeline row: every column is selected, the parent is a key (unused). */
type ChildRow<T> = Omit<T, 'serviceRequest'>;

/**
 * One query for a collection of many requests (a list page's payments), in the order the entity
 * declares for it. Not cached: a subscription's context outlives one change, and each execution
 * must see what is committed now.
 */
function childrenLoader<T extends object>(em: EntityManager, collection: Children) {
  const property = em.getMetadata().get(ServiceRequest.name).properties[collection]!;
  const target = property.targetMeta!;
  const column = (name: string) => `"${target.properties[name as never]!.fieldNames[0]!}"`;
  const order = Utils.asArray(property.orderBy)
    .flatMap((by) => Object.entries(by as Record<string, string>))
    .map(([name, direction]) => `${column(name)} ${direction}`)
    .join(', ');
  const parent = property.mappedBy as string;
  const sql = `select * from "${target.tableName}" where ${column(parent)} in (?) order by ${order}`;
  return new DataLoader<string, ChildRow<T>[]>(
    async (ids) => {
      const rows = await selectRows<T>(em, target.class, sql, [[...new Set(ids)]]);
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

class RequestChildren {
  readonly payments: DataLoader<string, ChildRow<Payment>[]>;
  readonly paymentLinks: DataLoader<string, ChildRow<PaymentLink>[]>;
  readonly timeline: DataLoader<string, ChildRow<TimelineEntry>[]>;

  constructor(em: EntityManager) {
    this.payments = childrenLoader(em, 'payments');
    this.paymentLinks = childrenLoader(em, 'paymentLinks');
    this.timeline = childrenLoader(em, 'timeline');
  }
}

const byOperation = new WeakMap<Context, RequestChildren>();

/** The loaders of the requests' payments, links and timeline for one GraphQL operation. */
export function requestChildren(ctx: Context): RequestChildren {
  let children = byOperation.get(ctx);
  if (!children) byOperation.set(ctx, (children = new RequestChildren(ctx.em)));
  return children;
}
