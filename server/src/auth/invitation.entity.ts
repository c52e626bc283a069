import { randomUUID } from 'node:crypto';

import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

import { Admin } from './admin.entity';
import { AdminRole } from './roles';

/** An owner's invitation to join the team: a one-time link, stored as its hash only. */
@ObjectType()
@Entity()
// One open invitation per address: inviting it again replaces it.
@Index({
  name: 'invitation_open_email_unique',
  expression:
    'create unique index "invitation_open_email_unique" on "invitation" ("email") where "accepted_at" is null and "revoked_at" is null',
})
export class Invitation {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Lower-cased, as admins' emails are. */
  @Field(() => String)
  @Property({ type: 'text' })
  email!: string;

  @Field(() => AdminRole)
  @Enum({ items: () => AdminRole })
  role!: AdminRole;

  /** SHA-256 of the link's token: the token is high-entropy, so a fast hash suffices, and a wrong one costs nothing. */
  @Property({ type: 'text', unique: true, hidden: true })
  tokenHash!: string;

  /** Shown as `invitedBy` (auth/team.resolver.ts). */
  @ManyToOne(() => Admin, { deleteRule: 'cascade' })
  invitedBy!: Rel<Admin>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Seven days after it was (re)sent. */
  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;

  /** The link, in the answer to `inviteAdmin` and `resendInvitation` only (never stored): for the owner to copy. */
  @Field(() => String, { nullable: true })
  link?: string;
}
