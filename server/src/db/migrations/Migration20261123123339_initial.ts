import { Migration } from '@mikro-orm/migrations';

/** The foundation: admins and sessions, service requests with their timeline and payments. */
export class Migration20261123123339 extends Migration {
  override async up(): Promise<void> {
    // Trigram search over requests; pg_trgm is a trusted extension (PostgreSQL 13+).
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(
      `create table "admin" ("id" uuid not null, "email" text not null, "password_hash" text not null, "created_at" timestamptz not null, constraint "admin_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "admin" add constraint "admin_email_unique" unique ("email");`);

    this.addSql(
      `create table "admin_session" ("id" uuid not null, "admin_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "admin_session_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "app_secret" ("name" text not null, "value" text not null, "created_at" timestamptz not null, constraint "app_secret_pkey" primary key ("name"));`,
    );

    this.addSql(
      `create table "rate_limit_counter" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_counter_pkey" primary key ("key"));`,
    );

    this.addSql(
      `create table "service_request" ("id" uuid not null, "customer_name" text not null, "customer_email" text not null, "customer_phone" text null, "address" text null, "description" text not null, "search_text" text generated always as (lower(customer_name || ' ' || customer_email || ' ' || description || ' ' || coalesce(address, ''))) stored not null, "status" text check ("status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED')) not null default 'REQUESTED', "quote_amount" int null, "currency" text not null, "quote_version" int not null default 0, "scheduled_for" timestamptz null, "needs_attention" boolean not null default false, "attention_reason" text null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "service_request_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "service_request_needs_attention" on "service_request" ("created_at", "id") where "needs_attention";`,
    );
    this.addSql(
      `create index "service_request_search_text_trgm" on "service_request" using gin ("search_text" gin_trgm_ops);`,
    );
    this.addSql(
      `create index "service_request_status_created_at_id_index" on "service_request" ("status", "created_at", "id");`,
    );
    this.addSql(`create index "service_request_updated_at_id_index" on "service_request" ("updated_at", "id");`);
    this.addSql(`create index "service_request_created_at_id_index" on "service_request" ("created_at", "id");`);

    this.addSql(
      `create table "payment" ("id" uuid not null, "service_request_id" uuid not null, "method" text check ("method" in ('STRIPE', 'MANUAL')) not null, "stripe_payment_intent_id" text null, "payment_method_type" text null, "amount" int not null, "currency" text not null, "refunded" int not null default 0, "status" text check ("status" in ('PROCESSING', 'SUCCEEDED', 'FAILED', 'PARTIALLY_REFUNDED', 'REFUNDED')) not null, "disputed" boolean not null default false, "note" text null, "created_at" timestamptz not null, constraint "payment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "payment_service_request_id_index" on "payment" ("service_request_id");`);
    this.addSql(
      `alter table "payment" add constraint "payment_stripe_payment_intent_id_unique" unique ("stripe_payment_intent_id");`,
    );

    this.addSql(
      `create table "timeline_entry" ("id" bigserial primary key, "service_request_id" uuid not null, "kind" text not null, "from" text check ("from" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED')) null, "to" text check ("to" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED')) null, "source" text check ("source" in ('ADMIN', 'CUSTOMER', 'WEBHOOK', 'SYNC', 'SYSTEM')) not null, "note" text null, "amount" int null, "at" timestamptz not null);`,
    );
    this.addSql(
      `create index "timeline_entry_service_request_id_id_index" on "timeline_entry" ("service_request_id", "id");`,
    );

    this.addSql(
      `alter table "admin_session" add constraint "admin_session_admin_id_foreign" foreign key ("admin_id") references "admin" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "payment" add constraint "payment_service_request_id_foreign" foreign key ("service_request_id") references "service_request" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "timeline_entry" add constraint "timeline_entry_service_request_id_foreign" foreign key ("service_request_id") references "service_request" ("id") on update cascade on delete cascade;`,
    );
  }
}
