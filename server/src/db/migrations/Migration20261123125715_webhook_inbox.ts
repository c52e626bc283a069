import { Migration } from '@mikro-orm/migrations';

/** The webhook inbox: every Stripe event once, with its processing state. */
export class Migration20261123125715 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "webhook_event" ("id" text not null, "type" text not null, "livemode" boolean not null, "api_version" text null, "payload" jsonb not null, "status" text check ("status" in ('RECEIVED', 'APPLIED', 'IGNORED', 'PARKED', 'FAILED')) not null default 'RECEIVED', "source" text not null, "attempts" int not null default 0, "error" text null, "note" text null, "waiting_for" text null, "received_at" timestamptz not null, "created_at" timestamptz not null, "processed_at" timestamptz null, "next_attempt_at" timestamptz null, constraint "webhook_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "webhook_event_waiting_for_index" on "webhook_event" ("waiting_for");`);
    this.addSql(`create index "webhook_event_received_at_id_index" on "webhook_event" ("received_at", "id");`);
    this.addSql(`create index "webhook_event_status_received_at_index" on "webhook_event" ("status", "received_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_event" cascade;`);
  }
}
