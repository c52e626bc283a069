import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { selectRows } from '../common/sql-rows';
import type { PayPurpose } from '../engine/payment-enums';
import { QuoteAcceptance } from '../service-requests/quote-acceptance.entity';

/** The typed SQL of `quote_acceptance`: the customer's acceptance of each quote version. */

export type AcceptanceRow = Omit<QuoteAcceptance, 'serviceRequest'> & { serviceRequest: string };

export interface NewAcceptance {
  name: string;
  clientAddress: string;
  userAgent: string | undefined;
  contentHash: string;
  /** How the customer chose to pay (what /pay then collects). */
  payChoice: PayPurpose;
}

/** Records the acceptance of the request's current version; false when that version has one already. */
export async function insertAcceptance(
  tx: EntityManager,
  request: { id: string; quoteVersion: number },
  acceptance: NewAcceptance,
): Promise<boolean> {
  const rows = await tx.execute<{ id: string }[]>(
    `insert into quote_acceptance (id, service_request_id, quote_version, name, at, client_address, user_agent, content_hash, pay_choice)
     values (?, ?, ?, ?, ?::timestamptz, ?, ?, ?, ?)
     on conflict (service_request_id, quote_version) do nothing returning id`,
    [
      randomUUID(),
      request.id,
      request.quoteVersion,
      acceptance.name,
      new Date().toISOString(),
      acceptance.clientAddress,
      acceptance.userAgent ?? null,
      acceptance.contentHash,
      acceptance.payChoice,
    ],
  );
  return rows.length > 0;
}

/** Whether the request's current quote version is accepted. */
export async function isAccepted(em: EntityManager, request: { id: string; quoteVersion: number }): Promise<boolean> {
  const rows = await em.execute('select 1 from quote_acceptance where service_request_id = ? and quote_version = ?', [
    request.id,
    request.quoteVersion,
  ]);
  return rows.length > 0;
}

/** The acceptance of each request's current quote version, for the requests `ids`. */
export async function currentAcceptances(em: EntityManager, ids: readonly string[]): Promise<AcceptanceRow[]> {
  const rows = await selectRows(
    em,
    QuoteAcceptance,
    `select a.* from quote_acceptance a join service_request sr
       on sr.id = a.service_request_id and sr.quote_version = a.quote_version
     where a.service_request_id in (?)`,
    [[...new Set(ids)]],
  );
  return rows as unknown as AcceptanceRow[];
}
