import { randomUUID } from 'node:crypto';

import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * The business's own settings, one row, edited in the SPA. A column left null falls back to its
 * environment default (BUSINESS_NAME, CURRENCY) or to none; see business.service.ts.
 */
@Entity({ tableName: 'business_settings' })
export class BusinessSettingsRow {
  /** The single row's key. */
  @PrimaryKey({ type: 'text' })
  id = 'business';

  @Property({ type: 'text', nullable: true })
  name?: string | null;

  @Property({ type: 'text', nullable: true })
  logoUrl?: string | null;

  /** The uploaded logo (business/logo.ts checked it); loaded only when asked for. */
  @Property({ type: 'blob', nullable: true, lazy: true })
  logo?: Buffer | null;

  /** The type sniffed from the logo's bytes when it was uploaded: what it is served as. */
  @Property({ type: 'text', nullable: true })
  logoType?: string | null;

  /** Counts uploads: the logo's address changes with it, so that caches fetch the new one. */
  @Property({ type: 'integer' })
  logoVersion = 0;

  @Property({ type: 'text', nullable: true })
  accentColor?: string | null;

  @Property({ type: 'text', nullable: true })
  address?: string | null;

  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Property({ type: 'text', nullable: true })
  replyTo?: string | null;

  /** IANA name. */
  @Property({ type: 'text', nullable: true })
  timeZone?: string | null;

  @Property({ type: 'text', length: 3, nullable: true })
  currency?: string | null;

  @Property({ type: 'integer', nullable: true })
  defaultDepositPercent?: number | null;

  @Property({ type: 'integer', nullable: true })
  quoteValidityDays?: number | null;

  /** Days after sending a quote on which its reminders go, ascending. */
  @Property({ type: 'jsonb', nullable: true })
  reminderDays?: number[] | null;

  @Property({ type: 'text', nullable: true })
  terms?: string | null;

  @Property({ type: 'timestamptz' })
  updatedAt: Date = new Date();
}

/**
 * A named tax rate quotes may apply. Its percentage and behaviour never change once created
 * (quotes computed with it keep their figures, and Stripe's Tax Rates cannot change them either):
 * a different rate is a new one, and a rate taken off the list is kept, inactive, for its quotes.
 */
@ObjectType()
@Entity()
export class TaxRate {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Shown on quotes and at Stripe (its display name): "Sales tax"' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'A decimal with up to four places, as Stripe takes it: "8.875"' })
  @Property({ type: 'text' })
  percentage!: string;

  @Field(() => Boolean, { description: 'Included in the line amounts (true) or added on top (false)' })
  @Property({ type: 'boolean' })
  inclusive!: boolean;

  /** Offered for new quotes; an inactive rate stays for the quotes that use it. */
  @Property({ type: 'boolean' })
  active = true;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
