import { randomUUID } from 'node:crypto';

import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';

import { Admin } from './admin.entity';

/** A one-time link to choose a new password (`/reset/:token`), valid one hour, stored as its token's hash only. */
@Entity()
export class PasswordReset {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Admin, { deleteRule: 'cascade' })
  admin!: Rel<Admin>;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date;
}
