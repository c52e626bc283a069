import { Migration } from '@mikro-orm/migrations';

/** The card a payment was made with (brand and last 4 digits), as its Charge tells it: receipts name it. */
export class Migration20261202183000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "payment" add column "card_brand" text null, add column "card_last4" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "payment" drop column "card_brand", drop column "card_last4";`);
  }
}
