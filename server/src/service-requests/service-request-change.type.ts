import { Field, ObjectType } from 'type-graphql';

import { type RequestView } from '../data/requests';
import { ChangeSource, ServiceRequestStatus } from '../engine/status';
import { ServiceRequest } from './service-request.entity';

@ObjectType()
export class ServiceRequestChange {
  @Field(() => ServiceRequest)
  serviceRequest!: RequestView;

  @Field(() => ServiceRequestStatus, { nullable: true })
  previousStatus?: ServiceRequestStatus | undefined;

  @Field(() => ServiceRequestStatus)
  status!: ServiceRequestStatus;

  @Field(() => ChangeSource)
  source!: ChangeSource;

  @Field(() => Date)
  at!: Date;
}
