import { DriverException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import { storableText } from '../common/text';
import { knownPayment } from '../data/payments';
import {
  claimEvent,
  dueEvents,
  eventStatus,
  failEvent,
  finishEvent,
  insertEvent,
  resetEvent,
  unparkEvents,
  unparkKnownPayments,
} from '../data/webhook-events';
import { ChangeSource } from '../engine/status';
import type { PaymentEventsService } from '../payments/payment-events.service';
import { ProviderError } from '../payments/provider';
import type { SavedCardsService } from '../payments/saved-cards.service';
import { chargeHandlers } from './handlers/charge.handlers';
import { checkoutHandlers } from './handlers/checkout.handlers';
import { intentHandlers } from './handlers/intent.handlers';
import type { Handler, Outcome, StripeEventLike } from './handlers/types';
import { WebhookEventStatus as Status } from './webhook-event.entity';

const HANDLERS: Record<string, Handler> = { ...checkoutHandlers, ...chargeHandlers, ...intentHandlers };
/** Events of these types are listened for; register the endpoint with them (docs/deploy.md). */
export const HANDLED_EVENT_TYPES = Object.keys(HANDLERS);

const MAX_ATTEMPTS = 10;
/** An event recorded and not applied this long after is claimed by any replica's sweep. */
const CLAIM_AFTER_MS = 10_000;

/**
 * The event as `jsonb` can hold it: PostgreSQL refuses NUL characters and lone surrogates, which
 * JSON allows, so they become U+FFFD rather than make a genuine event unrecordable (a 503 forever).
 */
function storable(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(storable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [storable(key), storable(item)]));
  }
  return value;
}
/**
 * The event as `jsonb` text. JSON writes a NUL as `\u0000` and a lone surrogate as `\udXXX`: text
 * with neither (nearly every event) is stored as it is, without the copy `storable` makes.
 */
function storableJson(event: StripeEventLike): string {
  const json = JSON.stringify(event);
  return /\\u0000|\\ud[89a-f]/i.test(json) ? JSON.stringify(storable(event)) : json;
}
const SOURCES: Record<string, ChangeSource> = {
  WEBHOOK: ChangeSource.WEBHOOK,
  SYNC: ChangeSource.SYNC,
  RETURN: ChangeSource.CUSTOMER,
};

export interface InboxMetrics {
  processed(type: string, result: string, seconds: number): void;
  sessionExpired(): void;
}

/**
 * Stripe events, recorded once and applied exactly once: the effects and the event's new status
 * commit in one transaction, claimed with a row lock that concurrent deliveries skip; a failure
 * rolls every effect back and leaves the event to be retried.
 */
export class Inbox {
  constructor(
    private readonly em: EntityManager,
    private readonly payments: PaymentEventsService,
    private readonly cards: SavedCardsService,
    private readonly options: { livemode: boolean; apiVersion: string },
    private readonly log: Logger,
    private readonly metrics: InboxMetrics = { processed: () => undefined, sessionExpired: () => undefined },
  ) {}

  /** Stores the event unless known; true when it is new. */
  async record(event: StripeEventLike, source: 'WEBHOOK' | 'SYNC' | 'RETURN'): Promise<boolean> {
    if (event.api_version && event.api_version !== this.options.apiVersion) {
      this.log.warn(
        { eventId: event.id, type: event.type, apiVersion: event.api_version, expected: this.options.apiVersion },
        'STRIPE EVENT OF ANOTHER API VERSION: handled where its shape allows; register the endpoint at the pinned version',
      );
    }
    return insertEvent(this.em, {
      id: event.id,
      type: event.type,
      livemode: event.livemode,
      apiVersion: event.api_version ?? null,
      payload: storableJson(event),
      source,
      created: event.created,
    });
  }

