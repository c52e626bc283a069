import { createHash, timingSafeEqual } from 'node:crypto';

import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Router } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

import { WebhookEvent, WebhookEventStatus } from '../webhooks/webhook-event.entity';
import spaOperations from './spa-operations.json';

const KNOWN_OPERATIONS: ReadonlySet<string> = new Set(spaOperations);

/**
 * An operation's label: its name when it is one of the SPA's (written by the build), `other` for
 * anything else, since every name a client invents would otherwise be a label set kept forever.
 */
export const operationLabel = (name: string | null | undefined): string =>
  name && KNOWN_OPERATIONS.has(name) ? name : 'other';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Everything `/metrics` exposes; one instance per process, passed to what it measures. */
export class Metrics {
  readonly registry = new Registry();

  readonly webhookEvents = new Counter({
    name: 'webhook_events_total',
    help: 'Stripe events processed, by type and result (applied, ignored, parked, failed)',
    labelNames: ['type', 'result'] as const,
    registers: [this.registry],
  });

  readonly webhookSeconds = new Histogram({
    name: 'webhook_processing_seconds',
    help: 'Time to apply a Stripe event, from claim to commit',
    labelNames: ['type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  readonly liveDeliverySeconds = new Histogram({
    name: 'live_delivery_seconds',
    help: 'Time from a change committing (its change-log time) to its last write to a subscriber socket on this replica',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  readonly checkoutSessionsExpired = new Counter({
    name: 'checkout_sessions_expired_total',
    help: 'checkout.session.expired events received',
    registers: [this.registry],
  });

  readonly payPageVisits = new Counter({
    name: 'pay_page_visits_total',
    help: 'Visits of /pay/:token, by outcome (redirect, closed, unknown, error)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  readonly stripeErrors = new Counter({
    name: 'stripe_api_errors_total',
    help: 'Errors from the Stripe API, by Stripe error code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly reconcileRuns = new Counter({
    name: 'reconcile_runs_total',
    help: 'Reconciliation runs (scheduled, syncPayments, the CLI, checkWithStripe)',
    registers: [this.registry],
  });

  readonly reconcileApplied = new Counter({
    name: 'reconcile_applied_total',
    help: 'Events applied by reconciliation that never arrived by webhook',
    registers: [this.registry],
  });

  readonly graphqlSeconds = new Histogram({
    name: 'graphql_operation_seconds',
    help: 'GraphQL operation durations, by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });

  constructor(em: EntityManager) {
    collectDefaultMetrics({ register: this.registry });
    // Read at scrape time: the backlog is the database's, shared by every replica.
    new Gauge({
      name: 'webhook_inbox_backlog',
      help: 'Stripe events recorded but not applied (received or failed and still retried)',
      registers: [this.registry],
      async collect() {
        this.set(
          await em
            .fork()
            .count(WebhookEvent, { status: { $in: [WebhookEventStatus.RECEIVED, WebhookEventStatus.FAILED] } }),
        );
      },
    });
    new Gauge({
      name: 'webhook_inbox_oldest_pending_seconds',
      help: 'Age of the oldest Stripe event not applied yet',
      registers: [this.registry],
      async collect() {
        const oldest = await em
          .fork()
          .findOne(
            WebhookEvent,
            { status: { $in: [WebhookEventStatus.RECEIVED, WebhookEventStatus.FAILED] } },
            { orderBy: { receivedAt: 'asc' } },
          );
        this.set(oldest ? (Date.now() - oldest.receivedAt.getTime()) / 1000 : 0);
      },
    });
  }

  /** `/metrics`; with a token, only for `Authorization: Bearer <token>` (compared in constant time). */
  route(token: string | undefined): Router {
    const expected = token === undefined ? undefined : digest(token);
    return Router().get('/metrics', async (req, res) => {
      const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      if (expected && !(given !== undefined && timingSafeEqual(digest(given), expected))) {
        res
          .status(401)
          .set('WWW-Authenticate', 'Bearer realm="metrics"')
          .type('text')
          .send('/metrics needs the bearer token set in METRICS_TOKEN\n');
        return;
      }
      res.type(this.registry.contentType).send(await this.registry.metrics());
    });
  }

  /** Times every GraphQL operation. */
  graphqlPlugin(): ApolloServerPlugin {
    const histogram = this.graphqlSeconds;
    return {
      async requestDidStart() {
        const end = histogram.startTimer();
        return {
          async willSendResponse({ operationName, operation }) {
            end({ operation: operationLabel(operationName), type: operation?.operation ?? 'unknown' });
          },
        };
      },
    };
  }
}
