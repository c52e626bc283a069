import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';

import { ServiceRequest } from '../service-requests/service-request.entity';
import type { MailDraft } from './messages';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';

const MAX_ATTEMPTS = 10;
const BATCH = 20;

/** Queues a mail in the caller's unit of work, so it is sent only if the change commits. */
export function enqueueMail(
  em: EntityManager,
  request: { id: string; customerEmail: string },
  draft: MailDraft,
): OutboxMessage {
  return queue(em, request.customerEmail, draft, em.getReference(ServiceRequest, request.id));
}

/** Queues a mail to an admin (an invitation, a password reset), as `enqueueMail` does. */
export function enqueueAdminMail(em: EntityManager, to: string, draft: MailDraft): OutboxMessage {
  return queue(em, to, draft);
}

function queue(em: EntityManager, to: string, draft: MailDraft, serviceRequest?: ServiceRequest): OutboxMessage {
  const message = em.create(OutboxMessage, { ...draft, to, serviceRequest } as OutboxMessage);
  em.persist(message);
  return message;
}

/**
 * Sends queued mail over SMTP_URL with retries and backoff. Rows are claimed with
 * `for update skip locked`, so several replicas never send one message twice.
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
          await this.transport.sendMail({
            from: this.from,
            to: message.to,
            subject: message.subject,
            text: message.text,
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
}
