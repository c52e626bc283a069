import type { EntityData, EntityManager } from '@mikro-orm/postgresql';

import { currentActing } from '../common/acting';
import { NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import { selectRows } from '../common/sql-rows';
import { ChangeSource, type ServiceRequestStatus, SOURCE_ACTORS } from '../engine/status';
import { ServiceRequest } from '../service-requests/service-request.entity';
import type { Sql } from './sql';

/**
 * The typed SQL of the request row and its timeline: the only code that writes them (the ORM keeps
 * their schema and reads what is shown). Plain statements on the caller's transaction, no unit of
 * work: the webhook path spent half its CPU flushing one (docs/performance.md).
 */

/** The columns a change may write, by property. `status` and `refundedFrom` are the engine's alone. */
const COLUMNS = {
  status: 'status',
  refundedFrom: 'refunded_from',
  quoteAmount: 'quote_amount',
  subtotal: 'subtotal',
  taxAmount: 'tax_amount',
  depositAmount: 'deposit_amount',
  balanceDue: 'balance_due',
  depositRefundTo: 'deposit_refund_to',
  payChoice: 'pay_choice',
  depositQuoteVersion: 'deposit_quote_version',
  validUntil: 'valid_until',
  quoteNote: 'quote_note',
  quoteTerms: 'quote_terms',
  currency: 'currency',
  quoteVersion: 'quote_version',
  saveCard: 'save_card',
  requireAcceptance: 'require_acceptance',
  scheduledFor: 'scheduled_for',
  needsAttention: 'needs_attention',
  attentionReason: 'attention_reason',
  payTokenHash: 'pay_token_hash',
  payTokenSealed: 'pay_token_sealed',
} as const satisfies Partial<Record<keyof RequestView, string>>;

export type RequestPatch = { -readonly [K in keyof typeof COLUMNS]?: RequestView[K] | undefined };
export const PATCHABLE = Object.keys(COLUMNS) as (keyof RequestPatch)[];

/**
 * A request as GraphQL shows it and the engine changes it: a row read with SQL, whose customer is
 * its id alone. The field resolvers need no more than this.
 */
export type RequestView = Omit<ServiceRequest, 'customer' | 'payments' | 'paymentLinks' | 'timeline'> & {
  customer: { id: string };
};

/** A `service_request` row (`sr.*`) as a RequestView. */
function requestView(row: EntityData<ServiceRequest>): RequestView {
  return Object.assign(row, { customer: { id: row.customer as string } }) as unknown as RequestView;
}

/** Requests read by `sql` (selecting `service_request`'s columns), as rows. */
export const selectRequests = async (em: EntityManager, sql: string, params: readonly unknown[]) =>
  (await selectRows(em, ServiceRequest, sql, params)).map(requestView);

/** `lock`: holds the row until the transaction ends (changes of one request wait for each other). */
export async function readRequest(em: EntityManager, id: string, lock = false): Promise<RequestView | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await selectRequests(em, `select * from service_request where id = ?${lock ? ' for update' : ''}`, [
    id,
  ]);
  return row;
}

export async function readRequestOrFail(em: EntityManager, id: string): Promise<RequestView> {
  const found = await readRequest(em, id);
  if (!found) throw new NotFoundError('ServiceRequest', id);
  return found;
}

export async function requestOfTokenHash(em: EntityManager, hash: string): Promise<RequestView | undefined> {
  const [row] = await selectRequests(em, 'select * from service_request where pay_token_hash = ?', [hash]);
  return row;
}

export interface NewRequest {
  id: string;
  customerId: string;
  customerName: string;
  customerEmail: string;
  customerPhone: string | undefined;
  address: string | undefined;
  description: string;
  currency: string;
}

