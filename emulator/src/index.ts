import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import express from 'express';
import pino, { type Logger } from 'pino';

import { apiRouter, notImplementedError } from './api';
import { expireDueSessions } from './checkout';
import { messagePage } from './checkout-page';
import { ApiCallCounter, type Controls, controlRouter, FailureInjector } from './controls';
import type { Core } from './core';
import { passDueDate } from './disputes';
import { EventLog } from './events';
import { descriptionVersion } from './openapi';
import { changeCardBehaviour } from './payment-methods';
import { scheduleSettlement, settle } from './payments';
import { hostedPages } from './routes/hosted-pages';
import { Store } from './store';
import { Timers } from './timers';
import { DEFAULT_RETRY, type RetryPolicy, type WebhookEndpoint, WebhookDelivery } from './webhook-delivery';

export type { ApiCalls, InjectedFailure, Controls, OperationCalls } from './controls';
export type { DeliveryAttempt } from './store';
export type { DeliveryOrder, DeliverySettings, DeliveryStatus, RetryPolicy, WebhookEndpoint } from './webhook-delivery';

export interface StripeEmulatorOptions {
  /** 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where the state file lives; objects survive a restart from the same directory. */
  dataDir: string;
  /** Every event is delivered to each, signed with its secret. */
  webhookEndpoints: WebhookEndpoint[];
  /** Shown on the hosted checkout pages. */
  businessName?: string;
  /** Base of the hosted pages' URLs when customers reach the emulator by another address than `url`. */
  publicUrl?: string;
  logger?: Logger;
  retry?: Partial<RetryPolicy>;
  /** Called with the parameter paths of every API request (`line_items[][price]`): tests record what they exercised. */
  onParameters?: (operation: string, paths: string[]) => void;
  /** How long a test bank debit stays processing before it settles; default 5 s. */
  asyncPaymentDelayMs?: number;
}

export interface StripeEmulator extends Controls {
  /** Where the API answers (`http://127.0.0.1:12111`): give its host, port and protocol to the SDK. */
  url: string;
  /** Base of the hosted pages. */
  publicUrl: string;
  /** Stops serving and delivering, and writes the state. */
  close(): Promise<void>;
}

/** How often open sessions past their `expires_at` are expired (emitting `checkout.session.expired`). */
const EXPIRY_SWEEP_MS = 1_000;

/** A new webhook signing secret, for when none is configured. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

/**
 * A local, offline Stripe: the `/v1` API the official SDK talks to (checked against Stripe's own
 * OpenAPI description and documented rules), hosted checkout pages payable with Stripe's test cards,
 * signed webhook delivery, durable state, and switches for testing how an integration copes.
 */
export async function startStripeEmulator(options: StripeEmulatorOptions): Promise<StripeEmulator> {
  const log = options.logger ?? pino({ level: 'silent' });
  const store = await Store.open(options.dataDir, log);
  const delivery = new WebhookDelivery(store, options.webhookEndpoints, { ...DEFAULT_RETRY, ...options.retry }, log);
  const core: Core = {
    store,
    events: new EventLog(
      store,
      () => delivery.endpointCount,
      (event) => delivery.enqueue(event),
    ),
    timers: new Timers(),
    publicUrl: '',
    businessName: options.businessName ?? 'Stripe emulator',
    asyncPaymentDelayMs: options.asyncPaymentDelayMs ?? 5_000,
  };
  for (const session of store.list('checkout.session')) {
    const pending = store.internals(session.id).settlement;
    if (pending) scheduleSettlement(core, session.id, pending.at);
  }
  const failures = new FailureInjector();
  const calls = new ApiCallCounter();

  const controls: Controls = {
    failNextRequests: (count, failure) => failures.failNext(count, failure),
    webhookStatus: () => delivery.status(),
    configureWebhooks: (settings) => delivery.configure(settings),
    pauseWebhooks: () => delivery.pause(),
    resumeWebhooks: () => delivery.resume(),
    dropNextEvents: (count) => delivery.dropNext(count),
    webhookAttempts: () => delivery.attempts(),
    webhooksIdle: () => delivery.idle(),
    settleAsyncPayment: (sessionId, outcome) => settle(core, sessionId, outcome),
    changeSavedCard: (paymentMethodId, number) => changeCardBehaviour(core, paymentMethodId, number),
    passDisputeDueDate: (disputeId) => passDueDate(core, disputeId),
    apiCalls: () => calls.snapshot(),
    reset() {
      core.timers.clear();
      failures.failNext(0);
      calls.reset();
      delivery.reset();
      store.reset();
    },
  };

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    const requestId = `req_${randomBytes(10).toString('hex')}`;
    res.locals['requestId'] = requestId;
    res.set('Request-Id', requestId);
    next();
  });
  app.use('/v1', apiRouter(core, failures, calls, log, options.onParameters));
  // Stripe's v2 API (JSON bodies, other objects) is not emulated at all.
  app.use('/v2', (req, res) => {
    const error = notImplementedError(`${req.method} ${req.path === '/' ? '/v2' : `/v2${req.path}`}`);
    res.status(error.status).json(error.body(res.locals['requestId'] as string));
  });
  app.use('/_emulator', controlRouter(controls));
  app.use(hostedPages(core));
  app.use(
    (_req, res) =>
      void res
        .status(404)
        .type('html')
        .send(messagePage(core.businessName, 'Page not found', 'There is nothing here.')),
  );

  const server = createServer(app);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const url = `http://${reachable}:${port}`;
  core.publicUrl = (options.publicUrl ?? url).replace(/\/+$/, '');

  const sweep = setInterval(() => expireDueSessions(core), EXPIRY_SWEEP_MS);
  sweep.unref();
  const endpoints = options.webhookEndpoints.map((e) => e.url);
  log.info({ url, publicUrl: core.publicUrl, endpoints, openapi: descriptionVersion() }, 'Stripe emulator listening');

  return {
    ...controls,
    url,
    publicUrl: core.publicUrl,
    async close() {
      clearInterval(sweep);
      core.timers.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await delivery.close();
      await store.close();
    },
  };
}
