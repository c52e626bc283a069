import { Migration } from '@mikro-orm/migrations';

/** The log of changes told to live subscribers, for a listener catching up after a reconnect. */
export class Migration20261201210255 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "service_request_change" ("seq" bigserial primary key, "service_request_id" uuid not null, "previous_status" text check ("previous_status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED')) null, "status" text check ("status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED')) not null, "source" text check ("source" in ('ADMIN', 'CUSTOMER', 'WEBHOOK', 'SYNC', 'SYSTEM')) not null, "at" timestamptz not null default clock_timestamp());`,
    );
    this.addSql(`create index "service_request_change_at_index" on "service_request_change" ("at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service_request_change" cascade;`);
  }
}
