import 'reflect-metadata';

import { lexicographicSortSchema, printSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema } from 'type-graphql';

import { AuthResolver } from '../auth/auth.resolver';
import { ServiceRequestResolver } from '../service-requests/service-request.resolver';
import { AdminGuard } from './admin-guard';

export const RESOLVERS = [AuthResolver, ServiceRequestResolver] as const;

/** The schema from the type-graphql classes; `schema.graphql` at the root is emitted from it. */
export function createSchema() {
  return buildSchema({
    resolvers: RESOLVERS,
    globalMiddlewares: [AdminGuard],
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    validate: true,
  });
}

/** The SDL as committed in `schema.graphql`: sorted, so that the diff shows only real changes. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
