import { TransactionPropagation } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError, NotFoundError } from '../common/errors';
import { countMove, moveCount } from '../data/request-counts';
import { insertRequest, insertTimeline, PATCHABLE, readRequest, timelineInsert, updateRequest } from '../data/requests';
import type { NewRequest, RequestPatch, RequestView, TimelineDraft } from '../data/requests';
import { readFacts, type SavedCardLookup } from './facts';
import { assertTransition, MONEY_TRANSITIONS, refusal, type ServiceRequestAction, targetOf } from './lifecycle';
import { ChangeSource, ServiceRequestStatus as S } from './status';

/** What a change's subscribers are told, besides the request as it is now. */
export interface ChangeFacts {
  previousStatus: S | undefined;
  source: ChangeSource;
  /** False when the call found nothing to do (a redelivered event, a known payment). */
  changed: boolean;
}

/** Runs in the change's transaction (services.ts lists them): what it writes commits with the change. */
export type ChangeSubscriber = (tx: EntityManager, request: RequestView, change: ChangeFacts) => Promise<void>;

type Entry = Omit<TimelineDraft, 'from' | 'to'>;

/**
 * A change under way: the request as read at its start (with what this change set so far), and
 * the only ways to change it. The status moves by the transition table and nowhere else.
 */
export class RequestChange {
  private readonly patch: RequestPatch = {};
  readonly entries: TimelineDraft[] = [];
  private by: ChangeSource | undefined;

  constructor(private readonly row: RequestView) {}

  /** Who changed something, once something changed. */
  get source(): ChangeSource | undefined {
    return this.by;
  }

  get request(): Readonly<RequestView> {
    return { ...this.row, ...this.patch } as RequestView;
  }

  /**
   * Adds a timeline entry that moves no status (a move is `move`'s or `settle`'s); returned so a
   * later step of the same change can complete it.
   */
  record(entry: Entry): TimelineDraft {
    this.entries.push(entry);
    this.by = entry.source;
    return entry;
  }

  /** Changes fields other than the status. */
  set(patch: Omit<RequestPatch, 'status' | 'refundedFrom'>, source: ChangeSource): void {
    Object.assign(this.patch, patch);
    this.by = source;
  }

  /** An admin's or a customer's move to `to` (TRANSITIONS), shown by `entry`. */
  move(to: S, entry: Entry): void {
    const from = this.request.status;
    assertTransition(from, to);
    this.entries.push({ ...entry, from, to });
    this.by = entry.source;
    this.patch.status = to;
  }

  /**
   * A move money made (PAID, REFUNDED, and back when a refund fails), derived from the stored
   * payments; shown on `entry`, the fact that caused it, when this change wrote one.
   */
  settle(to: S, source: ChangeSource, entry: TimelineDraft | undefined): void {
    const from = this.request.status;
    if (to === from) return;
    if (to === S.REFUNDED) this.patch.refundedFrom = from;
    else if (from === S.REFUNDED) this.patch.refundedFrom = undefined;
    const moneyOnly = MONEY_TRANSITIONS[from]?.includes(to) ?? false;
    if (from === S.REFUNDED && !moneyOnly) throw new ConflictError(`money cannot move ${from} to ${to}`);
    if (!moneyOnly) assertTransition(from, to);
    this.patch.status = to;
    this.by = source;
    if (entry) Object.assign(entry, { from, to });
  }

  /** The fields this change set that differ from the row. */
  changes(): RequestPatch {
    const changed: RequestPatch = {};
    for (const key of PATCHABLE) {
      if (!(key in this.patch)) continue;
      const value = this.patch[key];
      const before = this.row[key];
      const same =
        value instanceof Date && before instanceof Date
          ? value.getTime() === before.getTime()
          : (value ?? null) === (before ?? null);
      if (!same) Object.assign(changed, { [key]: value });
    }
    return changed;
  }
}

