import { Migration } from '@mikro-orm/migrations';

/** Order-free money: the latest state of each Stripe object, disputes, attention as causes, fact-keyed timeline. */
export class Migration20261202030156 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "dispute" ("id" uuid not null, "payment_id" uuid not null, "stripe_dispute_id" text not null, "status" text not null, "reason" text null, "amount" int not null, "evidence_due_by" timestamptz null, "amount_withdrawn" int not null default 0, "fees" int not null default 0, "balance_transactions" int not null default 0, "state_at" timestamptz not null, "created_at" timestamptz not null, constraint "dispute_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "dispute_payment_id_index" on "dispute" ("payment_id");`);
    this.addSql(
      `alter table "dispute" add constraint "dispute_stripe_dispute_id_unique" unique ("stripe_dispute_id");`,
    );

    this.addSql(
      `create table "attention_cause" ("id" uuid not null, "service_request_id" uuid not null, "kind" text not null, "subject" text not null, "note" text not null, "opened_at" timestamptz not null, "resolved_at" timestamptz null, constraint "attention_cause_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "attention_cause" add constraint "attention_cause_service_request_id_kind_subject_unique" unique ("service_request_id", "kind", "subject");`,
    );

    this.addSql(
      `alter table "dispute" add constraint "dispute_payment_id_foreign" foreign key ("payment_id") references "payment" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "attention_cause" add constraint "attention_cause_service_request_id_foreign" foreign key ("service_request_id") references "service_request" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "refund" drop constraint if exists "refund_status_check";`);

    this.addSql(
      `alter table "service_request" add column "refunded_from" text check ("refunded_from" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED')) null;`,
    );

    this.addSql(
      `alter table "payment" add column "stripe_state" text null, add column "state_at" timestamptz null, add column "stripe_created_at" timestamptz null, add column "quote_version" int null, add column "charge_refunded" int not null default 0;`,
    );

    this.addSql(`alter table "refund" add column "stripe_state" text null, add column "state_at" timestamptz null;`);
    this.addSql(
      `alter table "refund" add constraint "refund_status_check" check("status" in ('PENDING', 'SUCCEEDED', 'FAILED', 'CANCELED'));`,
    );
    this.addSql(`create index "refund_payment_id_index" on "refund" ("payment_id");`);

    this.addSql(`alter table "timeline_entry" add column "fact_key" text null;`);
    this.addSql(
      `create unique index "timeline_entry_fact_key_unique" on "timeline_entry" ("service_request_id", "fact_key") where "fact_key" is not null;`,
    );

    // What was known before: each Stripe payment's and refund's state as of its recording, and the
    // attention flag as one cause that resolveAttention clears like any other.
    this.addSql(
      `update "payment" set "stripe_state" = case "status" when 'PROCESSING' then 'processing' when 'FAILED' then 'failed' else 'succeeded' end, "state_at" = "created_at", "stripe_created_at" = "created_at", "charge_refunded" = "refunded" where "method" = 'STRIPE';`,
    );
    this.addSql(`update "refund" set "stripe_state" = lower("status"), "state_at" = "created_at";`);
    this.addSql(
      `insert into "attention_cause" ("id", "service_request_id", "kind", "subject", "note", "opened_at") select gen_random_uuid(), "id", 'EARLIER', 'before causes were recorded', coalesce("attention_reason", 'needs attention'), "updated_at" from "service_request" where "needs_attention";`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dispute" cascade;`);

    this.addSql(`drop table if exists "attention_cause" cascade;`);

    this.addSql(`alter table "refund" drop constraint if exists "refund_status_check";`);

    this.addSql(
      `alter table "payment" drop column "stripe_state", drop column "state_at", drop column "stripe_created_at", drop column "quote_version", drop column "charge_refunded";`,
    );

    this.addSql(`drop index "refund_payment_id_index";`);
    this.addSql(`alter table "refund" drop column "stripe_state", drop column "state_at";`);

    this.addSql(
      `alter table "refund" add constraint "refund_status_check" check("status" in ('PENDING', 'SUCCEEDED', 'FAILED'));`,
    );

    this.addSql(`alter table "service_request" drop column "refunded_from";`);

    this.addSql(`drop index "timeline_entry_fact_key_unique";`);
    this.addSql(`alter table "timeline_entry" drop column "fact_key";`);
  }
}
