export type StripeErrorType = 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';

/** An error answered in Stripe's shape: `{ error: { type, code, message, param, ... } }`. */
export class StripeError extends Error {
  constructor(
    readonly status: number,
    readonly type: StripeErrorType,
    message: string,
    readonly code?: string,
    readonly param?: string,
    /** Further fields Stripe adds for some errors (card errors name the charge and decline code). */
    readonly extra: Record<string, unknown> = {},
    /** The request changed state before failing (a declined charge): its key replays this error. */
    readonly recorded = false,
  ) {
    super(message);
  }

  body(requestId: string) {
    return {
      error: {
        type: this.type,
        message: this.message,
        ...(this.code
          ? { code: this.code, doc_url: `https://stripe.com/docs/error-codes/${this.code.replace(/_/g, '-')}` }
          : {}),
        ...(this.param ? { param: this.param } : {}),
        ...this.extra,
        request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}`,
      },
    };
  }
}

export function invalidRequest(message: string, param?: string, code?: string): StripeError {
  return new StripeError(400, 'invalid_request_error', message, code, param);
}

export function missingParam(param: string): StripeError {
  return invalidRequest(`Missing required param: ${param}.`, param, 'parameter_missing');
}

export function unknownParam(param: string): StripeError {
  return invalidRequest(`Received unknown parameter: ${param}`, param, 'parameter_unknown');
}

export function exclusiveParams(params: readonly string[]): StripeError {
  return invalidRequest(
    `You may only specify one of these parameters: ${params.join(', ')}.`,
    params[1],
    'parameters_exclusive',
  );
}

export function noSuch(objectType: string, id: string, param: string): StripeError {
  return new StripeError(404, 'invalid_request_error', `No such ${objectType}: '${id}'`, 'resource_missing', param);
}
