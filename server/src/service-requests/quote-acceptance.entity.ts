import { randomUUID } from 'node:crypto';

import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

import { PayPurpose } from '../engine/payment-enums';
import type { ServiceRequest } from './service-request.entity';

/**
 * The customer's acceptance of one version of a request's quote, on the quote page: who typed
 * their name, when, from where, and a hash of what they saw. One per (request, version): a second
 * accept of the same version finds this row and records nothing. Written with SQL
 * (data/acceptances.ts).
 */
@ObjectType()
@Entity()
@Unique({ properties: ['serviceRequest', 'quoteVersion'] })
export class QuoteAcceptance {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('ServiceRequest', { deleteRule: 'cascade', index: false })
  serviceRequest!: Rel<ServiceRequest>;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quoteVersion!: number;

  @Field(() => String, { description: 'The full name the customer typed' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'As every per-address limit counts it' })
  @Property({ type: 'text', nullable: true })
  clientAddress?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  userAgent?: string;

  @Field(() => PayPurpose, {
    nullable: true,
    description:
      'How the customer chose to pay on accepting: the deposit, in full, or the balance after a kept deposit',
  })
  @Enum({ items: () => PayPurpose, nullable: true })
  payChoice?: PayPurpose;

  @Field(() => String, { description: 'SHA-256 (hex) of the quote content the customer accepted' })
  @Property({ type: 'text' })
  contentHash!: string;
}
