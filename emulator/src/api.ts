import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import qs from 'qs';

import type { ApiCallCounter, FailureInjector } from './controls';
import type { Core } from './core';
import { invalidRequest, StripeError } from './errors';
import { API_VERSION, nowSeconds, withinRequest } from './events';
import { expand } from './expand';
import { fingerprint, Idempotency } from './idempotency';
import { description, operationKey, requestSchema } from './openapi';
import { readParams } from './openapi-validator';
import { parameterPaths, refuseIgnored } from './parameters';
import { checkoutSessionRoutes } from './routes/checkout-sessions';
import { customerRoutes } from './routes/customers';
import { disputeRoutes } from './routes/disputes';
import { eventRoutes } from './routes/events';
import { paymentLinkRoutes } from './routes/payment-links';
import { paymentRoutes } from './routes/payments';
import { priceRoutes, productRoutes } from './routes/products';
import type { Route } from './routes/route';
import { taxRateRoutes } from './routes/tax-rates';
import { proseRuleError } from './rules';

/** Stripe's bracket notation (`line_items[0][price]=…`), with room for its deepest and longest parameters. */
const QS_OPTIONS = { depth: 20, arrayLimit: 100, parameterLimit: 10_000 } as const;

const TEST_KEY = /^(sk|rk)_test_[A-Za-z0-9_]+$/;

/** The API key of a request: Bearer, or Basic with the key as user name (`curl -u sk_test_…:`). */
function apiKeyOf(req: Request): string | undefined {
  const header = req.get('authorization') ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (bearer) return bearer;
  const basic = /^Basic\s+(\S+)$/i.exec(header)?.[1];
  return basic ? Buffer.from(basic, 'base64').toString('utf8').split(':')[0] : undefined;
}

function authenticate(req: Request, res: Response, next: NextFunction): void {
  const key = apiKeyOf(req);
  if (!key) {
    throw new StripeError(
      401,
      'invalid_request_error',
      "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
    );
  }
  if (!TEST_KEY.test(key)) {
    // The local emulator is test mode only: live keys are refused like unknown ones.
    throw new StripeError(
      401,
      'invalid_request_error',
      `Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`,
    );
  }
  res.locals['apiKey'] = key;
  next();
}

/**
 * The emulator answers at one API version, the pinned SDK's: an invalid version is refused as
 * Stripe refuses it, a valid other one with a message naming the emulator's limit (Stripe would
 * answer it, in shapes the emulator does not have).
 */
function checkVersion(requested: string | undefined): void {
  if (requested === undefined || requested === API_VERSION) return;
  if (!/^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/.test(requested)) {
    throw invalidRequest(`Invalid Stripe API version: ${requested}`);
  }
  throw invalidRequest(
    `The Stripe emulator speaks API version ${API_VERSION} only (the pinned stripe SDK's); it cannot answer as ${requested}. Leave Stripe-Version unset or use ${API_VERSION}.`,
  );
}

function queryOf(req: Request): Record<string, unknown> {
  return qs.parse(req.originalUrl.split('?')[1] ?? '', QS_OPTIONS);
}

function formOf(req: Request): Record<string, unknown> {
  if (isMultipart(req)) return req.body as Record<string, unknown>;
  const text = typeof req.body === 'string' ? req.body : '';
  if (text === '') return {};
  const type = req.get('content-type')?.split(';')[0]?.trim();
  if (type !== 'application/x-www-form-urlencoded') {
    throw invalidRequest(
      `Invalid request: unsupported Content-Type ${type ?? '(none)'}. If error persists and you need assistance, please contact support@stripe.com.`,
    );
  }
  return qs.parse(text, QS_OPTIONS);
}

const isMultipart = (req: Request) => req.get('content-type')?.split(';')[0]?.trim() === 'multipart/form-data';

/** Stripe's largest upload (16 MB); each purpose has its own, lower or equal, limit. */
const UPLOAD_LIMIT = '16mb';

/**
 * A multipart upload (`POST /v1/files`) read into the shape of a form: its text fields as Stripe's
 * bracket notation, each file part as `{ data (base64), name, type }`, as the description has it.
 */
async function readMultipart(req: Request): Promise<Record<string, unknown>> {
  const form = await new Response(req.body as Buffer, {
    headers: { 'content-type': req.get('content-type') as string },
  }).formData();
  const text = new URLSearchParams();
  const files: Record<string, unknown> = {};
  for (const [key, value] of form) {
    if (typeof value === 'string') text.append(key, value);
    else
      files[key] = {
        data: Buffer.from(await value.arrayBuffer()).toString('base64'),
        name: value.name,
        type: value.type,
      };
  }
  return { ...qs.parse(text.toString(), QS_OPTIONS), ...files };
}

/** Mounted at /v1: express sees the rest, with `:name` for the description's `{name}`. */
const expressPath = (template: string) => template.replace(/^\/v1/, '').replace(/\{(\w+)\}/g, ':$1');

