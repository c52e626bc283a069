import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { checkPageSize, decodeCursor, encodeCursor, type Page } from '../common/connection';
import { BadUserInputError, NotFoundError } from '../common/errors';
import { MONEY_RECEIVED } from '../payments/payment-enums';
import { Payment } from '../payments/payment.entity';
import { Customer } from './customer.entity';
import type { CustomersArgs } from './customer.inputs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The customer of an email, created on its first request (concurrent first requests agree on one
 * row); the latest request's name wins.
 */
export async function customerFor(em: EntityManager, email: string, name: string): Promise<Customer> {
  return em.upsert(
    Customer,
    { id: randomUUID(), email, name, createdAt: new Date(), updatedAt: new Date() } as Customer,
    { onConflictFields: ['email'], onConflictMergeFields: ['name', 'updatedAt'] },
  );
}

/** Customers as the admin sees them: listed, searched, with what they paid. */
export class CustomersService {
  async findOneOrFail(em: EntityManager, id: string): Promise<Customer> {
    const found = await this.findOne(em, id);
    if (!found) throw new NotFoundError('Customer', id);
    return found;
  }

  findOne(em: EntityManager, id: string): Promise<Customer | null> {
    return UUID.test(id) ? em.findOne(Customer, { id }) : Promise.resolve(null);
  }

  /** Newest first, keyset-paged; `search` matches name or email, `hasSavedCard` filters on a usable card. */
  async list(em: EntityManager, args: CustomersArgs): Promise<Page<Customer>> {
    checkPageSize(args.first);
    const qb = em.createQueryBuilder(Customer, 'c');
    const search = args.search?.trim().toLowerCase();
    if (search) {
      const like = `%${escapeLike(search)}%`;
      qb.andWhere('(lower(c.name) like ? or c.email like ?)', [like, like]);
    }
    if (args.hasSavedCard === true) qb.andWhere({ cardPaymentMethodId: { $ne: null } });
    if (args.hasSavedCard === false) qb.andWhere({ cardPaymentMethodId: null });
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [at, id] = decodeCursor(args.after, 2);
      if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !UUID.test(id)) {
        throw new BadUserInputError('after', 'is not a cursor this list returned');
      }
      qb.andWhere('(c.created_at, c.id) < (?::timestamptz, ?::uuid)', [at, id]);
    }
    const rows = await qb
      .select('*')
      .orderBy({ createdAt: 'desc', id: 'desc' })
      .limit(args.first + 1)
      .getResultList();
    const edges = rows
      .slice(0, args.first)
      .map((node) => ({ node, cursor: encodeCursor([node.createdAt.toISOString(), node.id]) }));
    return { edges, totalCount, pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor } };
  }

  /** Every payment of the customer's requests, newest first. */
  payments(em: EntityManager, customer: Customer): Promise<Payment[]> {
    return em.find(Payment, { serviceRequest: { customer } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  /** Money received from the customer in `currency`, net of refunds. */
  async totalPaid(em: EntityManager, customer: Customer, currency: string): Promise<number> {
    const received = (await this.payments(em, customer)).filter(
      (p) => p.currency === currency && MONEY_RECEIVED.includes(p.status),
    );
    return received.reduce((sum, p) => sum + p.amount - p.refunded, 0);
  }
}
