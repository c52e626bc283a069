import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { selectRows } from '../common/sql-rows';
import type { PayPurpose } from '../engine/payment-enums';
import { PayableKind, PaymentLink } from '../payments/payment-link.entity';

/**
 * The typed SQL of `payment_link`: the Stripe pages /pay leads to (a Payment Link per quote, or
 * Checkout Sessions), their retirement and their closing at Stripe.
 */

export type LinkRow = Pick<
  PaymentLink,
  | 'id'
  | 'kind'
  | 'purpose'
  | 'stripeId'
  | 'url'
  | 'stripePriceId'
  | 'quoteVersion'
  | 'active'
  | 'expiresAt'
  | 'createdAt'
>;

const links = async (em: EntityManager, sql: string, params: readonly unknown[]) =>
  (await selectRows(em, PaymentLink, sql, params)) as LinkRow[];

/**
 * The newest active link of `kind` collecting `purpose` for the request's quote; for sessions, one
 * the customer still has `minLifetimeMs` to pay with.
 */
export async function activeLink(
  em: EntityManager,
  request: { id: string; quoteVersion: number },
  kind: PayableKind,
  purpose: PayPurpose,
  minLifetimeMs = 0,
): Promise<LinkRow | undefined> {
  const [row] = await links(
    em,
    `select * from payment_link where service_request_id = ? and kind = ? and purpose = ? and quote_version = ?
       and active and (expires_at is null or expires_at > ?::timestamptz)
     order by created_at desc limit 1`,
    [request.id, kind, purpose, request.quoteVersion, new Date(Date.now() + minLifetimeMs).toISOString()],
  );
  return row;
}

export async function linkByStripeId(em: EntityManager, stripeId: string): Promise<LinkRow | undefined> {
  const [row] = await links(em, 'select * from payment_link where stripe_id = ?', [stripeId]);
  return row;
}

/** Every link of the request, current or retired. */
export function linksOf(em: EntityManager, requestId: string): Promise<LinkRow[]> {
  return links(em, 'select * from payment_link where service_request_id = ? order by created_at', [requestId]);
}

/**
 * Whether the request has the Checkout Session `stripeId`, or (when `orLivePaymentLink`) any
 * active Payment Link, whose sessions Stripe mints; or the Payment Link `stripeId` itself.
 */
export async function hasLink(
  em: EntityManager,
  requestId: string,
  stripeId: string,
  orLivePaymentLink: boolean,
): Promise<boolean> {
  const rows = await em.execute(
    `select 1 from payment_link where service_request_id = ? and (stripe_id = ? or (? and kind = ? and active)) limit 1`,
    [requestId, stripeId, orLivePaymentLink, PayableKind.PAYMENT_LINK],
  );
  return rows.length > 0;
}

/**
 * A link created at Stripe for the request's current quote, with what it collects and what Stripe
 * will report when it is paid; a second insert of it changes nothing.
 */
export async function insertLink(
  tx: EntityManager,
  request: { id: string; currency: string; quoteVersion: number },
  link: {
    kind: PayableKind;
    purpose: PayPurpose;
    stripeId: string;
    url: string;
    stripePriceIds?: readonly string[];
    expiresAt?: Date;
    expected: { subtotal: number; total: number };
  },
): Promise<void> {
  await tx.execute(
    `insert into payment_link (id, service_request_id, kind, purpose, stripe_id, url, stripe_price_id, amount,
       currency, quote_version, active, expires_at, created_at, expected_subtotal, expected_total)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?::timestamptz, ?::timestamptz, ?, ?)
     on conflict (stripe_id) do nothing`,
    [
      randomUUID(),
      request.id,
      link.kind,
      link.purpose,
      link.stripeId,
      link.url,
      link.stripePriceIds?.join(' ') ?? null,
      link.expected.total,
      request.currency,
      request.quoteVersion,
      link.expiresAt?.toISOString() ?? null,
      new Date().toISOString(),
      link.expected.subtotal,
      link.expected.total,
    ],
  );
}

/**
 * Retires the links of other quotes or collecting anything but `purpose` (all of them when nothing
 * is payable) and returns every retired link not closed at Stripe yet, those retired earlier included.
 */
export async function retireStaleLinks(
  tx: EntityManager,
  request: { id: string; quoteVersion: number },
  purpose: PayPurpose | undefined,
): Promise<string[]> {
  const rows = await tx.execute<{ id: string }[]>(
    `with retired as (
       update payment_link set active = false
       where service_request_id = ? and active and (quote_version <> ? or purpose is distinct from ?) returning id
     )
     select id from payment_link
     where service_request_id = ? and closed_at_stripe is null and (not active or id in (select id from retired))`,
    [request.id, request.quoteVersion, purpose ?? null, request.id],
  );
  return rows.map((row) => row.id);
}

/** Retires the current quote's links (a payment of them failed: they are used up). */
export async function retireQuoteLinks(tx: EntityManager, request: { id: string; quoteVersion: number }) {
  await tx.execute(
    'update payment_link set active = false where service_request_id = ? and active and quote_version = ?',
    [request.id, request.quoteVersion],
  );
}

/** The retired link `id`, if it is still to be closed at Stripe. */
export async function linkToClose(em: EntityManager, id: string): Promise<LinkRow | undefined> {
  const [row] = await links(em, 'select * from payment_link where id = ? and not active and closed_at_stripe is null', [
    id,
  ]);
  return row;
}

export async function markLinkClosed(em: EntityManager, id: string): Promise<void> {
  await em.execute('update payment_link set closed_at_stripe = ?::timestamptz where id = ?', [
    new Date().toISOString(),
    id,
  ]);
}
