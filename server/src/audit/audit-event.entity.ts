import { randomUUID } from 'node:crypto';

import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** Something an admin (or someone at the sign-in page) did that an owner may need to look back on. */
@ObjectType()
@Entity()
@Index({ properties: ['at', 'id'] })
@Index({ properties: ['actorId', 'at', 'id'] })
@Index({ properties: ['kind', 'at', 'id'] })
export class AuditEvent {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** When it happened; for repeated sign-in failures, the latest of the minute. */
  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  /** SIGN_IN, SIGN_IN_FAILED, INVITED, ROLE_CHANGED, ADMIN_REMOVED, REFUND, … (README "Team"). */
  @Field(() => String)
  @Property({ type: 'text' })
  kind!: string;

  /** The admin who did it, if one did (a failed sign-in names the account tried in `target`). */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string;

  /** The admin's name at the time (or email), or "someone" at the sign-in page. */
  @Field(() => String)
  @Property({ type: 'text' })
  actor!: string;

  /** The client address. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  address?: string;

  /** What it was done to: an admin's email, a request's or an event's id. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  target?: string;

  /** The rest worth knowing (a new role, an amount), never a secret. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  detail?: string;

  /** How many times it happened: failed sign-ins of one account from one address are one event a minute. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  count = 1;

  /** Sign-in failures: account, address and minute, so that repeats add to `count`. */
  @Property({ type: 'text', nullable: true, unique: true, hidden: true })
  repeatKey?: string;
}
