import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';

import { Audited, Public } from '../graphql/admin-guard';
import type { Context } from '../graphql/context';
import { AuthPayload } from './auth.resolver';
import type { Authenticated } from './auth.service';

@Resolver()
export class AccountResolver {
  @Audited('PASSWORD_CHANGED')
  @Mutation(() => Boolean, { description: 'With the current password; your other sessions end' })
  changePassword(
    @Arg('current', () => String) current: string,
    @Arg('next', () => String) next: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.account.changePassword(ctx.em, ctx.auth as Authenticated, current, next, ctx.clientIp);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Mails a one-time reset link (one hour) if the email is on the team; always true; rate-limited per client address',
  })
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: Context) {
    return ctx.services.account.requestReset(ctx.em, email, ctx.clientIp);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'A new password through a reset link; signs in and ends every other session; rate-limited per client address',
  })
  async resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    const {
      admin,
      session,
      token: sessionToken,
    } = await ctx.services.account.reset(ctx.em, token, password, ctx.clientIp);
    ctx.session?.set(sessionToken, session.expiresAt);
    return { admin, token: sessionToken };
  }

  @Audited('RESET_LINK_CREATED')
  @Mutation(() => String, {
    description: 'A one-time reset link (one hour) for an admin of the team, to hand over; nothing is mailed',
  })
  async createPasswordResetLink(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.account.createResetLink(ctx.em, await ctx.services.team.adminOrFail(ctx.em, id));
  }
}
