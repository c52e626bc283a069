import { Field, ObjectType } from 'type-graphql';

import type { RequestView } from '../service-requests/request-reads';
import { ChangeSource, ServiceRequestStatus } from '../service-requests/service-request-status';
import { ServiceRequest } from '../service-requests/service-request.entity';

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
