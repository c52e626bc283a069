import { Migration } from '@mikro-orm/migrations';

/**
 * Who did what: timeline entries name their actor (those from before say "admin" for an admin's
 * change, else their source's name), campaigns their starter, and the owners' audit log.
 */
export class Migration20261202120407 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_event" ("id" uuid not null, "at" timestamptz not null, "kind" text not null, "actor_id" uuid null, "actor" text not null, "address" text null, "target" text null, "detail" text null, "count" int not null default 1, "repeat_key" text null, constraint "audit_event_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "audit_event" add constraint "audit_event_repeat_key_unique" unique ("repeat_key");`);
    this.addSql(`create index "audit_event_kind_at_id_index" on "audit_event" ("kind", "at", "id");`);
    this.addSql(`create index "audit_event_actor_id_at_id_index" on "audit_event" ("actor_id", "at", "id");`);
    this.addSql(`create index "audit_event_at_id_index" on "audit_event" ("at", "id");`);
    this.addSql(`alter table "campaign" add column "started_by" text null;`);
    // A constant default adds the column without rewriting the table; then only the others are updated.
    this.addSql(`alter table "timeline_entry" add column "actor" text not null default 'admin';`);
    this.addSql(
      `update "timeline_entry" set "actor" = case "source" when 'CUSTOMER' then 'customer' when 'WEBHOOK' then 'Stripe' when 'SYNC' then 'reconciliation' else 'system' end where "source" <> 'ADMIN';`,
    );
    this.addSql(`alter table "timeline_entry" alter column "actor" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`alter table "campaign" drop column "started_by";`);
    this.addSql(`alter table "timeline_entry" drop column "actor";`);
  }
}