  /**
   * Applies a recorded event if it still needs it; safe to call concurrently for one event. Events
   * parked until this one's payment was known are released in the same transaction and applied
   * before this returns.
   */
  async process(id: string): Promise<void> {
    const started = process.hrtime.bigint();
    let outcome: (Outcome & { type: string; released: string[] }) | undefined;
    try {
      outcome = await this.em.fork().transactional(async (tx) => {
        const event = await claimEvent(tx, id);
        if (!event) return undefined;
        const result = await this.apply(tx, event.type, event.source, event.payload as StripeEventLike);
        const released = await finishEvent(tx, id, {
          status: { applied: Status.APPLIED, ignored: Status.IGNORED, parked: Status.PARKED }[result.result],
          note: 'note' in result ? (result.note ?? null) : null,
          waitingFor: result.result === 'parked' ? result.waitingFor : null,
          releases: result.result === 'applied' ? result.releases : undefined,
        });
        return { ...result, type: event.type, released };
      });
    } catch (error) {
      await this.fail(id, error);
      return;
    }
    if (!outcome) return;
    this.metrics.processed(outcome.type, outcome.result, Number(process.hrtime.bigint() - started) / 1e9);
    for (const released of outcome.released) await this.process(released);
    // An event parked while this payment's transaction was open is missed by the release inside it
    // (the park was not committed yet), and its own look missed the payment (not committed either).
    // Both look again after their commit, so one of the two sees the other's.
    if (outcome.result === 'applied' && outcome.releases) {
      for (const released of await unparkEvents(this.em, outcome.releases)) await this.process(released);
    }
    if (outcome.result === 'parked' && (await knownPayment(this.em, outcome.waitingFor))) {
      for (const released of await unparkEvents(this.em, outcome.waitingFor)) await this.process(released);
    }
  }

  /** Where the event stands; undefined when it was never recorded. */
  statusOf(id: string): Promise<Status | undefined> {
    return eventStatus(this.em, id);
  }

  /**
   * Re-applies a failed, ignored or parked event (an admin's replay): true when it was applied (or
   * handled) now, false when there was nothing to replay or it is still waiting for its payment.
   */
  async replay(id: string): Promise<boolean> {
    if (!(await resetEvent(this.em, id))) return false;
    await this.process(id);
    return ![Status.PARKED, Status.FAILED, Status.RECEIVED].includes((await this.statusOf(id)) as Status);
  }

  /**
   * Events left unapplied by a crash or beyond this replica's backlog, parked ones whose payment is
   * known, and failed ones whose backoff has elapsed.
   */
  async processDue(limit = 100): Promise<number> {
    // A crash between a payment's commit and the look after it leaves its parked events: released here.
    const released = await unparkKnownPayments(this.em);
    const due = await dueEvents(this.em, limit, CLAIM_AFTER_MS, MAX_ATTEMPTS);
    for (const id of [...released, ...due]) await this.process(id);
    return released.length + due.length;
  }

  private async apply(tx: EntityManager, type: string, source: string, payload: StripeEventLike): Promise<Outcome> {
    if (payload.livemode !== this.options.livemode) {
      return {
        result: 'ignored',
        note: `a ${payload.livemode ? 'live' : 'test'}-mode event; this server runs in ${this.options.livemode ? 'live' : 'test'} mode`,
      };
    }
    const handler = HANDLERS[type];
    if (!handler) return { result: 'ignored', note: `no handler for ${type}` };
    return handler(payload, {
      em: tx,
      payments: this.payments,
      cards: this.cards,
      source: SOURCES[source] ?? ChangeSource.WEBHOOK,
      onSessionExpired: () => this.metrics.sessionExpired(),
    });
  }

  /**
   * A failure rolls every effect back. Stripe unreachable (asked to break a tie) is no failure of the
   * event: it stays RECEIVED and is tried again with backoff; anything else marks it FAILED, with
   * the error in words.
   */
  private async fail(id: string, error: unknown): Promise<void> {
    const later = error instanceof ProviderError && error.retryable;
    this.log[later ? 'warn' : 'error'](
      { err: error, eventId: id },
      'applying a Stripe event failed; it will be retried',
    );
    const type = await failEvent(this.em, id, later, readableError(error));
    if (type) this.metrics.processed(type, later ? 'retry' : 'failed', 0);
  }
}

/**
 * What went wrong, in words: a database error without the statement that raised it (MikroORM puts
 * the SQL in front of PostgreSQL's message), Stripe's answer as Stripe gave it.
 */
export function readableError(error: unknown): string {
  if (error instanceof ProviderError) return `Stripe: ${error.message}`;
  if (error instanceof DriverException) {
    const message = error.message.split(' - ').at(-1) ?? error.message;
    return `Database: ${message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Retries what the inline attempt left (a crash, a failure) on every replica; claims never clash. */
export function startInboxWorker(inbox: Inbox, log: Logger, intervalMs = 5_000): () => Promise<void> {
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    running ??= inbox
      .processDue()
      .catch((error: unknown) => log.error({ err: error }, 'inbox worker run failed'))
      .finally(() => (running = undefined));
  }, intervalMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
