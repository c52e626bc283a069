import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';

import { Public } from '../graphql/admin-guard';
import type { Context } from '../graphql/context';
import { Admin } from './admin.entity';
import { revokeSessions } from './auth.service';

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: 'For API clients: send as `Authorization: Bearer <token>`' })
  token!: string;

  @Field(() => Admin)
  admin!: Admin;
}

@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => Admin, { nullable: true, description: 'The signed-in admin, or null' })
  me(@Ctx() { auth }: Context) {
    return auth?.admin ?? null;
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Also sets an httpOnly session cookie; rate-limited' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    const { admin, session, token } = await ctx.services.auth.login(ctx.em, email, password, ctx.clientIp, ctx.device);
    ctx.session?.set(token, session.expiresAt);
    return { admin, token };
  }

  @Mutation(() => Boolean)
  async logout(@Ctx() ctx: Context) {
    if (ctx.auth) await revokeSessions(ctx.em, { sessionId: ctx.auth.session.id });
    ctx.session?.clear();
    return true;
  }
}
