import { randomUUID } from 'node:crypto';

import { Collection, Entity, Index, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import type { ServiceRequest } from '../service-requests/service-request.entity';

/** A card the customer agreed to have charged again, as Stripe stored it on their Customer. */
@ObjectType()
export class SavedCard {
  @Field(() => String, { nullable: true })
  brand?: string | undefined;

  @Field(() => String, { nullable: true })
  last4?: string | undefined;

  @Field(() => Int, { nullable: true })
  expMonth?: number | undefined;

  @Field(() => Int, { nullable: true })
  expYear?: number | undefined;

  @Field(() => Date, { description: 'When the customer agreed to future charges' })
  consentedAt!: Date;

  @Field(() => String, { description: 'The wording the customer saw and accepted on the Stripe page' })
  consentText!: string;
}

/** One record per customer email: every request belongs to one; it links to their Stripe Customer. */
@ObjectType()
@Entity()
@Index({ properties: ['createdAt', 'id'] })
export class Customer {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Lower-cased, as requests store it. */
  @Field(() => String)
  @Property({ type: 'text', unique: true })
  email!: string;

  /**
   * Why the stored address is one the input rules (common/contact.ts) now refuse: set for customers
   * stored before the rule, who are kept, shown flagged and left out of campaigns.
   */
  @Field(() => String, {
    nullable: true,
    description: 'Why this stored address would be refused today (the customer is kept); null when it is fine',
  })
  @Property({ type: 'text', nullable: true })
  emailProblem?: string;

  /** The name of the latest request. */
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** The Stripe Customer reused for this email (and holding the saved card, if any). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  stripeCustomerId?: string;

  /** Which Stripe (or emulator) account `stripeCustomerId` lives in: ids are reused only within it. */
  @Property({ type: 'text', nullable: true })
  stripeAccount?: string;

  @Property({ type: 'text', nullable: true })
  cardPaymentMethodId?: string;

  @Property({ type: 'text', nullable: true })
  cardBrand?: string;

  @Property({ type: 'text', nullable: true })
  cardLast4?: string;

  @Property({ type: 'integer', nullable: true })
  cardExpMonth?: number;

  @Property({ type: 'integer', nullable: true })
  cardExpYear?: number;

  @Property({ type: 'timestamptz', nullable: true })
  cardConsentAt?: Date;

  @Property({ type: 'text', nullable: true })
  cardConsentText?: string;

  @OneToMany<ServiceRequest, Customer>({
    entity: 'ServiceRequest',
    mappedBy: 'customer',
    orderBy: { createdAt: 'desc', id: 'desc' },
  })
  requests = new Collection<ServiceRequest>(this);

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date)
  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Whether the business may charge the saved card in Stripe `account`: consented to, with its Customer. */
  canBeCharged(account: string): boolean {
    return !!this.savedCard(account) && !!this.stripeCustomerId;
  }

  /** The saved card usable in `account`, if the customer agreed to one there. */
  savedCard(account?: string): SavedCard | undefined {
    if (!this.cardPaymentMethodId || !this.cardConsentAt || !this.cardConsentText) return undefined;
    if (account !== undefined && this.stripeAccount !== account) return undefined;
    return {
      brand: this.cardBrand,
      last4: this.cardLast4,
      expMonth: this.cardExpMonth,
      expYear: this.cardExpYear,
      consentedAt: this.cardConsentAt,
      consentText: this.cardConsentText,
    };
  }
}
