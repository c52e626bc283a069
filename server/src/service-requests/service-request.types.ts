import { Field, ID, Int, ObjectType } from 'type-graphql';

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
