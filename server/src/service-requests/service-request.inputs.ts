import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';

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

/** Most lines a quote may have. */
export const MAX_LINE_ITEMS = 100;

@InputType()
export class LineItemInput {
  @Field(() => String)
  @MaxLength(250)
  description!: string;

  @Field(() => Float, { description: 'Above 0, up to three decimals (1.5 hours)' })
  quantity!: number;

  @Field(() => Int, { description: 'Per unit, in the smallest unit of the currency' })
  unitAmount!: number;

  @Field(() => ID, { nullable: true, description: 'One of the business’s tax rates on offer' })
  @IsOptional()
  taxRateId?: string | null;
}

@ArgsType()
export class QuoteArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The single-amount form (one line, no tax), in the smallest unit of the currency; or give lineItems',
  })
  amount?: number | null;

  @Field(() => [LineItemInput], { nullable: true, description: `At most ${MAX_LINE_ITEMS} lines` })
  @IsOptional()
  @ArrayMaxSize(MAX_LINE_ITEMS)
  @ValidateNested({ each: true })
  lineItems?: LineItemInput[] | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'A deposit /pay collects first, taxes included, in the smallest unit; or give depositPercent. None by default',
  })
  depositAmount?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The deposit as a whole percent of the total including tax, rounded half up to the smallest unit',
  })
  depositPercent?: number | null;

  @Field(() => Date, { nullable: true, description: 'Default: today plus the business’s quote validity, if set' })
  validUntil?: Date | null;

  @Field(() => String, { nullable: true, description: 'Default: the business’s terms' })
  @IsOptional()
  @MaxLength(5000)
  terms?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code; defaults to the request currency' })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'must be a three-letter ISO 4217 code' })
  currency?: string | undefined;

  @Field(() => String, { nullable: true, description: 'To the customer, with the quote (and on the timeline)' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | undefined;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Offer the customer to save the card for future visits (they accept the wording on the Stripe page)',
  })
  saveCard = false;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'The customer accepts the quote on its page (/quote/:token) before paying or being charged',
  })
  requireAcceptance?: boolean;
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
export class ExtendValidityArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { description: 'The new end of the quote’s validity, in the future' })
  validUntil!: Date;
}

@ArgsType()
export class ScheduleArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  scheduledFor!: Date;
}
