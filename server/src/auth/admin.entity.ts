import { randomUUID } from 'node:crypto';

import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

import { AdminRole } from './roles';

@ObjectType()
@Entity()
export class Admin {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored lower-cased, so sign-in is case-insensitive. */
  @Field(() => String)
  @Property({ type: 'text', unique: true })
  email!: string;

  /** Chosen when accepting the invitation; the first account has none until it sets one. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  name?: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  /** What this admin may do (auth/roles.ts); the accounts from before roles are owners. */
  @Field(() => AdminRole)
  @Enum({ items: () => AdminRole, default: AdminRole.OWNER })
  role: AdminRole = AdminRole.OWNER;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  /** Removed from the team: kept (still named on the timeline), unable to sign in. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  removedAt?: Date;
}

/** How an admin is named to others (the timeline, the audit log): the name, or the email when there is none. */
export const displayName = (admin: Pick<Admin, 'name' | 'email'>): string => admin.name ?? admin.email;
