import { Field, Int, ObjectType } from 'type-graphql';

import { MaxItems } from '../graphql/query-limits';
import { TaxRate } from './business-settings.entity';
import { MAX_REMINDERS, MAX_TAX_RATES } from './business.inputs';

/** The settings in effect: saved values, else the environment's defaults. */
@ObjectType()
export class BusinessSettings {
  @Field(() => String)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The uploaded logo’s public address, else the https:// address saved before uploads existed',
  })
  logoUrl!: string | null;

  @Field(() => String, { nullable: true })
  accentColor!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  replyTo!: string | null;

  @Field(() => String, { description: 'IANA name' })
  timeZone!: string;

  @Field(() => String)
  currency!: string;

  @Field(() => [TaxRate], { description: 'The rates on offer for new quotes' })
  @MaxItems(MAX_TAX_RATES)
  taxRates!: TaxRate[];

  @Field(() => Int, { nullable: true })
  defaultDepositPercent!: number | null;

  @Field(() => Int, { nullable: true })
  quoteValidityDays!: number | null;

  @Field(() => [Int])
  @MaxItems(MAX_REMINDERS)
  reminderDays!: number[];

  @Field(() => String, { nullable: true })
  terms!: string | null;

  @Field(() => [String], {
    description: 'Fields whose value still comes from the environment (BUSINESS_NAME, CURRENCY)',
  })
  @MaxItems(2)
  fromEnvironment!: string[];
}
