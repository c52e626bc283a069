import { Migration } from '@mikro-orm/migrations';

/** The uploaded logo, its sniffed type, and a counter that changes its public address with each upload. */
export class Migration20261202145216 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "business_settings" add column "logo" bytea null, add column "logo_type" text null, add column "logo_version" int not null default 0;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "business_settings" drop column "logo", drop column "logo_type", drop column "logo_version";`,
    );
  }
}
