import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type GraphQLSchema, isListType, isNonNullType, validate } from 'graphql';
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

/** Variable sets remembered per document (a list's pages differ in `after`, a detail in `id`), if short. */
const COSTS_PER_DOCUMENT = 100;
const MAX_KEY_LENGTH = 1_000;

/**
 * Refuses too deep or too costly operations before anything runs (`QUERY_TOO_COMPLEX`). Both
 * verdicts are remembered per parsed document (Apollo parses a query text once and keeps it), the
 * cost also per operation and variables, so the SPA's repeated queries are not walked again.
 */
export function queryLimits(schema: GraphQLSchema): ApolloServerPlugin {
  const tooDeep = new WeakMap<DocumentNode, boolean>();
  const costs = new WeakMap<DocumentNode, Map<string, number | undefined>>();
  const costOf = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => {
    let known = costs.get(document);
    if (!known) costs.set(document, (known = new Map()));
    const key = JSON.stringify([operationName ?? null, variables]);
    if (known.has(key)) return known.get(key);
    let complexity: number | undefined;
    try {
      complexity = getComplexity({ schema, query: document, operationName, variables, estimators: [estimator] });
    } catch {
      // Variables that do not coerce: execution refuses them with BAD_USER_INPUT before any resolver runs.
      complexity = undefined;
    }
    if (key.length <= MAX_KEY_LENGTH) {
      if (known.size >= COSTS_PER_DOCUMENT) known.clear();
      known.set(key, complexity);
    }
    return complexity;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          let deep = tooDeep.get(document);
          if (deep === undefined) {
            deep = validate(schema, document, [depthLimit(MAX_DEPTH)]).length > 0;
            tooDeep.set(document, deep);
          }
          if (deep) throw new QueryTooComplexError(`the query is deeper than ${MAX_DEPTH} levels`);
          const complexity = costOf(document, operationName ?? undefined, request.variables ?? {});
          if (complexity !== undefined && complexity > MAX_COMPLEXITY) {
            throw new QueryTooComplexError(`the query costs ${complexity}, above the limit of ${MAX_COMPLEXITY}`);
          }
        },
      };
    },
  };
}
