import { createHmac } from 'node:crypto';

import type { Logger } from 'pino';

import type { DeliveryAttempt, PendingDelivery, Store, StripeObject } from './store';
import { Timers } from './timers';

export interface WebhookEndpoint {
  url: string;
  /** The endpoint's signing secret (`whsec_…`). */
  secret: string;
}

export interface RetryPolicy {
  /** Wait before the second attempt; each later wait doubles, up to maxDelayMs. */
  initialDelayMs: number;
  maxDelayMs: number;
  /** Attempts in all, the first included, before the delivery is given up. */
  maxAttempts: number;
  /** An endpoint slower than this to answer counts as failed. */
  timeoutMs: number;
  /** The switch for tests: every wait is divided by this (the schedule keeps its shape). Default 1. */
  compress?: number;
}

/**
 * Stripe's schedule for test mode ("Stripe retries three times over a few hours"): a first attempt,
 * then retries after 30 minutes, 1 and 2 hours. Any answer but a 2xx (a redirect included: Stripe
 * does not follow them) and no answer within the timeout are failures.
 */
export const DEFAULT_RETRY: RetryPolicy = {
  initialDelayMs: 30 * 60_000,
  maxDelayMs: 2 * 3_600_000,
  maxAttempts: 4,
  timeoutMs: 10_000,
};

export type DeliveryOrder = 'in_order' | 'reverse' | 'shuffle';

/** Switches that make delivery as unruly as Stripe's can be, so a receiver's handling of it can be tested. */
export interface DeliverySettings {
  /** Each event is delivered this many times (Stripe delivers at least once). */
  duplicates: number;
  /** Wait before an event's first attempt. */
  delayMs: number;
  /** Order of each batch: the events one action emits, or all those held while paused. */
  order: DeliveryOrder;
}

export interface DeliveryStatus extends DeliverySettings {
  paused: boolean;
  /** Events still to be dropped (emitted, listable, never delivered). */
  dropping: number;
  /** Deliveries waiting for their next attempt. */
  pending: number;
}

/** Stripe's signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload" keyed with the secret>`. */
function signatureHeader(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
  return `t=${timestamp},v1=${signature}`;
}

function arrange<T>(items: T[], order: DeliveryOrder): T[] {
  if (order === 'reverse') return items.reverse();
  if (order === 'shuffle') {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
  }
  return items;
}

/**
 * Delivers events to the configured endpoints like Stripe: signed, at least once, retried with
 * exponential backoff on a non-2xx answer or a timeout, each attempt logged. Each endpoint gets one
 * request at a time, so the order of first attempts is the order chosen. Pending deliveries are
 * kept in the store and resume after a restart.
 */
