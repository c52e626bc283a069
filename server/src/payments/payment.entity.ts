import { randomUUID } from 'node:crypto';

import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { ServiceRequest } from '../service-requests/service-request.entity';
import { PaymentMethod, PaymentStatus } from './payment-enums';

@ObjectType()
@Entity()
export class Payment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('ServiceRequest', { deleteRule: 'cascade', index: true })
  serviceRequest!: Rel<ServiceRequest>;

  @Field(() => PaymentMethod)
  @Enum({ items: () => PaymentMethod })
  method!: PaymentMethod;

  /** One payment per PaymentIntent, whichever event or sync brings it. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true, unique: true })
  stripePaymentIntentId?: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  paymentMethodType?: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => String)
  @Property({ type: 'text', length: 3 })
  currency!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  refunded = 0;

  @Field(() => PaymentStatus)
  @Enum({ items: () => PaymentStatus })
  status!: PaymentStatus;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  disputed = false;

  @Property({ type: 'text', nullable: true })
  note?: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
