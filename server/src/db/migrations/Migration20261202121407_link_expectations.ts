import { Migration } from '@mikro-orm/migrations';

/** What each link expects Stripe to report (subtotal, total), and what each payment reported and came through. */
export class Migration20261202121407 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "payment_link" add column "expected_subtotal" int null, add column "expected_total" int null;`,
    );

    this.addSql(`alter table "payment" add column "amount_subtotal" int null, add column "stripe_link_id" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "payment" drop column "amount_subtotal", drop column "stripe_link_id";`);

    this.addSql(`alter table "payment_link" drop column "expected_subtotal", drop column "expected_total";`);
  }
}
