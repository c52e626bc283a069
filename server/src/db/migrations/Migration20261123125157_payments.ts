import { Migration } from '@mikro-orm/migrations';

/** Payments: links and sessions, Stripe attempt records, refunds, the mail outbox, the pay token. */
export class Migration20261123125157 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "payment_link" ("id" uuid not null, "service_request_id" uuid not null, "kind" text check ("kind" in ('payment_link', 'checkout_session')) not null, "stripe_id" text not null, "url" text not null, "stripe_price_id" text null, "amount" int not null, "currency" text not null, "quote_version" int not null, "active" boolean not null default true, "closed_at_stripe" timestamptz null, "expires_at" timestamptz null, "created_at" timestamptz not null, constraint "payment_link_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "payment_link" add constraint "payment_link_stripe_id_unique" unique ("stripe_id");`);
    this.addSql(
      `create index "payment_link_service_request_id_created_at_index" on "payment_link" ("service_request_id", "created_at");`,
    );

    this.addSql(
      `create table "refund" ("id" uuid not null, "payment_id" uuid not null, "stripe_refund_id" text not null, "amount" int not null, "status" text check ("status" in ('PENDING', 'SUCCEEDED', 'FAILED')) not null default 'PENDING', "created_at" timestamptz not null, constraint "refund_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "refund" add constraint "refund_stripe_refund_id_unique" unique ("stripe_refund_id");`);

    this.addSql(
      `create table "outbox_message" ("id" uuid not null, "service_request_id" uuid null, "kind" text not null, "to" text not null, "subject" text not null, "text" text not null, "status" text check ("status" in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING', "attempts" int not null default 0, "last_error" text null, "next_attempt_at" timestamptz not null, "sent_at" timestamptz null, "created_at" timestamptz not null, constraint "outbox_message_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "outbox_message_created_at_id_index" on "outbox_message" ("created_at", "id");`);
    this.addSql(
      `create index "outbox_message_status_next_attempt_at_index" on "outbox_message" ("status", "next_attempt_at");`,
    );

    this.addSql(
      `create table "stripe_attempt" ("id" uuid not null, "account" text not null, "scope" text not null, "service_request_id" uuid null, "quote_version" int not null default 0, "purpose" text not null, "attempt" int not null, "state" text check ("state" in ('PENDING', 'SUCCEEDED', 'FAILED')) not null default 'PENDING', "stripe_id" text null, "error" text null, "created_at" timestamptz not null, constraint "stripe_attempt_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "stripe_attempt" add constraint "stripe_attempt_account_scope_quote_version_purpos_33a1e_unique" unique ("account", "scope", "quote_version", "purpose", "attempt");`,
    );

    this.addSql(
      `alter table "payment_link" add constraint "payment_link_service_request_id_foreign" foreign key ("service_request_id") references "service_request" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "refund" add constraint "refund_payment_id_foreign" foreign key ("payment_id") references "payment" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "outbox_message" add constraint "outbox_message_service_request_id_foreign" foreign key ("service_request_id") references "service_request" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "stripe_attempt" add constraint "stripe_attempt_service_request_id_foreign" foreign key ("service_request_id") references "service_request" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "service_request" add column "pay_token_hash" text null, add column "pay_token_sealed" text null;`,
    );
    this.addSql(
      `alter table "service_request" add constraint "service_request_pay_token_hash_unique" unique ("pay_token_hash");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_link" cascade;`);

    this.addSql(`drop table if exists "refund" cascade;`);

    this.addSql(`drop table if exists "outbox_message" cascade;`);

    this.addSql(`drop table if exists "stripe_attempt" cascade;`);

    this.addSql(`alter table "service_request" drop constraint "service_request_pay_token_hash_unique";`);
    this.addSql(`alter table "service_request" drop column "pay_token_hash", drop column "pay_token_sealed";`);
  }
}
