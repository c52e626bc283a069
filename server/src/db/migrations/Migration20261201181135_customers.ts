import { Migration } from '@mikro-orm/migrations';

/**
 * Customers: one per request email, backfilled from the existing requests (the latest request's
 * name, the Stripe Customer already reused for the email), and the quote's "save card" option.
 */
export class Migration20261201181135 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "customer" ("id" uuid not null, "email" text not null, "name" text not null, "stripe_customer_id" text null, "stripe_account" text null, "card_payment_method_id" text null, "card_brand" text null, "card_last4" text null, "card_exp_month" int null, "card_exp_year" int null, "card_consent_at" timestamptz null, "card_consent_text" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "customer_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "customer" add constraint "customer_email_unique" unique ("email");`);
    this.addSql(`create index "customer_created_at_id_index" on "customer" ("created_at", "id");`);

    this.addSql(
      `alter table "service_request" add column "customer_id" uuid null, add column "save_card" boolean not null default false;`,
    );
    this.addSql(
      `insert into "customer" ("id", "email", "name", "created_at", "updated_at")
       select gen_random_uuid(), email, (array_agg(customer_name order by created_at desc))[1], min(created_at), max(updated_at)
       from (select lower(customer_email) as email, customer_name, created_at, updated_at from "service_request") r
       group by email;`,
    );
    // The Stripe Customer each email already had (PaymentsService names its attempt scope so).
    this.addSql(
      `update "customer" c set "stripe_customer_id" = a.stripe_id, "stripe_account" = a.account
       from (select distinct on (scope) scope, stripe_id, account from "stripe_attempt"
             where purpose = 'customer' and state = 'SUCCEEDED' and stripe_id is not null
             order by scope, created_at desc) a
       where a.scope = 'customer-' || left(encode(sha256(convert_to(c.email, 'UTF8')), 'hex'), 32);`,
    );
    this.addSql(
      `update "service_request" r set "customer_id" = c.id from "customer" c where c.email = lower(r.customer_email);`,
    );
    this.addSql(`alter table "service_request" alter column "customer_id" set not null;`);
    this.addSql(
      `alter table "service_request" add constraint "service_request_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade;`,
    );
    this.addSql(`create index "service_request_customer_id_index" on "service_request" ("customer_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service_request" drop constraint "service_request_customer_id_foreign";`);
    this.addSql(`drop index "service_request_customer_id_index";`);
    this.addSql(`alter table "service_request" drop column "customer_id", drop column "save_card";`);
    this.addSql(`drop table if exists "customer" cascade;`);
  }
}
