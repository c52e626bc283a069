import { randomUUID } from 'node:crypto';

import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';

import type { MailAttachment, MailDocument, MailDraft } from './compose';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';

const MAX_ATTEMPTS = 10;
const BATCH = 20;

/** The keys of the mails that go once (OutboxMessage.key). */
export const MAIL_KEYS = {
  receipt: (paymentId: string) => `receipt:${paymentId}`,
  refund: (stripeRefundId: string) => `refund:${stripeRefundId}`,
};

/**
 * Queues a mail in the caller's transaction, so it is sent only if the change commits. `key`
 * (see OutboxMessage.key) makes it once: a mail with a key already queued is not queued again,
 * whatever retried or repeated the change. Returns whether it was queued.
 */
export async function enqueueMail(
  em: EntityManager,
  request: { id: string; customerEmail: string },
  draft: MailDraft,
  key?: string,
): Promise<boolean> {
  return queue(em, request.customerEmail, draft, key, request.id);
}

/** Queues a mail to the business or an admin (a new request, an invitation), as `enqueueMail` does. */
export function enqueueAdminMail(
  em: EntityManager,
  to: string,
  draft: MailDraft,
  requestId?: string,
): Promise<boolean> {
  return queue(em, to, draft, undefined, requestId);
}

async function queue(
  em: EntityManager,
  to: string,
  { documents, ...draft }: MailDraft,
  key: string | undefined,
  requestId: string | undefined,
): Promise<boolean> {
  const inserted = await em
    .createQueryBuilder(OutboxMessage)
    .insert({
      id: randomUUID(),
      ...draft,
      to,
      key,
      serviceRequest: requestId,
      attachments: documents,
      status: OutboxStatus.PENDING,
      attempts: 0,
      nextAttemptAt: new Date(),
      createdAt: new Date(),
    })
    .onConflict('key')
    .ignore()
    .execute('run');
  return inserted.affectedRows > 0;
}

/**
 * Draws a document of the request `requestId` for a mail being sent (documents.service.ts), in the
 * sender's transaction; undefined when there is none to attach.
 */
export type DocumentRenderer = (
  em: EntityManager,
  requestId: string,
  document: MailDocument,
) => Promise<MailAttachment | undefined>;

/**
 * Sends queued mail over SMTP_URL with retries and backoff. Rows are claimed with
 * `for update skip locked`, so several replicas never send one message twice. A mail's documents
 * are drawn as it is sent: the outbox stays small, and no PDF is drawn in the transaction that
 * queues the mail (a webhook's, for a receipt); a failure to draw one is a failed attempt.
 */
export class OutboxSender {
  private readonly transport: Transporter;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly em: EntityManager,
    smtpUrl: string,
    private readonly from: string,
    private readonly log: Logger,
    private readonly render: DocumentRenderer,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  start(intervalMs = 5_000): void {
    this.timer = setInterval(() => {
      this.running ??= this.sendDue()
        .then(
          () => undefined,
          (error: unknown) => this.log.error({ err: error }, 'outbox run failed'),
        )
        .finally(() => (this.running = undefined));
    }, intervalMs);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    this.transport.close();
  }

  /** Sends what is due; returns how many were sent. */
  async sendDue(): Promise<number> {
    let sent = 0;
    await this.em.fork().transactional(async (tx) => {
      const due = await tx.find(
        OutboxMessage,
        { status: OutboxStatus.PENDING, nextAttemptAt: { $lte: new Date() } },
        // Skip rows another replica is sending right now.
        { orderBy: { createdAt: 'asc' }, limit: BATCH, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      for (const message of due) {
        message.attempts += 1;
        try {
          const attachments = await this.attachments(tx, message);
          await this.transport.sendMail({
            from: this.from,
            to: message.to,
            subject: message.subject,
            text: message.text,
            ...(message.html ? { html: message.html } : {}),
            ...(message.replyTo ? { replyTo: message.replyTo } : {}),
            attachments,
          });
          message.status = OutboxStatus.SENT;
          message.sentAt = new Date();
          message.lastError = undefined;
          sent += 1;
        } catch (error) {
          message.lastError = (error as Error).message;
          message.nextAttemptAt = new Date(Date.now() + 2 ** message.attempts * 1_000);
          if (message.attempts >= MAX_ATTEMPTS) message.status = OutboxStatus.FAILED;
          this.log.warn({ err: error, messageId: message.id, attempts: message.attempts }, 'mail not sent');
        }
      }
    });
    return sent;
  }

  private async attachments(tx: EntityManager, message: OutboxMessage): Promise<MailAttachment[]> {
    const requestId = message.serviceRequest?.id;
    const drawn: MailAttachment[] = [];
    if (!requestId) return drawn; // its request was deleted
    for (const document of message.attachments ?? []) {
      const file = await this.render(tx, requestId, document);
      if (file) drawn.push(file);
    }
    return drawn;
  }
}
