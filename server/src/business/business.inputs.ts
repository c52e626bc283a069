import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

import { IsName } from '../common/contact';

/** Most tax rates a business keeps on offer (a Payment Link has room for few tax lines). */
export const MAX_TAX_RATES = 10;
export const MAX_REMINDERS = 5;

@InputType({ description: 'A rate on offer: with `id` an existing one (only its name may change), without a new one' })
export class TaxRateInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  id?: string | undefined;

  @Field(() => String)
  @Length(1, 50)
  @IsName()
  name!: string;

  @Field(() => String, { description: 'Above 0 and below 100, up to four decimals: "8.875"' })
  @MaxLength(12)
  percentage!: string;

  @Field(() => Boolean)
  inclusive!: boolean;
}

/** A field left out keeps its value; null puts it back to its default (or none). */
@InputType()
export class BusinessSettingsInput {
  @Field(() => String, { nullable: true, description: 'null: BUSINESS_NAME' })
  @IsOptional()
  @Length(1, 100)
  @IsName()
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'An https:// address of the logo' })
  @IsOptional()
  @MaxLength(2000)
  logoUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'An uploaded logo, base64 (a data: URL too): PNG or JPEG under 512 KB and 2000 × 2000 pixels; null removes it',
  })
  @IsOptional()
  // Its size is checked in logo.ts (the request body limit bounds what arrives).
  logo?: string | null;

  @Field(() => String, { nullable: true, description: '#rrggbb' })
  @IsOptional()
  accentColor?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Where customers’ replies to mail go' })
  @IsOptional()
  replyTo?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA name (Europe/Paris); null: UTC' })
  @IsOptional()
  @MaxLength(64)
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'Default currency of new requests; null: CURRENCY' })
  @IsOptional()
  currency?: string | null;

  @Field(() => [TaxRateInput], { nullable: true, description: 'The rates on offer, all of them (replaces the list)' })
  @IsOptional()
  @ArrayMaxSize(MAX_TAX_RATES)
  @ValidateNested({ each: true })
  taxRates?: TaxRateInput[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  defaultDepositPercent?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  quoteValidityDays?: number | null;

  @Field(() => [Int], { nullable: true, description: 'Days after sending on which a reminder goes, ascending' })
  @IsOptional()
  @ArrayMaxSize(MAX_REMINDERS)
  reminderDays?: number[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  terms?: string | null;
}
