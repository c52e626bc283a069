import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Audited, Public } from '../graphql/admin-guard';
import type { Context } from '../graphql/context';
import { MaxItems } from '../graphql/query-limits';
import { Admin } from './admin.entity';
import { AuthPayload } from './auth.resolver';
import type { Authenticated } from './auth.service';
import { Invitation } from './invitation.entity';
import { AdminRole } from './roles';
import { TEAM_LIMIT } from './team.service';

/** The admin running a guarded operation (the guard has let only signed-in admins through). */
const caller = (ctx: Context): Authenticated['admin'] => (ctx.auth as Authenticated).admin;

@Resolver()
export class TeamResolver {
  @Query(() => [Admin], { description: 'Everyone on the team (removed admins too), oldest first' })
  @MaxItems(TEAM_LIMIT)
  admins(@Ctx() ctx: Context) {
    return ctx.services.team.list(ctx.em);
  }

  @Query(() => [Invitation], {
    description: 'Invitations not yet accepted or revoked (expired ones too), newest first',
  })
  @MaxItems(TEAM_LIMIT)
  invitations(@Ctx() ctx: Context) {
    return ctx.services.team.invitations(ctx.em);
  }

  @Audited('INVITED')
  @Mutation(() => Invitation, {
    description:
      'Mails a one-time link (7 days) and answers it in `link` for the owner to copy; replaces an open invitation of that email',
  })
  inviteAdmin(
    @Arg('email', () => String) email: string,
    @Arg('role', () => AdminRole) role: AdminRole,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.team.invite(ctx.em, caller(ctx), email, role);
  }

  @Audited('INVITATION_RESENT')
  @Mutation(() => Invitation, {
    description: 'A fresh link (the old one stops working), mailed again and answered in `link`',
  })
  resendInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.team.resend(ctx.em, caller(ctx), id);
  }

  @Audited('INVITATION_REVOKED')
  @Mutation(() => Boolean)
  revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.team.revoke(ctx.em, id);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Joins the team through an invitation link and signs in; rate-limited per client address',
  })
  async acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('name', () => String) name: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    const seen = { address: ctx.clientIp, device: ctx.device };
    const { admin, session, token: sessionToken } = await ctx.services.team.accept(ctx.em, token, name, password, seen);
    ctx.session?.set(sessionToken, session.expiresAt);
    return { admin, token: sessionToken };
  }

  @Audited('ROLE_CHANGED')
  @Mutation(() => Admin, { description: 'Applies at once to their open sessions; the team keeps at least one owner' })
  setAdminRole(@Arg('id', () => ID) id: string, @Arg('role', () => AdminRole) role: AdminRole, @Ctx() ctx: Context) {
    return ctx.services.team.setRole(ctx.em, id, role);
  }

  @Audited('ADMIN_REMOVED')
  @Mutation(() => Boolean, {
    description: 'The admin is kept (named on the timeline) but cannot sign in; their sessions end at once',
  })
  removeAdmin(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.team.remove(ctx.em, id);
  }
}

@Resolver(() => Invitation)
export class InvitationFieldsResolver {
  @FieldResolver(() => Admin)
  invitedBy(@Root() invitation: Invitation, @Ctx() { em }: Context) {
    return em.findOneOrFail(Admin, { id: invitation.invitedBy.id });
  }
}
