import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';

import { IsName } from '../common/contact';

/** At most this many requests in one campaign. */
export const MAX_RECIPIENTS = 5_000;

@InputType({ description: 'The customers to create one request each for (as the `customers` query filters them)' })
export class CampaignCustomersInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  search?: string | undefined;

  @Field(() => Boolean, { nullable: true })
  hasSavedCard?: boolean | undefined;
}

@InputType()
export class CreateCampaignInput {
  @Field(() => String)
  @Length(1, 200)
  @IsName()
  name!: string;

  @Field(() => [ID], { nullable: true, description: 'QUOTED or AWAITING_PAYMENT requests to send the links of' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RECIPIENTS)
  requestIds?: string[] | undefined;

  @Field(() => CampaignCustomersInput, {
    nullable: true,
    description: 'Instead of requestIds: a new request, quoted at `amount`, for each of these customers',
  })
  @IsOptional()
  customers?: CampaignCustomersInput | undefined;

  @Field(() => String, { nullable: true, description: 'With `customers`: what the requests are for' })
  @IsOptional()
  @Length(1, 5000)
  description?: string | undefined;

  @Field(() => Int, { nullable: true, description: 'With `customers`: the price, in the smallest currency unit' })
  amount?: number | undefined;

  @Field(() => String, { nullable: true, description: 'With `customers`: ISO 4217 code; default CURRENCY' })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'must be a three-letter ISO 4217 code' })
  currency?: string | undefined;
}

@ArgsType()
export class CampaignsArgs {
  @Field(() => Int, { defaultValue: 50 })
  first = 50;

  @Field(() => String, { nullable: true })
  after?: string | undefined;
}
