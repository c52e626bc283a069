import { Migration } from '@mikro-orm/migrations';

/** Business settings (one row) and the tax rates quotes may apply. */
export class Migration20261202121405 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "business_settings" ("id" text not null default 'business', "name" text null, "logo_url" text null, "accent_color" text null, "address" text null, "phone" text null, "reply_to" text null, "time_zone" text null, "currency" text null, "default_deposit_percent" int null, "quote_validity_days" int null, "reminder_days" jsonb null, "terms" text null, "updated_at" timestamptz not null, constraint "business_settings_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "tax_rate" ("id" uuid not null, "name" text not null, "percentage" text not null, "inclusive" boolean not null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "tax_rate_pkey" primary key ("id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "business_settings" cascade;`);

    this.addSql(`drop table if exists "tax_rate" cascade;`);
  }
}
