import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ArgumentValidationError } from 'type-graphql';

import { AppError, QueryTooComplexError } from '../common/errors';
import { currentRequestId } from '../observability/request-context';
import { LIMITS, parseFailure, withoutSuggestions } from './query-limits';

/** The message of graphql-js's MaxIntrospectionDepthRule (a specified validation rule). */
const INTROSPECTION_TOO_DEEP = 'Maximum introspection depth exceeded';

/** Codes raised by Apollo itself for malformed operations: safe to show as they are. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function firstProblem(errors: ValidationError[], prefix = ''): { field: string; message: string } | undefined {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const message = Object.values(error.constraints ?? {})[0];
    if (message) return { field, message: message.replace(new RegExp(`^${error.property} `), '') };
    const nested = firstProblem(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

function ours(error: AppError, formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...error.extensions };
  delete extensions['http']; // the HTTP status is for Apollo, not for clients
  return { ...formatted, message: error.message, extensions };
}

/**
 * Every error leaves with a code: ours and Apollo's as they are, class-validator's as
 * BAD_USER_INPUT naming the field, anything else masked (and logged, with the request id it is
 * answered with) so no internals leak. Each branch builds its extensions afresh, so Apollo's
 * `stacktrace` never leaves either (and `includeStacktraceInErrorResponses` is off in every mode).
 * With `hideSchema` (production), graphql-js's "Did you mean …?" hints are cut: they spell out
 * the schema that introspection does not show there. Both transports format with this.
 */
export function formatError(log: Logger, { hideSchema }: { hideSchema: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      const problem = firstProblem(original.extensions['validationErrors'] as ValidationError[]);
      const field = problem?.field ?? 'input';
      return {
        message: `${field}: ${problem?.message ?? 'is invalid'}`,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'BAD_USER_INPUT', field },
      };
    }
    if (original instanceof AppError) return ours(original, formatted);
    // graphql-js refuses deep introspection itself; to clients it is the same limit as ours.
    if (formatted.message === INTROSPECTION_TOO_DEEP) {
      return ours(new QueryTooComplexError('depth', `the query is deeper than ${LIMITS.depth} levels`), formatted);
    }
    const code = formatted.extensions?.['code'];
    // Apollo parses HTTP operations itself, with the token limit of PARSE_OPTIONS.
    if (code === 'GRAPHQL_PARSE_FAILED' && original instanceof GraphQLError) {
      const refusal = parseFailure(original);
      if (refusal instanceof AppError) return ours(refusal, formatted);
    }
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      return {
        message: hideSchema ? withoutSuggestions(formatted.message) : formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code },
      };
    }
    // `code`: the answer this line stands for (a GraphQL 500, whatever the HTTP status or transport).
    log.error(
      { err: original, path: formatted.path, code: 'INTERNAL_SERVER_ERROR' },
      'unexpected error in a GraphQL operation',
    );
    const requestId = currentRequestId(); // none over WebSocket
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) },
    };
  };
}
