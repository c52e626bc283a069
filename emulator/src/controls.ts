import express, { type NextFunction, type Request, type Response } from 'express';

import { StripeError, type StripeErrorType } from './errors';
import type { DeliveryAttempt } from './store';
import type { DeliveryOrder, DeliverySettings, DeliveryStatus } from './webhook-delivery';

/** An error the next API calls answer with, in Stripe's terms; type, code and message default from the status. */
export interface InjectedFailure {
  status: number;
  type?: StripeErrorType;
  code?: string;
  message?: string;
}

const DEFAULT_MESSAGES: Readonly<Record<number, string>> = {
  402: 'Your card was declined.',
  409: 'There is currently another in-progress request using this Idempotent Key. Please retry this request later.',
  429: 'Request rate limit exceeded. You can learn more about rate limits here https://stripe.com/docs/rate-limits.',
  500: 'An unknown error occurred',
  503: 'Stripe is temporarily unavailable. Please retry this request later.',
};

function injectedError({ status, type, code, message }: InjectedFailure): StripeError {
  const defaultType: StripeErrorType =
    status === 402
      ? 'card_error'
      : status === 409
        ? 'idempotency_error'
        : status >= 500
          ? 'api_error'
          : 'invalid_request_error';
  // Stripe answers rate limiting with an invalid_request_error whose code is rate_limit.
  const defaultCode = status === 429 ? 'rate_limit' : status === 402 ? 'card_declined' : undefined;
  return new StripeError(
    status,
    type ?? defaultType,
    message ?? DEFAULT_MESSAGES[status] ?? `Injected failure (${status})`,
    code ?? defaultCode,
  );
}

/** How often one operation of the API was called, and when last (epoch milliseconds). */
export interface OperationCalls {
  count: number;
  lastAt: number;
}

/** The API calls answered by an operation since the start (or the last reset), by `METHOD /v1/path/{template}`. */
export interface ApiCalls {
  total: number;
  operations: Record<string, OperationCalls>;
}

/**
 * Counts the calls each operation received: what an integration asked of Stripe, seen from Stripe's
 * side (a benchmark counts the side effects of a webhook here, whichever process made them).
 */
export class ApiCallCounter {
  private calls: ApiCalls = { total: 0, operations: {} };

  count(operation: string): void {
    const entry = (this.calls.operations[operation] ??= { count: 0, lastAt: 0 });
    entry.count++;
    entry.lastAt = Date.now();
    this.calls.total++;
  }

  snapshot(): ApiCalls {
    return structuredClone(this.calls);
  }

  reset(): void {
    this.calls = { total: 0, operations: {} };
  }
}

/** Makes the next API calls (after authentication, before anything else) fail, as an outage or rate limit would. */
export class FailureInjector {
  private remaining = 0;
  private error: StripeError | undefined;

  failNext(count: number, failure: InjectedFailure = { status: 500 }): void {
    this.remaining = count;
    this.error = injectedError(failure);
  }

  /** The error for this call, if calls are still to fail. */
  take(): StripeError | undefined {
    if (this.remaining <= 0) return undefined;
    this.remaining--;
    return this.error;
  }
}

/** The emulator's switches, for tests and for its admin API. */
export interface Controls {
  /** The next `count` API calls fail with `failure` (default: a 500 api_error); 0 stops failing. */
  failNextRequests(count: number, failure?: InjectedFailure): void;
  webhookStatus(): DeliveryStatus;
  configureWebhooks(settings: Partial<DeliverySettings>): DeliveryStatus;
  /** Holds events until resumed; resuming sends them as one batch, in the configured order. */
  pauseWebhooks(): DeliveryStatus;
  resumeWebhooks(): DeliveryStatus;
  /** The next `count` events are emitted (listable) but never delivered. */
  dropNextEvents(count: number): DeliveryStatus;
  webhookAttempts(): readonly DeliveryAttempt[];
  /** Resolves once no delivery is in flight or scheduled. */
  webhooksIdle(): Promise<void>;
  /** Settles a delayed payment now (as its test account says, or as `outcome` says); false when none is pending. */
  settleAsyncPayment(sessionId: string, outcome?: 'succeeded' | 'failed'): boolean;
  /**
   * A saved card's later charges behave as the test card `number` says (a card that has since run
   * out of funds, or whose bank now asks for authentication); false when no such card exists.
   */
  changeSavedCard(paymentMethodId: string, number: string): boolean;
  /** The dispute's evidence due date passes now (Stripe gives days): false when no such dispute exists. */
  passDisputeDueDate(disputeId: string): boolean;
  /** The calls each API operation answered so far (injected failures are answered before and not counted). */
  apiCalls(): ApiCalls;
  /** Forgets every object, event, key, pending delivery, switch and call count. */
  reset(): void;
}

class ControlInputError extends Error {}

const ORDERS: readonly DeliveryOrder[] = ['in_order', 'reverse', 'shuffle'];
const ERROR_TYPES: readonly StripeErrorType[] = [
  'api_error',
  'card_error',
  'idempotency_error',
  'invalid_request_error',
];

function count(value: unknown, name: string): number {
  if (!Number.isInteger(value) || (value as number) < 0)
    throw new ControlInputError(`${name} must be a non-negative integer`);
  return value as number;
}

