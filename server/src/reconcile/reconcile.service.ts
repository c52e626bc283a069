import type { EntityManager } from '@mikro-orm/postgresql';
import pMap from 'p-map';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterQueue } from 'rate-limiter-flexible';
import { Field, Int, ObjectType } from 'type-graphql';

import { linksOf } from '../data/links';
import type { PaymentProvider, Period, RawObject } from '../payments/provider';
import type { StripeEventLike } from '../webhooks/handlers/types';
import { HANDLED_EVENT_TYPES, type Inbox } from '../webhooks/inbox';
import { WebhookEventStatus as Status } from '../webhooks/webhook-event.entity';

@ObjectType()
export class SyncReport {
  @Field(() => Int) seen = 0;
  @Field(() => Int) applied = 0;
  @Field(() => Int) alreadyKnown = 0;
  @Field(() => Int) ignored = 0;
  @Field(() => Int) failed = 0;
}

/**
 * Events applied at once while listing: the inbox is safe under concurrent deliveries (a row lock
 * per event and per request) and parks what arrives before its payment, so order does not matter.
 * Below the connection pool's size, so webhooks arriving meanwhile still get connections.
 */
const CONCURRENCY = 8;

/** Stripe keeps events 30 days; older periods are read from Checkout Sessions. */
const EVENT_RETENTION_MS = 29 * 86_400_000;

/**
 * Catches what webhooks missed: lists what Stripe has for a period and feeds it through the same
 * inbox and handlers, so running it twice (or alongside the webhooks) changes nothing.
 */
export class ReconcileService {
  private readonly queue: RateLimiterQueue;

  constructor(
    private readonly em: EntityManager,
    private readonly provider: PaymentProvider,
    private readonly inbox: Inbox,
    private readonly log: Logger,
    /** Stripe allows 25 requests a second in test mode, 100 live. */
    requestsPerSecond: number,
    private readonly counters: { run(): void; applied(count: number): void } = {
      run: () => undefined,
      applied: () => undefined,
    },
  ) {
    this.queue = new RateLimiterQueue(new RateLimiterMemory({ points: requestsPerSecond, duration: 1 }), {
      maxQueueSize: 10_000,
    });
  }

  async sync(period: Period, progress: (report: SyncReport) => void = () => undefined): Promise<SyncReport> {
    this.counters.run();
    const report = new SyncReport();
    const throttle = async () => void (await this.queue.removeTokens(1));
    const eventsFrom = new Date(Math.max(period.from.getTime(), Date.now() - EVENT_RETENTION_MS));
    if (period.from < eventsFrom) {
      await pMap(
        this.provider.listSessions(
          { from: period.from, to: new Date(Math.min(eventsFrom.getTime(), period.to.getTime())) },
          throttle,
        ),
        async (session) => {
          await this.feedSession(session, report);
          progress(report);
        },
        { concurrency: CONCURRENCY },
      );
    }
    if (eventsFrom < period.to) {
      await pMap(
        this.provider.listEvents({ from: eventsFrom, to: period.to }, HANDLED_EVENT_TYPES, throttle),
        async (event) => {
          await this.feed(event as StripeEventLike, report);
          progress(report);
        },
        { concurrency: CONCURRENCY },
      );
    }
    if (report.applied > 0) {
      this.counters.applied(report.applied);
      this.log.warn(
        { ...report },
        'reconciliation applied events that never arrived by webhook: is the endpoint registered and reachable?',
      );
    }
    return report;
  }

  /** `checkWithStripe`: the sessions behind one request's links, applied if they were missed. */
  async checkRequest(requestId: string): Promise<SyncReport> {
    this.counters.run();
    const report = new SyncReport();
    const links = await linksOf(this.em.fork(), requestId);
    for (const link of links) {
      await this.queue.removeTokens(1);
      for (const session of await this.provider.sessionsOf(link.stripeId)) await this.feedSession(session, report);
    }
    if (report.applied > 0) this.counters.applied(report.applied);
    return report;
  }

  /**
   * What the customer's return page saw: a completed session is recorded at once, through the same
   * inbox, so the payment shows before the webhook lands (which then finds it known).
   */
  async applyReturnedSession(session: RawObject): Promise<void> {
    await this.feedSession(session, new SyncReport(), 'RETURN');
  }

  /** A completed session, fed as the event it would have sent (ids are stable, so replays dedupe). */
  private async feedSession(session: RawObject, report: SyncReport, source: 'SYNC' | 'RETURN' = 'SYNC'): Promise<void> {
    if (session['status'] !== 'complete') {
      report.seen += 1;
      report.ignored += 1;
      return;
    }
    await this.feed(
      {
        id: `sync_${session['id']}_${session['payment_status']}`,
        type: 'checkout.session.completed',
        livemode: Boolean(session['livemode']),
        api_version: null,
        created: session['created'] as number,
        data: { object: session },
      },
      report,
      source,
    );
  }

  private async feed(event: StripeEventLike, report: SyncReport, source: 'SYNC' | 'RETURN' = 'SYNC'): Promise<void> {
    report.seen += 1;
    const isNew = await this.inbox.record(event, source);
    const before = isNew ? undefined : await this.inbox.statusOf(event.id);
    if (before && ![Status.RECEIVED, Status.FAILED].includes(before)) {
      report.alreadyKnown += 1;
      return;
    }
    await this.inbox.process(event.id);
    const after = await this.inbox.statusOf(event.id);
    if (after === Status.APPLIED) report.applied += 1;
    else if (after === Status.FAILED) report.failed += 1;
    else report.ignored += 1;
  }
}
