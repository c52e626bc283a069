import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

import { TaxRate } from '../business/business-settings.entity';
import { Connection } from '../common/connection';
import { ServiceRequestStatus } from '../engine/status';
import { ServiceRequest } from './service-request.entity';

@ObjectType()
export class ServiceRequestConnection extends Connection(ServiceRequest) {}

@ObjectType()
export class StatusCount {
  @Field(() => ServiceRequestStatus)
  status!: ServiceRequestStatus;

  @Field(() => Int)
  count!: number;
}

/** What the public form gets back: enough to refer to the request, nothing about others. */
@ObjectType()
export class ServiceRequestReceipt {
  @Field(() => ID)
  id!: string;

  @Field(() => ServiceRequestStatus)
  status!: ServiceRequestStatus;

  @Field(() => Date)
  createdAt!: Date;
}

/** A line of the current quote. */
@ObjectType()
export class LineItem {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Float, { description: 'Up to three decimals, kept exactly' })
  quantity!: number;

  @Field(() => Int, { description: 'Per unit, in the smallest currency unit' })
  unitAmount!: number;

  @Field(() => TaxRate, { nullable: true })
  taxRate!: Pick<TaxRate, 'id' | 'name' | 'percentage' | 'inclusive'> | null;

  @Field(() => Int, { description: 'quantity × unitAmount, rounded half up to what Stripe charges' })
  amount!: number;

  @Field(() => Int, { description: 'The line’s tax: part of amount when inclusive, on top when exclusive' })
  taxAmount!: number;
}
