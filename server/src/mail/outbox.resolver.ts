import { Args, ArgsType, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';

import { Connection } from '../common/connection';
import { recentPage } from '../common/recent-page';
import { redactAccountTokens } from '../common/url-tokens';
import type { Context } from '../graphql/context';
import { OutboxMessage } from './outbox-message.entity';

@ObjectType()
export class OutboxConnection extends Connection(OutboxMessage) {}

@ArgsType()
class OutboxArgs {
  @Field(() => Int, { defaultValue: 50 })
  first = 50;

  @Field(() => String, { nullable: true })
  after?: string | undefined;
}

@Resolver(() => OutboxMessage)
export class OutboxResolver {
  @Query(() => OutboxConnection, { description: 'Mail to customers, newest first: sent, waiting or failed' })
  outbox(@Args(() => OutboxArgs) { first, after }: OutboxArgs, @Ctx() { em }: Context) {
    return recentPage(em, OutboxMessage, 'createdAt', {}, first, after);
  }

  @FieldResolver(() => String, {
    description: 'The text, with the tokens of invitation and password reset links hidden',
  })
  text(@Root() message: OutboxMessage) {
    return redactAccountTokens(message.text);
  }
}