function optional<T>(
  body: Record<string, unknown>,
  name: string,
  read: (value: unknown, name: string) => T,
): T | undefined {
  return body[name] === undefined ? undefined : read(body[name], name);
}

function order(value: unknown): DeliveryOrder {
  if (!ORDERS.includes(value as DeliveryOrder))
    throw new ControlInputError(`order must be one of ${ORDERS.join(', ')}`);
  return value as DeliveryOrder;
}

function outcome(value: unknown): 'succeeded' | 'failed' {
  if (value !== 'succeeded' && value !== 'failed') throw new ControlInputError('outcome must be succeeded or failed');
  return value;
}

/**
 * The admin API (JSON) under `/_emulator`, on the emulator's own port:
 *   GET  /calls                           API calls answered, by operation ({ total, operations })
 *   GET  /webhooks                        delivery switches and pending count
 *   GET  /webhooks/attempts               every delivery attempt, oldest first
 *   POST /webhooks/settings               { duplicates?, delay_ms?, order?: in_order|reverse|shuffle }
 *   POST /webhooks/pause, /webhooks/resume
 *   POST /webhooks/drop                   { count }
 *   POST /webhooks/idle                   answers once nothing is in flight
 *   POST /failures                        { count, status, type?, code?, message? }; DELETE /failures stops
 *   POST /checkout/sessions/:id/settle    { outcome?: succeeded|failed }
 *   POST /reset
 */
export function controlRouter(controls: Controls): express.Router {
  const router = express.Router();
  router.use(express.json());
  const body = (req: Request) =>
    typeof req.body === 'object' && req.body !== null ? (req.body as Record<string, unknown>) : {};

  router.get('/calls', (_req, res) => void res.json(controls.apiCalls()));
  router.get('/webhooks', (_req, res) => void res.json(controls.webhookStatus()));
  router.get('/webhooks/attempts', (_req, res) => void res.json({ data: controls.webhookAttempts() }));
  router.post('/webhooks/settings', (req, res) => {
    const given = body(req);
    const settings: Partial<DeliverySettings> = {};
    const duplicates = optional(given, 'duplicates', count);
    const delayMs = optional(given, 'delay_ms', count);
    const chosen = optional(given, 'order', order);
    if (duplicates !== undefined) settings.duplicates = duplicates;
    if (delayMs !== undefined) settings.delayMs = delayMs;
    if (chosen !== undefined) settings.order = chosen;
    res.json(controls.configureWebhooks(settings));
  });
  router.post('/webhooks/pause', (_req, res) => void res.json(controls.pauseWebhooks()));
  router.post('/webhooks/resume', (_req, res) => void res.json(controls.resumeWebhooks()));
  router.post(
    '/webhooks/drop',
    (req, res) => void res.json(controls.dropNextEvents(count(body(req)['count'], 'count'))),
  );
  router.post('/webhooks/idle', async (_req, res) => {
    await controls.webhooksIdle();
    res.json(controls.webhookStatus());
  });
  router.post('/failures', (req, res) => {
    const given = body(req);
    const status = count(given['status'], 'status');
    if (status < 400 || status > 599) throw new ControlInputError('status must be an HTTP error status (400-599)');
    const failure: InjectedFailure = { status };
    if (given['type'] !== undefined) {
      if (!ERROR_TYPES.includes(given['type'] as StripeErrorType))
        throw new ControlInputError(`type must be one of ${ERROR_TYPES.join(', ')}`);
      failure.type = given['type'] as StripeErrorType;
    }
    if (typeof given['code'] === 'string') failure.code = given['code'];
    if (typeof given['message'] === 'string') failure.message = given['message'];
    controls.failNextRequests(count(given['count'], 'count'), failure);
    res.json({ failing: given['count'] });
  });
  router.delete('/failures', (_req, res) => {
    controls.failNextRequests(0);
    res.json({ failing: 0 });
  });
  router.post('/checkout/sessions/:id/settle', (req, res) => {
    const settled = controls.settleAsyncPayment(req.params['id'] as string, optional(body(req), 'outcome', outcome));
    if (settled) res.json({ settled: true });
    else res.status(404).json({ error: { message: `No delayed payment is pending for ${req.params['id']}` } });
  });
  router.post('/payment_methods/:id/behaves_as', (req, res) => {
    const number = body(req)['number'];
    if (typeof number !== 'string' || !/^\d{12,19}$/.test(number))
      throw new ControlInputError('number: a test card number');
    if (controls.changeSavedCard(req.params['id'] as string, number)) res.json({ changed: true });
    else res.status(404).json({ error: { message: `No card PaymentMethod ${req.params['id']}` } });
  });
  router.post('/disputes/:id/past_due', (req, res) => {
    if (controls.passDisputeDueDate(req.params['id'] as string)) res.json({ past_due: true });
    else res.status(404).json({ error: { message: `No dispute ${req.params['id']}` } });
  });
  router.post('/reset', (_req, res) => {
    controls.reset();
    res.json({ reset: true });
  });
  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!(error instanceof ControlInputError)) return next(error);
    res.status(400).json({ error: { message: error.message } });
  });
  return router;
}
