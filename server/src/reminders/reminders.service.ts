import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import type { BusinessService } from '../business/business.service';
import { claimQuoteStep, QUOTE_SENT } from '../data/quote-reminders';
import type { RequestView } from '../data/requests';
import type { Engine } from '../engine/engine';
import { PAYABLE } from '../engine/lifecycle';
import { ChangeSource, ServiceRequestStatus as S } from '../engine/status';
import { reminderMail } from '../mail/messages';
import { enqueueMail } from '../mail/outbox';
import type { PaymentsService } from '../payments/payments.service';

/** pg-boss queue of the reminder runs: one job per cron tick, whichever replica takes it. */
export const REMINDER_QUEUE = 'quote-reminders';
/** Every 15 minutes: a reminder goes out within a quarter of an hour of its day. */
export const REMINDER_CRON = '*/15 * * * *';

const DAY_MS = 86_400_000;
/** Requests looked at per run; the next run takes the rest. */
const BATCH = 500;

export interface Reminder {
  /** `DAY_3`, `CAMPAIGN_<recipient>_<n>`: it goes once per quote version. */
  step: string;
  source: ChangeSource;
  /** On the timeline. */
  note: string;
  now?: Date;
  /** Runs in the transaction that queues the mail (a campaign counts it). */
  within?: (tx: EntityManager) => Promise<void>;
}

/**
 * Reminders of unpaid quotes: the business's schedule (`reminderDays` after the quote was first
 * sent) and a campaign's "remind the unpaid" are one mechanism. A reminder goes only while the
 * quote is still to be paid (not paid, declined, canceled or expired, no payment on its way), at
 * most one a day per quote, and each step once per (request, quote version, step): the step is
 * claimed in `quote_reminder` in the transaction that queues the mail, under the request's row
 * lock, so any number of replicas and schedulers may run at once and restart at will.
 */
export class RemindersService {
  constructor(
    private readonly em: EntityManager,
    private readonly engine: Engine,
    private readonly business: BusinessService,
    private readonly payments: PaymentsService,
    private readonly log: Logger,
  ) {}

  /** Sends the scheduled reminders due at `now`; returns how many this call sent. */
  async sendDue(now = new Date()): Promise<number> {
    const em = this.em.fork();
    const days = (await this.business.current(em)).reminderDays;
    if (days.length === 0) return 0;
    // Quotes sent at least the first step ago, still awaiting payment, with the latest step due not claimed.
    const due = await em.execute<{ id: string; sent_at: string }[]>(
      `select sr.id, r.sent_at from service_request sr
       join quote_reminder r on r.service_request_id = sr.id and r.quote_version = sr.quote_version and r.step = ?
       where sr.status = ? and (sr.valid_until is null or sr.valid_until > ?::timestamptz)
         and r.sent_at <= ?::timestamptz
       order by r.sent_at limit ?`,
      [
        QUOTE_SENT,
        S.AWAITING_PAYMENT,
        now.toISOString(),
        new Date(now.getTime() - days[0]! * DAY_MS).toISOString(),
        BATCH,
      ],
    );
    let sent = 0;
    for (const { id, sent_at } of due) {
      const elapsed = now.getTime() - new Date(sent_at).getTime();
      // The latest step due: a reminder missed while nothing ran is not sent late on top of it.
      const day = days.filter((d) => d * DAY_MS <= elapsed).at(-1) as number;
      const note = `Reminder ${days.indexOf(day) + 1} of ${days.length}, ${day} days after the quote`;
      try {
        if (await this.remind(em.fork(), id, { step: `DAY_${day}`, source: ChangeSource.SYSTEM, note, now })) sent += 1;
      } catch (error) {
        this.log.warn({ err: error, requestId: id }, 'a reminder could not be sent; the next run tries again');
      }
    }
    return sent;
  }

  /**
   * Sends step `step` of the reminders of the request's current quote, unless it went already or
   * the quote is no longer to be reminded of (see the class); returns whether it was sent.
   */
  async remind(
    em: EntityManager,
    requestId: string,
    { step, source, note, now = new Date(), within }: Reminder,
  ): Promise<boolean> {
    let sent = false;
    await this.engine.change(
      em,
      requestId,
      async (change, tx) => {
        const request = change.request as RequestView;
        const url = this.payments.payUrl(request);
        if (!url || !(await this.remindable(tx, request, now))) return;
        if (!(await claimQuoteStep(tx, request, step, now))) return;
        change.record({ kind: 'REMINDER_SENT', source, note });
        await enqueueMail(tx, request, reminderMail(await this.business.mailIdentity(tx), request, url));
        await within?.(tx);
        sent = true;
      },
      { lock: true },
    );
    return sent;
  }

  /** Whether the quote is still to be reminded of at `now`, and no reminder of it went in the last day. */
  private async remindable(tx: EntityManager, request: RequestView, now: Date): Promise<boolean> {
    if (!PAYABLE.includes(request.status)) return false; // paid, declined, canceled
    if (request.validUntil && request.validUntil.getTime() <= now.getTime()) return false; // expired
    if (await this.payments.processing(tx, request)) return false; // a bank payment on its way
    const [recent] = await tx.execute(
      `select 1 from quote_reminder where service_request_id = ? and quote_version = ? and step <> ?
         and sent_at > ?::timestamptz
       union all
       select 1 from timeline_entry d where d.service_request_id = ? and d.kind = 'QUOTE_DECLINED'
         and d.id > coalesce((select max(q.id) from timeline_entry q where q.service_request_id = ? and q.kind = 'QUOTED'), 0)`,
      [
        request.id,
        request.quoteVersion,
        QUOTE_SENT,
        new Date(now.getTime() - DAY_MS).toISOString(),
        request.id,
        request.id,
      ],
    );
    return recent === undefined;
  }
}