export class WebhookDelivery {
  private settings: DeliverySettings = { duplicates: 1, delayMs: 0, order: 'in_order' };
  private paused = false;
  private dropping = 0;
  private batch: StripeObject[] = [];
  private batchScheduled = false;
  private readonly due = new Map<string, PendingDelivery[]>();
  private readonly sending = new Set<string>();
  private readonly timers = new Timers();
  private readonly closing = new AbortController();
  private readonly pumps = new Set<Promise<void>>();
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly store: Store,
    private readonly endpoints: readonly WebhookEndpoint[],
    private readonly retry: RetryPolicy,
    private readonly log: Logger,
  ) {
    const configured = new Set(endpoints.map((e) => e.url));
    // Deliveries left by an earlier run continue; those for endpoints no longer configured are forgotten.
    store.deliveries.splice(0, store.deliveries.length, ...store.deliveries.filter((d) => configured.has(d.endpoint)));
    for (const delivery of store.deliveries) this.schedule(delivery);
  }

  get endpointCount(): number {
    return this.endpoints.length;
  }

  enqueue(event: StripeObject): void {
    this.batch.push(event);
    this.releaseSoon();
  }

  status(): DeliveryStatus {
    return { ...this.settings, paused: this.paused, dropping: this.dropping, pending: this.store.deliveries.length };
  }

  configure(settings: Partial<DeliverySettings>): DeliveryStatus {
    this.settings = { ...this.settings, ...settings };
    // Fewer than one copy would be a silent drop, which dropNext() is for.
    this.settings.duplicates = Math.max(1, Math.floor(this.settings.duplicates));
    this.settings.delayMs = Math.max(0, this.settings.delayMs);
    return this.status();
  }

  pause(): DeliveryStatus {
    this.paused = true;
    return this.status();
  }

  /** Sends what was held while paused, as one batch in the chosen order. */
  resume(): DeliveryStatus {
    this.paused = false;
    this.releaseSoon();
    return this.status();
  }

  dropNext(count: number): DeliveryStatus {
    this.dropping = count;
    return this.status();
  }

  attempts(): readonly DeliveryAttempt[] {
    return this.store.attempts;
  }

  /** Resolves once nothing is being sent or waiting to be (events held while paused do not count). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Forgets every setting and pending delivery (the emulator's reset). */
  reset(): void {
    this.timers.clear();
    this.due.clear();
    this.batch = [];
    this.settings = { duplicates: 1, delayMs: 0, order: 'in_order' };
    this.paused = false;
    this.dropping = 0;
    this.notifyIfIdle();
  }

  /** Stops sending; deliveries still pending (held ones included) stay in the store for the next start. */
  async close(): Promise<void> {
    this.closing.abort();
    this.timers.clear();
    this.due.clear();
    this.release();
    await Promise.all(this.pumps);
  }

  private releaseSoon(): void {
    if (this.paused || this.batchScheduled || this.batch.length === 0) return;
    this.batchScheduled = true;
    // Events emitted by one action (one API call, one payment) all arrive before the batch leaves.
    setImmediate(() => {
      this.batchScheduled = false;
      if (!this.paused) this.release();
    });
  }

  private release(): void {
    const events = arrange(this.batch.splice(0), this.settings.order);
    for (const event of events) {
      if (this.dropping > 0) {
        this.dropping--;
        for (const endpoint of this.endpoints)
          this.logAttempt({ eventId: event.id, endpoint: endpoint.url, attempt: 0, dueAt: 0 }, null, 'dropped', 0);
        continue;
      }
      for (const endpoint of this.endpoints) {
        for (let copy = 0; copy < this.settings.duplicates; copy++) {
          const delivery = {
            eventId: event.id,
            endpoint: endpoint.url,
            attempt: 1,
            dueAt: Date.now() + this.settings.delayMs,
          };
          this.store.deliveries.push(delivery);
          this.schedule(delivery);
        }
      }
    }
    this.store.changed();
    this.notifyIfIdle();
  }

  private schedule(delivery: PendingDelivery): void {
    if (this.closing.signal.aborted) return;
    if (delivery.dueAt <= Date.now()) this.makeDue(delivery);
    else this.timers.at(delivery.dueAt, () => this.makeDue(delivery));
  }

  private makeDue(delivery: PendingDelivery): void {
    const queue = this.due.get(delivery.endpoint) ?? [];
    queue.push(delivery);
    this.due.set(delivery.endpoint, queue);
    if (this.sending.has(delivery.endpoint)) return;
    const pump = this.pump(delivery.endpoint);
    this.pumps.add(pump);
    void pump.finally(() => this.pumps.delete(pump));
  }

  private async pump(url: string): Promise<void> {
    this.sending.add(url);
    try {
      for (let next = this.due.get(url)?.shift(); next; next = this.due.get(url)?.shift()) {
        await this.attempt(next);
        if (this.closing.signal.aborted) break;
      }
    } finally {
      this.sending.delete(url);
      this.notifyIfIdle();
    }
  }

  private async attempt(delivery: PendingDelivery): Promise<void> {
    const endpoint = this.endpoints.find((e) => e.url === delivery.endpoint);
    const event = this.store.find(delivery.eventId);
    if (!endpoint || !event) return this.forget(delivery);
    const payload = JSON.stringify(event, null, 2);
    const started = Date.now();
    let status: number | null = null;
    let error: string | undefined;
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          'stripe-signature': signatureHeader(payload, endpoint.secret),
        },
        body: payload,
        redirect: 'manual',
        signal: AbortSignal.any([this.closing.signal, AbortSignal.timeout(this.retry.timeoutMs)]),
      });
      status = response.status;
      await response.arrayBuffer();
    } catch (failure) {
      error =
        (failure as Error).name === 'TimeoutError'
          ? `timed out after ${this.retry.timeoutMs} ms`
          : (failure as Error).message;
    }
    if (this.closing.signal.aborted && status === null) return; // stays pending for the next start
    const elapsed = Date.now() - started;
    if (status !== null && status >= 200 && status < 300) {
      this.logAttempt(delivery, status, 'delivered', elapsed);
      this.store.update(event, { pending_webhooks: Math.max(0, (event['pending_webhooks'] as number) - 1) });
      return this.forget(delivery);
    }
    if (delivery.attempt >= this.retry.maxAttempts) {
      this.logAttempt(delivery, status, 'gave_up', elapsed, error);
      this.log.warn(
        { event: event.id, endpoint: endpoint.url, attempts: delivery.attempt },
        'webhook delivery given up',
      );
      return this.forget(delivery);
    }
    this.logAttempt(delivery, status, 'retrying', elapsed, error);
    const wait =
      Math.min(this.retry.initialDelayMs * 2 ** (delivery.attempt - 1), this.retry.maxDelayMs) /
      (this.retry.compress ?? 1);
    delivery.attempt++;
    delivery.dueAt = Date.now() + wait;
    this.store.changed();
    this.schedule(delivery);
  }

  private forget(delivery: PendingDelivery): void {
    const index = this.store.deliveries.indexOf(delivery);
    if (index >= 0) this.store.deliveries.splice(index, 1);
    this.store.changed();
  }

  private logAttempt(
    delivery: PendingDelivery,
    status: number | null,
    outcome: DeliveryAttempt['outcome'],
    durationMs: number,
    error?: string,
  ): void {
    const type = String(this.store.find(delivery.eventId)?.['type'] ?? '');
    this.store.recordAttempt({
      eventId: delivery.eventId,
      type,
      endpoint: delivery.endpoint,
      attempt: delivery.attempt,
      status,
      ...(error ? { error } : {}),
      outcome,
      at: new Date().toISOString(),
      durationMs,
    });
    this.log.debug(
      { event: delivery.eventId, type, endpoint: delivery.endpoint, attempt: delivery.attempt, status, outcome },
      'webhook attempt',
    );
  }

  private isIdle(): boolean {
    return (
      !this.batchScheduled &&
      (this.paused || this.batch.length === 0) &&
      this.timers.size === 0 &&
      this.sending.size === 0
    );
  }

  private notifyIfIdle(): void {
    if (!this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
