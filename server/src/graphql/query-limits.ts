import type { ApolloServerPlugin } from '@apollo/server';
import { type GraphQLSchema, isListType, isNonNullType, validate } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

import { QueryTooComplexError } from '../common/errors';

export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 20_000;
/** What an unbounded list (a request's timeline, its payments) is assumed to hold. */
const ASSUMED_LIST_SIZE = 10;

/** Each field costs 1; a paged list multiplies its children by `first`, any other list by 10. */
const estimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (typeof args['first'] === 'number') return 1 + childComplexity * Math.max(1, args['first']);
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
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [estimator],
          });
          if (complexity > MAX_COMPLEXITY) {
            throw new QueryTooComplexError(`the query costs ${complexity}, above the limit of ${MAX_COMPLEXITY}`);
          }
        },
      };
    },
  };
}
