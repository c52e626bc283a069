import { Migration } from '@mikro-orm/migrations';

/** Campaigns and their outbox: one row per request. */
export class Migration20261201185431 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "campaign" ("id" uuid not null, "name" text not null, "created_at" timestamptz not null, constraint "campaign_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "campaign_created_at_id_index" on "campaign" ("created_at", "id");`);

    this.addSql(
      `create table "campaign_recipient" ("id" uuid not null, "campaign_id" uuid not null, "service_request_id" uuid not null, "state" text check ("state" in ('PENDING', 'SENT', 'FAILED')) not null default 'PENDING', "error" text null, "sent_at" timestamptz null, "reminders" int not null default 0, constraint "campaign_recipient_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "campaign_recipient_service_request_id_index" on "campaign_recipient" ("service_request_id");`,
    );
    this.addSql(
      `create index "campaign_recipient_campaign_id_state_index" on "campaign_recipient" ("campaign_id", "state");`,
    );
    this.addSql(
      `alter table "campaign_recipient" add constraint "campaign_recipient_campaign_id_service_request_id_unique" unique ("campaign_id", "service_request_id");`,
    );

    this.addSql(
      `alter table "campaign_recipient" add constraint "campaign_recipient_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "campaign_recipient" add constraint "campaign_recipient_service_request_id_foreign" foreign key ("service_request_id") references "service_request" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "campaign_recipient" drop constraint "campaign_recipient_campaign_id_foreign";`);

    this.addSql(`drop table if exists "campaign" cascade;`);

    this.addSql(`drop table if exists "campaign_recipient" cascade;`);
  }
}
