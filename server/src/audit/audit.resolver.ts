import { Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';

import { Connection } from '../common/connection';
import { recentPage } from '../common/recent-page';
import type { Context } from '../graphql/context';
import { AuditEvent } from './audit-event.entity';

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent) {}

@ArgsType()
class AuditLogArgs {
  @Field(() => Int, { defaultValue: 50 })
  first = 50;

  @Field(() => String, { nullable: true })
  after?: string | undefined;

  @Field(() => ID, { nullable: true })
  actorId?: string | undefined;

  @Field(() => String, { nullable: true })
  kind?: string | undefined;
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'What admins did, newest first; kept AUDIT_RETENTION (a year)' })
  auditLog(@Args(() => AuditLogArgs) { first, after, actorId, kind }: AuditLogArgs, @Ctx() { em }: Context) {
    const where = { ...(actorId ? { actorId } : {}), ...(kind ? { kind } : {}) };
    return recentPage(em, AuditEvent, 'at', where, first, after);
  }
}
