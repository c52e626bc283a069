import { Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Rel } from '@mikro-orm/core';

import { ServiceRequest } from '../service-requests/service-request.entity';

/**
 * The quote mails of each quote version, one row per step, written in the transaction that queues
 * the mail: its key is what makes every step go once, whatever the replicas, schedulers and
 * restarts. Step `SENT` is the quote itself (its first sending, which reminders count days from);
 * `DAY_3` a scheduled reminder; `CAMPAIGN_<recipient>_<n>` a campaign's reminder.
 */
@Entity()
export class QuoteReminder {
  @ManyToOne(() => ServiceRequest, { primary: true, deleteRule: 'cascade' })
  serviceRequest!: Rel<ServiceRequest>;

  @PrimaryKey({ type: 'integer' })
  quoteVersion!: number;

  @PrimaryKey({ type: 'text' })
  step!: string;

  @Property({ type: 'timestamptz' })
  sentAt: Date = new Date();

  [PrimaryKeyProp]?: ['serviceRequest', 'quoteVersion', 'step'];
}
