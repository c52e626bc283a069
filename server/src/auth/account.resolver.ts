import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Audited, Public } from '../graphql/admin-guard';
import type { Context } from '../graphql/context';
import { MaxItems } from '../graphql/query-limits';
import { MAX_SESSIONS } from './account.service';
import { AdminSession } from './admin-session.entity';
import { AuthPayload } from './auth.resolver';
import type { Authenticated } from './auth.service';

@Resolver()
export class AccountResolver {
  @Query(() => [AdminSession], { description: 'Your live sessions, the most recently seen first' })
  @MaxItems(MAX_SESSIONS)
  mySessions(@Ctx() ctx: Context) {
    return ctx.services.account.sessionsOf(ctx.em, (ctx.auth as Authenticated).admin.id);
  }

  @Query(() => [AdminSession], { description: "An admin's live sessions (owners), the most recently seen first" })
  @MaxItems(MAX_SESSIONS)
  adminSessions(@Arg('adminId', () => ID) adminId: string, @Ctx() ctx: Context) {
    return ctx.services.account.sessionsOf(ctx.em, adminId);
  }

  @Audited('SESSION_ENDED')
  @Mutation(() => Boolean, { description: 'Ends a session of yours (owners: anyone’s) at once, sockets too' })
  endSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.account.endSession(ctx.em, ctx.auth as Authenticated, id);
  }

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
    } = await ctx.services.account.reset(ctx.em, token, password, {
      address: ctx.clientIp,
      device: ctx.device,
    });
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

@Resolver(() => AdminSession)
export class AdminSessionFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'The session asking' })
  current(@Root() session: AdminSession, @Ctx() ctx: Context) {
    return session.id === ctx.auth?.session.id;
  }
}
