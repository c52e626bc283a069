import { randomUUID } from 'node:crypto';

import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';

import { Admin } from './admin.entity';

/** A signed-in admin; the cookie and the bearer token both name it. Logout revokes it. */
@Entity()
export class AdminSession {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Admin, { deleteRule: 'cascade' })
  admin!: Rel<Admin>;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
