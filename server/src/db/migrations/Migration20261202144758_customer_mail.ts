import { Migration } from '@mikro-orm/migrations';

/** Customer mail: HTML, reply-to, keys of mail that goes once, attachments; the quote reminders' steps. */
export class Migration20261202144758 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "quote_reminder" ("service_request_id" uuid not null, "quote_version" int not null, "step" text not null, "sent_at" timestamptz not null, constraint "quote_reminder_pkey" primary key ("service_request_id", "quote_version", "step"));`,
    );

    this.addSql(
      `alter table "quote_reminder" add constraint "quote_reminder_service_request_id_foreign" foreign key ("service_request_id") references "service_request" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "outbox_message" add column "html" text null, add column "reply_to" text null, add column "key" text null, add column "attachments" jsonb null;`,
    );
    this.addSql(`alter table "outbox_message" add constraint "outbox_message_key_unique" unique ("key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "quote_reminder" cascade;`);

    this.addSql(`alter table "outbox_message" drop constraint "outbox_message_key_unique";`);
    this.addSql(
      `alter table "outbox_message" drop column "html", drop column "reply_to", drop column "key", drop column "attachments";`,
    );
  }
}
