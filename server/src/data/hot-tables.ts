import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';

import { Dispute } from '../payments/dispute.entity';
import { PaymentLink } from '../payments/payment-link.entity';
import { Payment } from '../payments/payment.entity';
import { Refund } from '../payments/refund.entity';
import { AttentionCause } from '../service-requests/attention-cause.entity';
import { ChangeLogEntry } from '../service-requests/change-log.entity';
import { QuoteAcceptance } from '../service-requests/quote-acceptance.entity';
import { QuoteLine } from '../service-requests/quote-line.entity';
import { RequestCount } from '../service-requests/request-count.entity';
import { ServiceRequest } from '../service-requests/service-request.entity';
import { TimelineEntry } from '../service-requests/timeline-entry.entity';
import { WebhookEvent } from '../webhooks/webhook-event.entity';

/**
 * The hot tables: written with plain SQL only, by this folder's functions (engine/write-guard.test.ts
 * holds the line), never through the ORM's unit of work, so that no table is written in two dialects.
 */
export const HOT_ENTITIES = [
  ServiceRequest,
  RequestCount,
  QuoteLine,
  QuoteAcceptance,
  TimelineEntry,
  ChangeLogEntry,
  Payment,
  PaymentLink,
  Refund,
  Dispute,
  AttentionCause,
  WebhookEvent,
];
const HOT: ReadonlySet<unknown> = new Set(HOT_ENTITIES);

/** Refuses a flush that would write a hot table: the mistake fails the first test that makes it. */
export class HotTablesGuard implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    for (const changeSet of uow.getChangeSets()) {
      if (HOT.has(changeSet.meta.class)) {
        throw new Error(`${changeSet.meta.className} is written with SQL (server/src/data), not by the unit of work`);
      }
    }
  }
}
