import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { Logger } from 'pino';

import { noSuch, type StripeErrorType } from './errors';
import { materialize, shapeFields } from './object-shapes';
import type { Params } from './openapi-validator';

/** A Stripe API object as answered: `object` names its type (`checkout.session`). */
export interface StripeObject {
  id: string;
  object: string;
  [field: string]: any;
}

/** What Stripe keeps about an object without showing it in the object itself. */
export interface Internals {
  /** `item` objects of a Checkout Session or Payment Link, which Stripe lists separately. */
  lineItems?: StripeObject[];
  /** What a session passes on to the PaymentIntent it creates. */
  paymentIntentData?: Params;
  /** When a session's delayed (bank debit) payment settles, and how. */
  settlement?: { at: number; outcome: 'succeeded' | 'failed' };
  /** A card PaymentMethod's number, which decides how later charges on it go. */
  cardNumber?: string;
  /** Deleted (customers): Stripe then answers a stub for it and refuses it everywhere else. */
  deleted?: boolean;
}

export interface IdempotentResult {
  /** Method, path and parameters of the first request: a reuse with others is refused. */
  fingerprint: string;
  body: unknown;
  /** An error that came after the request changed something (a declined charge): replayed as it was. */
  error?: {
    status: number;
    type: StripeErrorType;
    message: string;
    code?: string | undefined;
    extra: Record<string, unknown>;
  };
  createdAt: number;
}

export interface PendingDelivery {
  eventId: string;
  endpoint: string;
  attempt: number;
  dueAt: number;
}

export interface DeliveryAttempt {
  eventId: string;
  type: string;
  endpoint: string;
  attempt: number;
  /** HTTP status of the endpoint's answer; null when it did not answer (refused, timed out). */
  status: number | null;
  error?: string;
  outcome: 'delivered' | 'retrying' | 'gave_up' | 'dropped';
  at: string;
  durationMs: number;
}

interface State {
  version: 1;
  /** In creation order (JSON keeps the insertion order of non-numeric keys). */
  objects: Record<string, StripeObject>;
  internals: Record<string, Internals>;
  idempotency: Record<string, IdempotentResult>;
  deliveries: PendingDelivery[];
  attempts: DeliveryAttempt[];
}

const emptyState = (): State => ({
  version: 1,
  objects: {},
  internals: {},
  idempotency: {},
  deliveries: [],
  attempts: [],
});

/** Keeps what the log of attempts shows bounded. */
const MAX_ATTEMPTS_KEPT = 1_000;
const SAVE_DELAY_MS = 50;

/**
 * Every object the emulator knows, in memory and in one JSON file under the data directory, so a
 * restart keeps what the server refers to. Saves are debounced, written to a temporary file and
 * renamed over the old one (never a half-written file), and flushed on close.
 */
export class Store {
  private byType = new Map<string, StripeObject[]>();
  private timer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();
  /** How long the last save took: the next waits at least as long, so a big state under steady load is not re-serialised back to back. */
  private lastSaveMs = 0;

  private constructor(
    private readonly file: string,
    private state: State,
    private readonly log: Logger,
  ) {
    this.index();
  }

  static async open(dir: string, log: Logger): Promise<Store> {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'state.json');
    let text: string | undefined;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text === undefined) return new Store(file, emptyState(), log);
    try {
      return new Store(file, { ...emptyState(), ...(JSON.parse(text) as State) }, log);
    } catch (error) {
      // Starting empty would strand every object the server refers to: refuse, and say how to recover.
      throw new Error(
        `Stripe emulator state ${file} is unreadable (${(error as Error).message}); move it aside to start afresh`,
      );
    }
  }

  get idempotency() {
    return this.state.idempotency;
  }

  get deliveries() {
    return this.state.deliveries;
  }

  get attempts(): readonly DeliveryAttempt[] {
    return this.state.attempts;
  }

  recordAttempt(attempt: DeliveryAttempt): void {
    this.state.attempts.push(attempt);
    if (this.state.attempts.length > MAX_ATTEMPTS_KEPT)
      this.state.attempts.splice(0, this.state.attempts.length - MAX_ATTEMPTS_KEPT);
    this.changed();
  }

  insert<T extends StripeObject>(object: T): T {
    this.state.objects[object.id] = object;
    this.typed(object.object).push(object);
    this.changed();
    return object;
  }

  find<T extends StripeObject = StripeObject>(id: string): T | undefined {
    return Object.hasOwn(this.state.objects, id) ? (this.state.objects[id] as T) : undefined;
  }

  /** The object of that type, or Stripe's 404 naming the parameter that carried the id. */
  retrieve<T extends StripeObject = StripeObject>(objectType: string, id: string, param: string): T {
    const found = this.find<T>(id);
    if (!found || found.object !== objectType || this.isDeleted(id)) throw noSuch(objectType, id, param);
    return found;
  }

  /** Marks an object deleted: `retrieve` and `list` no longer return it. */
  delete(object: StripeObject): void {
    this.internals(object.id).deleted = true;
    this.changed();
  }

  isDeleted(id: string): boolean {
    return this.state.internals[id]?.deleted === true;
  }

  update<T extends StripeObject>(object: T, changes: Partial<T>): T {
    Object.assign(object, shapeFields(object.object, changes));
    this.changed();
    return object;
  }

  /** Objects of a type, newest first, as Stripe lists them. */
  list<T extends StripeObject = StripeObject>(objectType: string): T[] {
    return this.typed(objectType)
      .filter((object) => !this.isDeleted(object.id))
      .reverse() as T[];
  }

  internals(id: string): Internals {
    this.state.internals[id] ??= {};
    return this.state.internals[id];
  }

  reset(): void {
    this.state = emptyState();
    this.index();
    this.changed();
  }

  /** Schedules a save; many changes in a burst make one write. */
  changed(): void {
    this.timer ??= setTimeout(
      () => {
        this.timer = undefined;
        void this.save();
      },
      Math.max(SAVE_DELAY_MS, this.lastSaveMs),
    );
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.save();
  }

  private save(): Promise<void> {
    this.saving = this.saving
      .then(async () => {
        const started = Date.now();
        const temporary = `${this.file}.${process.pid}.tmp`;
        await writeFile(temporary, JSON.stringify(this.state));
        await rename(temporary, this.file);
        this.lastSaveMs = Date.now() - started;
      })
      .catch((error: unknown) =>
        this.log.error({ err: error, file: this.file }, 'could not save the Stripe emulator state'),
      );
    return this.saving;
  }

  private typed(objectType: string): StripeObject[] {
    let list = this.byType.get(objectType);
    if (!list) this.byType.set(objectType, (list = []));
    return list;
  }

  /** Objects saved by an emulator of another API version take today's shape: fields added, removed ones dropped. */
  private index(): void {
    this.byType.clear();
    for (const [id, saved] of Object.entries(this.state.objects)) {
      const object = materialize<StripeObject>(saved.object, saved);
      this.state.objects[id] = object;
      this.typed(object.object).push(object);
    }
  }
}
