import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The typed SQL of `quote_line`: the lines of each quote version, written in the quote's own
 * transaction (the engine's step) and read with their tax rates.
 */

export interface NewQuoteLine {
  description: string;
  /** Thousandths. */
  quantity: number;
  unitAmount: number;
  taxRateId: string | undefined;
  amount: number;
  tax: number;
}

/** A stored line with its tax rate, as quotes show it and Stripe receives it. */
export interface QuoteLineRow {
  id: string;
  description: string;
  quantity: number;
  unitAmount: number;
  amount: number;
  tax: number;
  taxRate: { id: string; name: string; percentage: string; inclusive: boolean } | null;
}

export async function insertQuoteLines(
  tx: EntityManager,
  request: { id: string; quoteVersion: number },
  lines: readonly NewQuoteLine[],
): Promise<void> {
  await tx.execute(
    `insert into quote_line (id, service_request_id, quote_version, position, description, quantity, unit_amount,
       tax_rate_id, amount, tax)
     values ${lines.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    lines.flatMap((line, position) => [
      randomUUID(),
      request.id,
      request.quoteVersion,
      position,
      line.description,
      line.quantity,
      line.unitAmount,
      line.taxRateId ?? null,
      line.amount,
      line.tax,
    ]),
  );
}

/** The lines of the request's current quote, in their order. */
export async function quoteLinesOf(
  em: EntityManager,
  request: { id: string; quoteVersion: number },
): Promise<QuoteLineRow[]> {
  const rows = await em.execute<
    {
      id: string;
      description: string;
      quantity: number;
      unit_amount: number;
      amount: number;
      tax: number;
      tax_rate_id: string | null;
      tax_name: string | null;
      tax_percentage: string | null;
      tax_inclusive: boolean | null;
    }[]
  >(
    `select l.id, l.description, l.quantity, l.unit_amount, l.amount, l.tax, l.tax_rate_id,
       t.name as tax_name, t.percentage as tax_percentage, t.inclusive as tax_inclusive
     from quote_line l left join tax_rate t on t.id = l.tax_rate_id
     where l.service_request_id = ? and l.quote_version = ? order by l.position`,
    [request.id, request.quoteVersion],
  );
  return rows.map((row) => ({
    id: row.id,
    description: row.description,
    quantity: row.quantity,
    unitAmount: row.unit_amount,
    amount: row.amount,
    tax: row.tax,
    taxRate: row.tax_rate_id
      ? {
          id: row.tax_rate_id,
          name: row.tax_name as string,
          percentage: row.tax_percentage as string,
          inclusive: row.tax_inclusive as boolean,
        }
      : null,
  }));
}
