import { Migration } from '@mikro-orm/migrations';

/** Sessions record where they are used from and when last (`mySessions`). */
export class Migration20261202121404 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "admin_session" add column "last_seen_at" timestamptz not null default now(), add column "device" text null, add column "address" text null;`,
    );
    // Sessions from before: last seen when they began, as far as anyone knows.
    this.addSql(`update "admin_session" set "last_seen_at" = "created_at";`);
    this.addSql(`alter table "admin_session" alter column "last_seen_at" drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "admin_session" drop column "last_seen_at", drop column "device", drop column "address";`);
  }
}
