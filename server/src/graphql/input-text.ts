import type { ApolloServerPlugin } from '@apollo/server';

import { BadUserInputError, REFUSED_REQUEST } from '../common/errors';
import { unstorableTextPath } from '../common/text';

/**
 * Refuses variables holding text no column can store (NUL, lone surrogates) with BAD_USER_INPUT,
 * once for every operation, instead of letting it fail deep down in a validator or the database.
 * String literals in the query itself cannot hold them: graphql-js refuses those when parsing.
 */
export function unstorableTextGuard(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const field = unstorableTextPath(request.variables ?? {});
          if (field) {
            throw new BadUserInputError(field, 'contains a NUL character or broken Unicode', REFUSED_REQUEST);
          }
        },
      };
    },
  };
}
