import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

import { IsCustomerEmail, IsName } from '../common/contact';
import { ServiceRequestStatus } from '../engine/status';

@InputType()
export class RequestServiceInput {
  @Field(() => String)
  @Length(1, 200)
  @IsName()
  customerName!: string;

  @Field(() => String)
  @IsCustomerEmail()
  customerEmail!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^(\s*|\+?[0-9 ().-]{5,40})$/, { message: 'must be a phone number (digits, spaces, + ( ) . -)' })
  customerPhone?: string | undefined;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  address?: string | undefined;

  @Field(() => String)
  @Length(1, 5000)
  description!: string;
}

export enum ServiceRequestOrder {
  CREATED_DESC = 'CREATED_DESC',
  CREATED_ASC = 'CREATED_ASC',
  UPDATED_DESC = 'UPDATED_DESC',
  UPDATED_ASC = 'UPDATED_ASC',
}
registerEnumType(ServiceRequestOrder, { name: 'ServiceRequestOrder' });

@ArgsType()
export class ServiceRequestsArgs {
  @Field(() => [ServiceRequestStatus], { nullable: true })
  status?: ServiceRequestStatus[] | undefined;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  search?: string | undefined;

  @Field(() => Boolean, { nullable: true })
  needsAttention?: boolean | undefined;

  @Field(() => ServiceRequestOrder, { defaultValue: ServiceRequestOrder.CREATED_DESC })
  orderBy: ServiceRequestOrder = ServiceRequestOrder.CREATED_DESC;

  @Field(() => Int, { defaultValue: 50 })
  first = 50;

  @Field(() => String, { nullable: true })
  after?: string | undefined;
}

@ArgsType()
export class QuoteArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'In the smallest unit of the currency (cents for USD, yen for JPY)' })
  amount!: number;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code; defaults to the request currency' })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'must be a three-letter ISO 4217 code' })
  currency?: string | undefined;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | undefined;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Offer the customer to save the card for future visits (they accept the wording on the Stripe page)',
  })
  saveCard = false;
}

@ArgsType()
export class ReasonArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | undefined;
}

@ArgsType()
export class NoteArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | undefined;
}

@ArgsType()
export class ResolveAttentionArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  @Length(1, 2000)
  note!: string;
}

@ArgsType()
export class ScheduleArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  scheduledFor!: Date;
}
