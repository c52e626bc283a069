import { Migration } from '@mikro-orm/migrations';

/** Deposits and balances: DEPOSIT_PAID (beside the quote page's ACCEPTED), each quote's deposit, and the purpose of each link and payment. */
export class Migration20261202145315 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "service_request_change" drop constraint if exists "service_request_change_previous_status_check";`,
    );
    this.addSql(
      `alter table "service_request_change" drop constraint if exists "service_request_change_status_check";`,
    );

    this.addSql(`alter table "service_request" drop constraint if exists "service_request_status_check";`);
    this.addSql(`alter table "service_request" drop constraint if exists "service_request_refunded_from_check";`);

    this.addSql(`alter table "timeline_entry" drop constraint if exists "timeline_entry_from_check";`);
    this.addSql(`alter table "timeline_entry" drop constraint if exists "timeline_entry_to_check";`);

    this.addSql(
      `alter table "service_request_change" add constraint "service_request_change_previous_status_check" check("previous_status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'DEPOSIT_PAID', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );
    this.addSql(
      `alter table "service_request_change" add constraint "service_request_change_status_check" check("status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'DEPOSIT_PAID', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );

    this.addSql(
      `alter table "service_request" add column "deposit_amount" int null, add column "balance_due" boolean not null default false, add column "deposit_refund_to" text check ("deposit_refund_to" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'DEPOSIT_PAID', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED')) null;`,
    );
    this.addSql(
      `alter table "service_request" add constraint "service_request_status_check" check("status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'DEPOSIT_PAID', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );
    this.addSql(
      `alter table "service_request" add constraint "service_request_refunded_from_check" check("refunded_from" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'DEPOSIT_PAID', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );

    this.addSql(
      `alter table "payment_link" add column "purpose" text check ("purpose" in ('FULL', 'DEPOSIT', 'BALANCE')) not null default 'FULL';`,
    );

    this.addSql(
      `alter table "payment" add column "purpose" text check ("purpose" in ('FULL', 'DEPOSIT', 'BALANCE')) not null default 'FULL';`,
    );

    this.addSql(
      `alter table "timeline_entry" add constraint "timeline_entry_from_check" check("from" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'DEPOSIT_PAID', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );
    this.addSql(
      `alter table "timeline_entry" add constraint "timeline_entry_to_check" check("to" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'DEPOSIT_PAID', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service_request" drop constraint if exists "service_request_status_check";`);
    this.addSql(`alter table "service_request" drop constraint if exists "service_request_refunded_from_check";`);

    this.addSql(
      `alter table "service_request_change" drop constraint if exists "service_request_change_previous_status_check";`,
    );
    this.addSql(
      `alter table "service_request_change" drop constraint if exists "service_request_change_status_check";`,
    );

    this.addSql(`alter table "timeline_entry" drop constraint if exists "timeline_entry_from_check";`);
    this.addSql(`alter table "timeline_entry" drop constraint if exists "timeline_entry_to_check";`);

    this.addSql(`alter table "payment" drop column "purpose";`);

    this.addSql(`alter table "payment_link" drop column "purpose";`);

    this.addSql(
      `alter table "service_request" drop column "deposit_amount", drop column "balance_due", drop column "deposit_refund_to";`,
    );

    this.addSql(
      `alter table "service_request" add constraint "service_request_status_check" check("status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );
    this.addSql(
      `alter table "service_request" add constraint "service_request_refunded_from_check" check("refunded_from" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );

    this.addSql(
      `alter table "service_request_change" add constraint "service_request_change_previous_status_check" check("previous_status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );
    this.addSql(
      `alter table "service_request_change" add constraint "service_request_change_status_check" check("status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );

    this.addSql(
      `alter table "timeline_entry" add constraint "timeline_entry_from_check" check("from" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );
    this.addSql(
      `alter table "timeline_entry" add constraint "timeline_entry_to_check" check("to" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );
  }
}