/** The operations of Stripe's `/v1` API (as the SDK knows them) that the emulator does not serve. */
function notImplemented(routes: readonly Route[]): string[] {
  const served = new Set(routes.map((route) => operationKey(route.method, route.path)));
  return description().sdkOperations.filter((operation) => {
    const [method, path] = operation.split(' ') as [string, string];
    return path.startsWith('/v1/') && !served.has(operationKey(method, path));
  });
}

/** Stripe's 404 for a call it would answer and the emulator cannot: saying so, rather than "no such object". */
export function notImplementedError(operation: string): StripeError {
  return new StripeError(
    404,
    'invalid_request_error',
    `The Stripe emulator does not implement ${operation}. Stripe does; the emulator's README lists what it implements.`,
  );
}

function allRoutes(core: Core): Route[] {
  return [
    ...productRoutes(core),
    ...priceRoutes(core),
    ...customerRoutes(core),
    ...taxRateRoutes(core),
    ...paymentLinkRoutes(core),
    ...checkoutSessionRoutes(core),
    ...paymentRoutes(core),
    ...disputeRoutes(core),
    ...eventRoutes(core),
  ];
}

/** The operations the emulator serves (`POST /v1/payment_links`): route factories keep `core` for their handlers only. */
export function servedOperations(): string[] {
  return allRoutes(undefined as unknown as Core).map((route) => `${route.method.toUpperCase()} ${route.path}`);
}

/**
 * Stripe's `/v1` API: authentication, injected failures, parameters checked against Stripe's
 * description and prose rules, idempotency keys, `expand[]`, and Stripe's error shape.
 */
export function apiRouter(
  core: Core,
  failures: FailureInjector,
  calls: ApiCallCounter,
  log: Logger,
  onParameters?: (operation: string, paths: string[]) => void,
): express.Router {
  const router = express.Router();
  const idempotency = new Idempotency(core.store);
  router.use((req, res, next) => {
    res.set('Stripe-Version', API_VERSION);
    checkVersion(req.get('stripe-version'));
    next();
  });
  router.use(authenticate);
  router.use((_req, _res, next) => {
    const failure = failures.take();
    if (failure) throw failure;
    next();
  });
  router.use(express.raw({ type: 'multipart/form-data', limit: UPLOAD_LIMIT }));
  router.use(async (req, _res, next) => {
    if (isMultipart(req) && Buffer.isBuffer(req.body)) {
      try {
        req.body = await readMultipart(req);
      } catch {
        throw invalidRequest('Invalid request: the multipart/form-data body could not be read.');
      }
    }
    next();
  });
  router.use(express.text({ type: () => true, limit: '1mb' }));

  const routes = allRoutes(core);
  // Registered first, so `GET /v1/customers/search` is not read as the customer `search`.
  for (const operation of notImplemented(routes)) {
    const [method, path] = operation.split(' ') as ['get' | 'post' | 'delete', string];
    router[method](expressPath(path), (req) => {
      throw notImplementedError(`${req.method} ${path}`);
    });
  }

  for (const route of routes) {
    const schema = requestSchema(route.method, route.path);
    const operation = `${route.method.toUpperCase()} ${route.path}`;
    router[route.method](expressPath(route.path), (req, res) => {
      calls.count(operation);
      const raw = route.method === 'get' ? queryOf(req) : { ...queryOf(req), ...formOf(req) };
      onParameters?.(operation, parameterPaths(raw));
      refuseIgnored(operation, schema, raw);
      const params = readParams(schema, raw);
      const broken = proseRuleError(operation, params, nowSeconds());
      if (broken) throw broken;
      const key = route.method === 'post' ? req.get('idempotency-key') : undefined;
      const url = `${req.baseUrl}${req.path}`;
      const { body, replayed } = idempotency.run(res.locals['apiKey'], key, fingerprint(req.method, url, raw), () =>
        withinRequest({ id: res.locals['requestId'], idempotency_key: key ?? null }, () =>
          expand(core, route.handle({ params, path: req.params as Record<string, string>, url }), params['expand']),
        ),
      );
      if (replayed) res.set('Idempotent-Replayed', 'true');
      res.json(body);
    });
  }

  router.use((req) => {
    throw new StripeError(
      404,
      'invalid_request_error',
      `Unrecognized request URL (${req.method}: ${req.originalUrl.split('?')[0]}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    );
  });
  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const requestId = res.locals['requestId'] as string;
    if (error instanceof StripeError) return void res.status(error.status).json(error.body(requestId));
    // The body parser's own refusals (too large, bad charset) carry their 4xx status.
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return void res
        .status(status)
        .json(new StripeError(status, 'invalid_request_error', (error as Error).message).body(requestId));
    }
    log.error({ err: error }, 'Stripe emulator failed to handle a request');
    res.status(500).json(new StripeError(500, 'api_error', 'An unknown error occurred').body(requestId));
  });
  return router;
}
