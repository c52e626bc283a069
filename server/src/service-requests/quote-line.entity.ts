import { randomUUID } from 'node:crypto';

import { Entity, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';

import type { TaxRate } from '../business/business-settings.entity';
import type { ServiceRequest } from './service-request.entity';

/**
 * One line of one version of a request's quote (the single-amount form is one line). Versions are
 * kept: a payment of an older quote can still be told apart. Written with SQL (data/quote-lines.ts).
 */
@Entity()
@Index({ properties: ['serviceRequest', 'quoteVersion', 'position'] })
export class QuoteLine {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('ServiceRequest', { deleteRule: 'cascade', index: false })
  serviceRequest!: Rel<ServiceRequest>;

  @Property({ type: 'integer' })
  quoteVersion!: number;

  /** Its place in the quote, from 0. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  description!: string;

  /** Thousandths: 1.5 hours is 1500 (quote-math.ts in currency/). */
  @Property({ type: 'integer' })
  quantity!: number;

  /** Per unit of quantity, in the smallest unit of the request's currency. */
  @Property({ type: 'integer' })
  unitAmount!: number;

  @ManyToOne('TaxRate', { nullable: true, index: false })
  taxRate?: Rel<TaxRate> | null;

  /** quantity × unit amount, rounded half up (an inclusive tax in it). */
  @Property({ type: 'integer' })
  amount!: number;

  /** The line's tax, as Stripe computes it. */
  @Property({ type: 'integer' })
  tax!: number;
}
