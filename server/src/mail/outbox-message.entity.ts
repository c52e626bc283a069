import { randomUUID } from 'node:crypto';

import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import type { ServiceRequest } from '../service-requests/service-request.entity';
import type { MailDocument } from './compose';

export enum OutboxStatus {
  /** Waiting to be sent (or kept, with no SMTP_URL configured). */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Gave up after repeated failures; the last error says why. */
  FAILED = 'FAILED',
}
registerEnumType(OutboxStatus, { name: 'OutboxStatus' });

/** A mail to a customer (or to an admin: an invitation, a password reset), written in the same transaction as the change it tells about. */
@ObjectType()
@Entity()
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['createdAt', 'id'] })
export class OutboxMessage {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('ServiceRequest', { deleteRule: 'set null', nullable: true })
  serviceRequest?: Rel<ServiceRequest>;

  /** PAYMENT_LINK, SCHEDULED, REFUND, … */
  @Field(() => String)
  @Property({ type: 'text' })
  kind!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  to!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  subject!: string;

  /** As sent; the `outbox` query shows it with its links' tokens hidden (mail/outbox.resolver.ts). */
  @Property({ type: 'text' })
  text!: string;

  /** The same content as HTML, user text escaped (mail/compose.ts); none for the admin mails. */
  @Property({ type: 'text', nullable: true })
  html?: string;

  /** The business's reply-to address when the mail was written. */
  @Property({ type: 'text', nullable: true })
  replyTo?: string;

  /**
   * What the mail is about, for mail that must go once whatever repeats the change (a webhook
   * redelivered, two schedulers): `receipt:<payment id>`, `refund:<refund id>`. A second row with
   * the same key is not written (see `enqueueMail`).
   */
  @Property({ type: 'text', nullable: true, unique: true })
  key?: string;

  /** The documents sent with the mail (the quote's or a receipt's PDF), drawn when it is sent. */
  @Property({ type: 'json', nullable: true })
  attachments?: MailDocument[];

  @Field(() => OutboxStatus)
  @Enum({ items: () => OutboxStatus })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Field(() => Int)
  @Property({ type: 'integer' })
  attempts = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError?: string;

  @Property({ type: 'timestamptz' })
  nextAttemptAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
