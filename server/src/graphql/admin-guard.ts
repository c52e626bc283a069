import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { Extensions } from 'type-graphql';

import { audit } from '../audit/audit';
import { displayName } from '../auth/admin.entity';
import { mayRun } from '../auth/roles';
import { actingAs } from '../common/acting';
import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import type { Context } from './context';

/** Marks a root operation as open to anyone; every other operation needs a signed-in admin. */
export const Public = () => Extensions({ public: true });

/** Marks a guarded mutation as recorded in the audit log as `kind` when it succeeds (README "Team"). */
export const Audited = (kind: string) => Extensions({ audit: kind });

/** The arguments an audit event keeps beyond its target: none that could be a secret. */
const DETAIL_ARGS = ['role', 'amount', 'paymentId'];

async function audited(kind: string, args: Record<string, unknown>, context: Context, run: () => unknown) {
  const result = await run();
  const detail = Object.fromEntries(DETAIL_ARGS.filter((key) => args[key] != null).map((key) => [key, args[key]]));
  await audit(context.em, {
    kind,
    target: (args['id'] ?? args['email']) as string | undefined,
    detail: Object.keys(detail).length > 0 ? JSON.stringify(detail) : undefined,
  });
  return result;
}

/**
 * Runs the checks before `resolve`, keeping its `this`-free signature; then `resolve` as the admin
 * (what it writes names them), and its audit event after it succeeded.
 */
function guarded(
  field: GraphQLField<unknown, Context>,
  resolve: GraphQLFieldResolver<unknown, Context>,
): GraphQLFieldResolver<unknown, Context> {
  const kind = field.extensions['audit'] as string | undefined;
  return (source, args, context, info) => {
    if (!context.auth) throw new UnauthenticatedError();
    const { admin } = context.auth;
    if (!mayRun(admin.role, field.name)) throw new ForbiddenError(field.name);
    const run = () => resolve(source, args, context, info);
    const acting = { name: displayName(admin), adminId: admin.id, address: context.clientIp };
    return actingAs(acting, kind ? () => audited(kind, args as Record<string, unknown>, context, run) : run);
  };
}

/**
 * The one guard: default-deny on every root field (query, mutation, subscription) not marked
 * `@Public()`, so an operation added later is protected without anyone remembering to protect it;
 * and the role table (auth/roles.ts) for the signed-in admin's role, read on every operation.
 * Only root fields are wrapped: a type-graphql global middleware would turn every field of every
 * object into a promise, which costs the lists and the live fan-out more than all their SQL.
 */
export function guardRootFields(schema: GraphQLSchema): GraphQLSchema {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  for (const root of roots.filter((t): t is GraphQLObjectType => Boolean(t))) {
    for (const field of Object.values(root.getFields()) as GraphQLField<unknown, Context>[]) {
      if (field.extensions['public'] === true) continue;
      field.resolve = guarded(field, field.resolve ?? defaultFieldResolver);
      if (field.subscribe) field.subscribe = guarded(field, field.subscribe);
    }
  }
  return schema;
}