export async function insertRequest(
  em: EntityManager,
  r: NewRequest,
  status: ServiceRequestStatus,
): Promise<RequestView> {
  const now = new Date().toISOString();
  const [row] = await selectRequests(
    em,
    `insert into service_request (id, customer_id, customer_name, customer_email, customer_phone, address, description,
       status, currency, quote_version, save_card, needs_attention, version, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, false, false, 1, ?::timestamptz, ?::timestamptz) returning *`,
    [
      r.id,
      r.customerId,
      r.customerName,
      r.customerEmail,
      r.customerPhone ?? null,
      r.address ?? null,
      r.description,
      status,
      r.currency,
      now,
      now,
    ],
  );
  return row as RequestView;
}

/**
 * Writes `patch` if the row is still at `version` (bumping it): undefined when someone changed it
 * meanwhile, so a change based on a stale read is refused rather than silently overwriting (the
 * caller then rolls back). `alongside`: the change's other writes, in the same statement.
 */
export async function updateRequest(
  em: EntityManager,
  id: string,
  version: number,
  patch: RequestPatch,
  alongside: readonly (Sql | undefined)[] = [],
): Promise<RequestView | undefined> {
  const entries = Object.entries(patch) as [keyof RequestPatch, unknown][];
  const set = entries.map(([property]) => `${COLUMNS[property]} = ?`);
  const others = alongside.filter((write) => write !== undefined);
  const [row] = await selectRequests(
    em,
    `with updated as (
       update service_request set ${[...set, 'version = version + 1', 'updated_at = ?::timestamptz'].join(', ')}
       where id = ? and version = ? returning *)${others.map((write, i) => `, w${i} as (${write.sql})`).join('')}
     select * from updated`,
    [
      ...entries.map(([, value]) => (value instanceof Date ? value.toISOString() : (value ?? null))),
      new Date().toISOString(),
      id,
      version,
      ...others.flatMap((write) => write.params),
    ],
  );
  return row;
}

/** A timeline row as a change writes it. */
export interface TimelineDraft {
  kind: string;
  source: ChangeSource;
  from?: ServiceRequestStatus | undefined;
  to?: ServiceRequestStatus | undefined;
  note?: string | undefined;
  amount?: number | undefined;
  /** When it happened (default: now); for what Stripe reports, the event's `created`. */
  at?: Date | undefined;
  /** One entry per fact about a Stripe object (timeline-entry.entity.ts). */
  factKey?: string | undefined;
}

/** Who the timeline names for a change from `source`: the admin acting (common/acting.ts), or the source's name. */
function actorOf(source: ChangeSource): string {
  const acting = source === ChangeSource.ADMIN || source === ChangeSource.SYSTEM ? currentActing() : undefined;
  return acting?.name ?? SOURCE_ACTORS[source];
}

/** The entries of one change, in one statement, in their order. */
export async function insertTimeline(em: EntityManager, requestId: string, entries: readonly TimelineDraft[]) {
  const insert = timelineInsert(requestId, entries);
  if (insert) await em.execute(insert.sql, insert.params);
}

/** The statement of `insertTimeline`, to run alone or beside a change's others; undefined for no entries. */
export function timelineInsert(requestId: string, entries: readonly TimelineDraft[]): Sql | undefined {
  if (entries.length === 0) return undefined;
  const now = new Date().toISOString();
  return {
    sql: `insert into timeline_entry (service_request_id, kind, "from", "to", source, actor, note, amount, at, fact_key)
     values ${entries.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?)').join(', ')}`,
    params: entries.flatMap((e) => [
      requestId,
      e.kind,
      e.from ?? null,
      e.to ?? null,
      e.source,
      actorOf(e.source),
      e.note ?? null,
      e.amount ?? null,
      e.at?.toISOString() ?? now,
      e.factKey ?? null,
    ]),
  };
}

/**
 * Whether the request's timeline has the fact `key` already; if so its time becomes the earlier of
 * the two (several events report one fact: the entry keeps the earliest time any of them gives).
 */
export async function knownFact(em: EntityManager, requestId: string, key: string, at: Date): Promise<boolean> {
  const [known] = await em.execute<{ id: string }[]>(
    `with earlier as (update timeline_entry set at = least(at, ?::timestamptz)
       where service_request_id = ? and fact_key = ? returning id) select id from earlier`,
    [at.toISOString(), requestId, key],
  );
  return known !== undefined;
}
