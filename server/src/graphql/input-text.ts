import { BadUserInputError, REFUSED_REQUEST } from '../common/errors';
import { unstorableTextPath } from '../common/text';
import type { OperationCheck } from './query-limits';

/**
 * `limits`, then, for an operation they let through, a refusal of variables holding text no
 * column can store (NUL, lone surrogates) with BAD_USER_INPUT, once for every operation instead
 * of deep down in a validator or the database. After the limits, so that an operation over one is
 * refused by that limit whatever its variables hold, and no variables it refuses are walked.
 * String literals in the query itself cannot hold such text: graphql-js refuses those when parsing.
 */
export function refusingUnstorableText(limits: OperationCheck): OperationCheck {
  return (document, operationName, variables) => {
    const errors = limits(document, operationName, variables);
    if (errors.length > 0) return errors;
    const field = unstorableTextPath(variables);
    return field ? [new BadUserInputError(field, 'contains a NUL character or broken Unicode', REFUSED_REQUEST)] : [];
  };
}
