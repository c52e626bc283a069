import { Migration } from '@mikro-orm/migrations';

/** The customer's pay choice (with their acceptance and on the request) and the quote version whose paid deposit a new version keeps. */
export class Migration20261202182936 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "service_request" add column "pay_choice" text check ("pay_choice" in ('FULL', 'DEPOSIT', 'BALANCE')) null, add column "deposit_quote_version" int null;`,
    );

    this.addSql(
      `alter table "quote_acceptance" add column "pay_choice" text check ("pay_choice" in ('FULL', 'DEPOSIT', 'BALANCE')) null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "quote_acceptance" drop column "pay_choice";`);

    this.addSql(`alter table "service_request" drop column "pay_choice", drop column "deposit_quote_version";`);
  }
}
