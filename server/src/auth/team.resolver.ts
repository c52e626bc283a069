import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import type { Context } from '../graphql/context';
import { MaxItems } from '../graphql/query-limits';
import { Admin } from './admin.entity';
import { AdminRole } from './roles';
import { TEAM_LIMIT } from './team.service';

@Resolver()
export class TeamResolver {
  @Query(() => [Admin], { description: 'Everyone on the team, oldest first' })
  @MaxItems(TEAM_LIMIT)
  admins(@Ctx() ctx: Context) {
    return ctx.services.team.list(ctx.em);
  }

  @Mutation(() => Admin, { description: 'Applies at once to their open sessions; the team keeps at least one owner' })
  setAdminRole(
    @Arg('id', () => ID) id: string,
    @Arg('role', () => AdminRole) role: AdminRole,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.team.setRole(ctx.em, id, role);
  }
}
