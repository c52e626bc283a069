import { GraphQLError } from 'graphql';

/** The error codes clients can rely on (CONTRACT.md); every error the API raises carries one. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'INVALID_TRANSITION'
  | 'CONFLICT'
  | 'PAYMENT_PROVIDER_ERROR'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX';

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** For errors raised before execution (request plugins): Apollo would answer them with HTTP 500. */
export const REFUSED_REQUEST = { http: { status: 400 } };

export class BadUserInputError extends AppError {
  constructor(field: string, message: string, extensions: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', `${field}: ${message}`, { ...extensions, field });
  }
}

export class NotFoundError extends AppError {
  constructor(entity: string, id: string) {
    super('NOT_FOUND', `${entity} ${id} not found`, { entity, id });
  }
}

export class InvalidTransitionError extends AppError {
  constructor(from: string, to: string) {
    super('INVALID_TRANSITION', `cannot go from ${from} to ${to}`, { from, to });
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'sign in as an admin first') {
    super('UNAUTHENTICATED', message);
  }
}

/** The admin is signed in, but their role may not run this (auth/roles.ts). */
export class ForbiddenError extends AppError {
  constructor(operation: string) {
    super('FORBIDDEN', `your role may not run ${operation}`, { operation });
  }
}

/** `limit` names the rule that refused (README "Security"), so that a refusal can be told apart from another. */
export class RateLimitedError extends AppError {
  constructor(retryAfterSeconds: number, limit: string) {
    super('RATE_LIMITED', `too many attempts (${limit}); try again in ${retryAfterSeconds}s`, {
      retryAfterSeconds,
      limit,
    });
  }
}

/** The limit (graphql/query-limits.ts) an operation went over, named in its error. */
export type QueryLimit =
  'tokens' | 'sameFields' | 'aliases' | 'directives' | 'depth' | 'variables' | 'first' | 'cost' | 'objects';

/** Raised by the query limits, before execution (a 400) or when its budget of objects runs out. */
export class QueryTooComplexError extends AppError {
  constructor(limit: QueryLimit, message: string) {
    super('QUERY_TOO_COMPLEX', message, { ...REFUSED_REQUEST, limit });
  }
}
