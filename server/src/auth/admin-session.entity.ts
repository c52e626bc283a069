import { randomUUID } from 'node:crypto';

import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

import { Admin } from './admin.entity';

/** A signed-in admin; the cookie and the bearer token both name it. Logout revokes it. */
@ObjectType()
@Entity()
export class AdminSession {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Admin, { deleteRule: 'cascade' })
  admin!: Rel<Admin>;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** Written at most once a minute (auth.service.ts `authenticate`). */
  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  lastSeenAt: Date = new Date();

  /** The browser or client it signed in from (its User-Agent), as last seen. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  device?: string | undefined;

  /** The client address, as last seen. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  address?: string | undefined;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
