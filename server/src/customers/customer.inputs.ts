import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

@ArgsType()
export class CustomersArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or email' })
  @IsOptional()
  @MaxLength(200)
  search?: string | undefined;

  @Field(() => Boolean, { nullable: true, description: 'Only customers with (true) or without (false) a saved card' })
  hasSavedCard?: boolean | undefined;

  @Field(() => Int, { defaultValue: 50 })
  first = 50;

  @Field(() => String, { nullable: true })
  after?: string | undefined;
}
