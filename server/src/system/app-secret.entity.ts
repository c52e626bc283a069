import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Secrets generated once and shared by every replica through the database (e.g. SESSION_SECRET). */
@Entity()
export class AppSecret {
  @PrimaryKey({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  value!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
