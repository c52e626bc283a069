import { randomUUID } from 'node:crypto';

import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';

import type { Page } from '../common/connection';
import { NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import { recentPage } from '../common/recent-page';
import { MONEY_RECEIVED } from '../engine/payment-enums';
import { Payment } from '../payments/payment.entity';
import { Customer } from './customer.entity';
import type { CustomersArgs } from './customer.inputs';

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

  /** Those of `ids` that exist, in one statement (a list page's customers). */
  findMany(em: EntityManager, ids: readonly string[]): Promise<Customer[]> {
    return em.find(Customer, { id: { $in: ids.filter(isUuid) } });
  }

  findOne(em: EntityManager, id: string): Promise<Customer | null> {
    return isUuid(id) ? em.findOne(Customer, { id }) : Promise.resolve(null);
  }

  /** Whether the business may charge the customer's saved card in Stripe `account` (Customer.canBeCharged). */
  async canChargeCard(em: EntityManager, id: string, account: string): Promise<boolean> {
    return (await this.findOne(em, id))?.canBeCharged(account) ?? false;
  }

  /** Newest first, keyset-paged; `search` matches name or email, `hasSavedCard` filters on a usable card. */
  async list(em: EntityManager, args: CustomersArgs): Promise<Page<Customer>> {
    const search = args.search?.trim().toLowerCase();
    const like = search ? `%${escapeLike(search)}%` : undefined;
    const where: FilterQuery<Customer> = {
      ...(like ? { $or: [{ name: { $ilike: like } }, { email: { $like: like } }] } : {}),
      ...(typeof args.hasSavedCard === 'boolean'
        ? { cardPaymentMethodId: args.hasSavedCard ? { $ne: null } : null }
        : {}),
    };
    return recentPage(em, Customer, 'createdAt', where, args.first, args.after);
  }

  /** Every payment of the customer's requests, newest first. */
  /** The customer's payments, newest first; the newest `limit` when given. */
  payments(em: EntityManager, customer: Customer, limit?: number): Promise<Payment[]> {
    return em.find(
      Payment,
      { serviceRequest: { customer } },
      { orderBy: { createdAt: 'desc', id: 'desc' }, ...(limit === undefined ? {} : { limit }) },
    );
  }

  /** Money received from the customer in `currency`, net of refunds. */
  async totalPaid(em: EntityManager, customer: Customer, currency: string): Promise<number> {
    const received = (await this.payments(em, customer)).filter(
      (p) => p.currency === currency && MONEY_RECEIVED.includes(p.status),
    );
    return received.reduce((sum, p) => sum + p.amount - p.refunded, 0);
  }
}
