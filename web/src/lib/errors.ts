import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

/** Every `extensions.code` the API sends (CONTRACT.md), plus the server's mask for the unexpected. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'INVALID_TRANSITION'
  | 'CONFLICT'
  | 'PAYMENT_PROVIDER_ERROR'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR';

const STATUS_WORDS: Record<string, string> = {
  REQUESTED: 'requested',
  QUOTED: 'quoted',
  AWAITING_PAYMENT: 'awaiting payment',
  PAID: 'paid',
  SCHEDULED: 'scheduled',
  COMPLETED: 'completed',
  DECLINED: 'declined',
  CANCELED: 'canceled',
  REFUNDED: 'refunded',
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lastSegment = (field: string) => field.split('.').pop() ?? field;
const ext = (error: GraphQLFormattedError, key: string): unknown => error.extensions?.[key];
const word = (status: unknown) => (typeof status === 'string' ? (STATUS_WORDS[status] ?? status) : 'this state');
/** The server writes `field: problem`; next to the field only the problem reads well. */
const withoutField = (error: GraphQLFormattedError) => {
  const field = ext(error, 'field');
  let text = error.message;
  if (typeof field === 'string') {
    for (const prefix of [`${field}: `, `${lastSegment(field)}: `]) {
      if (text.startsWith(prefix)) text = text.slice(prefix.length);
    }
  }
  return capitalize(text);
};

/** The one exhaustive map from error code to what a person reads (TypeScript refuses a missing code). */
export const ERROR_MESSAGES: { readonly [C in ErrorCode]: (error: GraphQLFormattedError) => string } = {
  UNAUTHENTICATED: () => 'Your session has ended. Please sign in again.',
  FORBIDDEN: () => 'Your account is not allowed to do that.',
  BAD_USER_INPUT: withoutField,
  NOT_FOUND: () => 'It no longer exists. It may have been removed.',
  INVALID_TRANSITION: (e) =>
    `A ${word(ext(e, 'from'))} request cannot become ${word(ext(e, 'to'))}. It may have changed meanwhile; the page now shows its current state.`,
  CONFLICT: (e) => `Not possible right now: ${e.message}.`,
  PAYMENT_PROVIDER_ERROR: (e) => `Stripe refused it: ${e.message}`,
  RATE_LIMITED: (e) => {
    const seconds = Number(ext(e, 'retryAfterSeconds'));
    return Number.isFinite(seconds) && seconds > 0
      ? `Too many attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`
      : 'Too many attempts. Try again in a moment.';
  },
  QUERY_TOO_COMPLEX: () => 'This view asked the server for too much at once. Show fewer rows and try again.',
  INTERNAL_SERVER_ERROR: () => 'Something went wrong on the server. Try again; if it keeps happening, check its log.',
};

const isKnownCode = (code: unknown): code is ErrorCode => typeof code === 'string' && code in ERROR_MESSAGES;

export interface UserError {
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  message: string;
  /** For BAD_USER_INPUT: the argument or input field it is about (`amount`, `customerEmail`). */
  field?: string;
}

/** Turns whatever Apollo reports into messages a person can act on. */
export function toUserErrors(error: unknown): UserError[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => {
      const code = e.extensions?.['code'];
      const field = e.extensions?.['field'];
      if (!isKnownCode(code)) return { code: 'UNKNOWN', message: e.message };
      return { code, message: ERROR_MESSAGES[code](e), ...(typeof field === 'string' ? { field } : {}) };
    });
  }
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError) {
    return [{ code: 'NETWORK', message: 'Cannot reach the server. Check the connection and try again.' }];
  }
  return [{ code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error) }];
}

/** Field errors keyed by field name (the last path segment: `input.customerEmail` → `customerEmail`). */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const e of toUserErrors(error)) {
    if (e.field) result[lastSegment(e.field)] ??= e.message;
  }
  return result;
}

/** Everything that is not about one field, as one sentence (for an alert or a toast). */
export function generalError(error: unknown, shownFields: readonly string[] = []): string | undefined {
  const rest = toUserErrors(error).filter((e) => !e.field || !shownFields.includes(lastSegment(e.field)));
  // Away from its field, a field's problem has to name it.
  const text = (e: UserError) =>
    e.field
      ? `${capitalize(lastSegment(e.field))}: ${e.message.charAt(0).toLowerCase()}${e.message.slice(1)}`
      : e.message;
  return rest.length ? rest.map(text).join(' ') : undefined;
}

export function hasCode(error: unknown, code: ErrorCode): boolean {
  return toUserErrors(error).some((e) => e.code === code);
}
