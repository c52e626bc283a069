import { Migration } from '@mikro-orm/migrations';

/** Admins get a role; the accounts from before roles (the first one) are owners. */
export class Migration20261202115301 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "admin" add column "role" text check ("role" in ('OWNER', 'STAFF')) not null default 'OWNER';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "admin" drop column "role";`);
  }
}
