import { Migration } from '@mikro-orm/migrations';

/** The customer's quote page: acceptances of quote versions, requireAcceptance, and the ACCEPTED status. */
export class Migration20261202145115 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "quote_acceptance" ("id" uuid not null, "service_request_id" uuid not null, "quote_version" int not null, "name" text not null, "at" timestamptz not null, "client_address" text null, "user_agent" text null, "content_hash" text not null, constraint "quote_acceptance_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "quote_acceptance" add constraint "quote_acceptance_service_request_id_quote_version_unique" unique ("service_request_id", "quote_version");`,
    );

    this.addSql(
      `alter table "quote_acceptance" add constraint "quote_acceptance_service_request_id_foreign" foreign key ("service_request_id") references "service_request" ("id") on update cascade on delete cascade;`,
    );

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
      `alter table "service_request_change" add constraint "service_request_change_previous_status_check" check("previous_status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );
    this.addSql(
      `alter table "service_request_change" add constraint "service_request_change_status_check" check("status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );

    this.addSql(`alter table "service_request" add column "require_acceptance" boolean not null default false;`);
    this.addSql(
      `alter table "service_request" add constraint "service_request_status_check" check("status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );
    this.addSql(
      `alter table "service_request" add constraint "service_request_refunded_from_check" check("refunded_from" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );

    this.addSql(
      `alter table "timeline_entry" add constraint "timeline_entry_from_check" check("from" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );
    this.addSql(
      `alter table "timeline_entry" add constraint "timeline_entry_to_check" check("to" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED', 'ACCEPTED'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "quote_acceptance" cascade;`);

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

    this.addSql(`alter table "service_request" drop column "require_acceptance";`);

    this.addSql(
      `alter table "service_request" add constraint "service_request_status_check" check("status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED'));`,
    );
    this.addSql(
      `alter table "service_request" add constraint "service_request_refunded_from_check" check("refunded_from" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED'));`,
    );

    this.addSql(
      `alter table "service_request_change" add constraint "service_request_change_previous_status_check" check("previous_status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED'));`,
    );
    this.addSql(
      `alter table "service_request_change" add constraint "service_request_change_status_check" check("status" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED'));`,
    );

    this.addSql(
      `alter table "timeline_entry" add constraint "timeline_entry_from_check" check("from" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED'));`,
    );
    this.addSql(
      `alter table "timeline_entry" add constraint "timeline_entry_to_check" check("to" in ('REQUESTED', 'QUOTED', 'AWAITING_PAYMENT', 'PAID', 'SCHEDULED', 'COMPLETED', 'DECLINED', 'CANCELED', 'REFUNDED'));`,
    );
  }
}
