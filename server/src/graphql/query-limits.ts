import type { ApolloServerPlugin } from '@apollo/server';
import { type GraphQLSchema, isListType, isNonNullType, validate } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

import { QueryTooComplexError } from '../common/errors';

export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 20_000;
/** What an unbounded list (a request's timeline, its payments) is assumed to hold. */
const ASSUMED_LIST_SIZE = 10;

/**
 * Each field costs 1; a paged list multiplies its children by `first` (its `edges` hold that many
 * already), any other list by an assumed size.
 */
const estimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  // Introspection costs what the schema's size allows, whatever the nesting: tools need it whole.
  if (field.name.startsWith('__')) return 0;
  if (typeof args['first'] === 'number') return 1 + childComplexity * Math.max(1, args['first']);
  if (field.name === 'edges') return 1 + childComplexity;
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  return 1 + childComplexity * (isListType(type) ? ASSUMED_LIST_SIZE : 1);
};

/** Refuses too deep or too costly operations before anything runs (`QUERY_TOO_COMPLEX`). */
export function queryLimits(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          const tooDeep = validate(schema, document, [depthLimit(MAX_DEPTH)]);
          if (tooDeep.length > 0) throw new QueryTooComplexError(`the query is deeper than ${MAX_DEPTH} levels`);
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [estimator],
            });
          } catch {
            // Variables that do not coerce: execution refuses them with BAD_USER_INPUT before any resolver runs.
            return;
          }
          if (complexity > MAX_COMPLEXITY) {
            throw new QueryTooComplexError(`the query costs ${complexity}, above the limit of ${MAX_COMPLEXITY}`);
          }
        },
      };
    },
  };
}
