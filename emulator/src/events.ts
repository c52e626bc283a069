import { AsyncLocalStorage } from 'node:async_hooks';

import { newId } from './ids';
import { materialize } from './object-shapes';
import { descriptionVersion } from './openapi';
import type { Store, StripeObject } from './store';

/** The version of the pinned SDK, the only one this emulator speaks: in headers, events (as for an endpoint registered at it) and objects. */
export const API_VERSION = descriptionVersion();

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The API request that caused an event: Stripe names it in `event.request` (null for the customer's own actions). */
export interface RequestInfo {
  id: string | null;
  idempotency_key: string | null;
}

const currentRequest = new AsyncLocalStorage<RequestInfo>();

/** Runs an API call's work so the events it emits name the request. */
export function withinRequest<T>(request: RequestInfo, work: () => T): T {
  return currentRequest.run(request, work);
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Emits Stripe events: each is stored (listable through /v1/events) and handed to delivery. */
export class EventLog {
  constructor(
    private readonly store: Store,
    private readonly endpointCount: () => number,
    private readonly deliver: (event: StripeObject) => void,
  ) {}

  emit(type: string, object: StripeObject, previousAttributes?: Record<string, unknown>): StripeObject {
    const event = materialize<StripeObject>('event', {
      id: newId('evt'),
      api_version: API_VERSION,
      created: nowSeconds(),
      type,
      pending_webhooks: this.endpointCount(),
      request: currentRequest.getStore() ?? { id: null, idempotency_key: null },
      // A snapshot: later changes to the object must not rewrite history.
      data: {
        object: structuredClone(object),
        ...(previousAttributes ? { previous_attributes: previousAttributes } : {}),
      },
    });
    this.store.insert(event);
    this.deliver(event);
    return event;
  }

  /** Applies `changes` and emits `type` with the fields' former values, as Stripe's `*.updated` events carry them. */
  change<T extends StripeObject>(object: T, changes: Partial<T>, type: string): T {
    const previous: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(changes)) {
      if (!sameJson(object[key], value)) previous[key] = structuredClone(object[key] ?? null);
    }
    this.store.update(object, changes);
    if (Object.keys(previous).length > 0) this.emit(type, object, previous);
    return object;
  }
}
