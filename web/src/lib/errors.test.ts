import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';

import { ERROR_MESSAGES, type ErrorCode, fieldErrors, generalError, hasCode, toUserErrors } from './errors';

const graphQLError = (...errors: GraphQLFormattedError[]) => new CombinedGraphQLErrors({ errors });

describe('toUserErrors', () => {
  it('has a message for every code of the contract', () => {
    const codes: ErrorCode[] = [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'INVALID_TRANSITION',
      'CONFLICT',
      'PAYMENT_PROVIDER_ERROR',
      'RATE_LIMITED',
      'QUERY_TOO_COMPLEX',
      'INTERNAL_SERVER_ERROR',
    ];
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      const [error] = toUserErrors(graphQLError({ message: 'the raw problem', extensions: { code } }));
      expect(error?.code).toBe(code);
      expect(error?.message.length).toBeGreaterThan(3);
    }
  });

  it('reads the details the server sends with a code', () => {
    const messages = toUserErrors(
      graphQLError(
        {
          message: 'cannot go from PAID to QUOTED',
          extensions: { code: 'INVALID_TRANSITION', from: 'PAID', to: 'QUOTED' },
        },
        { message: 'too many attempts; try again in 42s', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 } },
        { message: 'cannot cancel while a payment is processing', extensions: { code: 'CONFLICT' } },
        { message: 'No such price', extensions: { code: 'PAYMENT_PROVIDER_ERROR' } },
      ),
    ).map((e) => e.message);
    expect(messages).toEqual([
      'A paid request cannot become quoted. It may have changed meanwhile; the page now shows its current state.',
      'Too many attempts. Try again in 42 seconds.',
      'Not possible right now: cannot cancel while a payment is processing.',
      'Stripe refused it: No such price',
    ]);
  });

  it('says the server cannot be reached for network failures, and keeps unknown codes as sent', () => {
    const network = new ServerError('Response not successful', {
      response: new Response('', { status: 502 }),
      bodyText: '',
    });
    expect(toUserErrors(network)).toEqual([
      { code: 'NETWORK', message: 'Cannot reach the server. Check the connection and try again.' },
    ]);
    expect(toUserErrors(new TypeError('Failed to fetch'))[0]?.code).toBe('NETWORK');
    expect(toUserErrors(graphQLError({ message: 'odd', extensions: { code: 'SOMETHING_NEW' } }))).toEqual([
      { code: 'UNKNOWN', message: 'odd' },
    ]);
    expect(toUserErrors(undefined)).toEqual([]);
  });
});

describe('fieldErrors and generalError', () => {
  const error = graphQLError(
    {
      message: 'customerEmail: must be an email address',
      extensions: { code: 'BAD_USER_INPUT', field: 'customerEmail' },
    },
    { message: 'amount: must be at least $0.50', extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' } },
    {
      message: 'the request was changed by someone else meanwhile; reload and try again',
      extensions: { code: 'CONFLICT' },
    },
  );

  it('puts BAD_USER_INPUT next to its field, without repeating the field name', () => {
    expect(fieldErrors(error)).toEqual({
      customerEmail: 'Must be an email address',
      amount: 'Must be at least $0.50',
    });
  });

  it('leaves the rest for an alert, and only what no field shows', () => {
    expect(generalError(error, ['customerEmail', 'amount'])).toBe(
      'Not possible right now: the request was changed by someone else meanwhile; reload and try again.',
    );
    expect(generalError(error, ['customerEmail'])).toMatch(/^Amount: must be at least \$0.50 Not possible/);
    expect(hasCode(error, 'CONFLICT')).toBe(true);
    expect(hasCode(error, 'NOT_FOUND')).toBe(false);
  });
});
