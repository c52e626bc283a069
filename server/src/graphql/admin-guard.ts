import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { Extensions } from 'type-graphql';

import { mayRun } from '../auth/roles';
import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import type { Context } from './context';

/** Marks a root operation as open to anyone; every other operation needs a signed-in admin. */
export const Public = () => Extensions({ public: true });

/** Runs the checks before `resolve`, keeping its `this`-free signature. */
function guarded(
  operation: string,
  resolve: GraphQLFieldResolver<unknown, Context>,
): GraphQLFieldResolver<unknown, Context> {
  return (source, args, context, info) => {
    if (!context.auth) throw new UnauthenticatedError();
    if (!mayRun(context.auth.admin.role, operation)) throw new ForbiddenError(operation);
    return resolve(source, args, context, info);
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
      field.resolve = guarded(field.name, field.resolve ?? defaultFieldResolver);
      if (field.subscribe) field.subscribe = guarded(field.name, field.subscribe);
    }
  }
  return schema;
}