/**
 * The one path of every change to a request, whatever its source (admin, customer, webhook,
 * reconciliation, campaign, saved-card charge): in one transaction, read the row (locked when
 * asked), check the action against the transition table and its guards, let the caller's step
 * change it, write the row, its counts and the timeline with plain SQL, and run the subscribers.
 */
export class Engine {
  private readonly subscribers: ChangeSubscriber[] = [];

  /** `savedCard`: the CHARGE_SAVED_CARD guard's fact (customers know it). */
  constructor(private readonly savedCard: SavedCardLookup) {}

  onChange(subscriber: ChangeSubscriber): void {
    this.subscribers.push(subscriber);
  }

  /** `then`: what the creation does besides (its mails), in its transaction. */
  async create(
    em: EntityManager,
    request: NewRequest,
    source: ChangeSource,
    then?: (tx: EntityManager, row: RequestView) => Promise<void>,
  ): Promise<RequestView> {
    return em.transactional(async (tx) => {
      const row = await insertRequest(tx, request, S.REQUESTED);
      await insertTimeline(tx, row.id, [{ kind: 'CREATED', to: S.REQUESTED, source }]);
      await moveCount(tx, undefined, row);
      await then?.(tx, row);
      await this.announce(tx, row, { previousStatus: undefined, source, changed: true });
      return row;
    });
  }

  /** Refuses `action` as its mutation would (INVALID_TRANSITION or CONFLICT), without changing anything. */
  async check(em: EntityManager, request: RequestView, action: ServiceRequestAction): Promise<void> {
    const refused = refusal(action, await readFacts(em, request, this.savedCard));
    if (refused) throw refused;
  }

  /**
   * An admin's (or the customer's) action: refused unless the table allows it now. `step` does
   * what the action does besides the move, and returns the timeline entry showing it; the engine
   * makes the move, if the action is one.
   */
  act(
    em: EntityManager,
    id: string,
    action: ServiceRequestAction,
    step: (change: RequestChange, tx: EntityManager) => Entry | Promise<Entry>,
  ): Promise<RequestView> {
    return this.change(em, id, async (change, tx) => {
      await this.check(tx, change.request, action);
      const entry = await step(change, tx);
      const to = targetOf(action, change.request.status);
      if (to) change.move(to, entry);
      else change.record(entry);
    });
  }

  /**
   * Runs `step` on the request in a transaction (joining the caller's, as the inbox's per event).
   * `lock`: Stripe's reports wait for each other on the row; otherwise a change made by someone
   * else after our read is a CONFLICT rather than a lost update.
   */
  change(
    em: EntityManager,
    id: string,
    step: (change: RequestChange, tx: EntityManager) => void | Promise<void>,
    options: { lock?: boolean } = {},
  ): Promise<RequestView> {
    return em.transactional(
      async (tx) => {
        const row = await readRequest(tx, id, options.lock);
        if (!row) throw new NotFoundError('ServiceRequest', id);
        const change = new RequestChange(row);
        await step(change, tx);
        const patch = change.changes();
        let result = row;
        if (Object.keys(patch).length > 0) {
          // The row, its counts and its timeline in one statement.
          const writes = [countMove(row, { ...row, ...patch }), timelineInsert(row.id, change.entries)];
          const updated = await updateRequest(tx, row.id, row.version, patch, writes);
          if (!updated)
            throw new ConflictError('the request was changed by someone else meanwhile; reload and try again');
          result = updated;
        } else {
          await insertTimeline(tx, row.id, change.entries);
        }
        await this.announce(tx, result, {
          previousStatus: row.status,
          source: change.source ?? ChangeSource.SYSTEM,
          changed: change.source !== undefined,
        });
        return result;
      },
      { propagation: TransactionPropagation.REQUIRED },
    );
  }

  private async announce(tx: EntityManager, request: RequestView, change: ChangeFacts): Promise<void> {
    for (const subscriber of this.subscribers) await subscriber(tx, request, change);
  }
}
