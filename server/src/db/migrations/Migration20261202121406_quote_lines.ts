import { Migration } from '@mikro-orm/migrations';

/** Itemised quotes: each quote version's lines, and the request's subtotal, tax, validity, note and terms. */
export class Migration20261202121406 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "quote_line" ("id" uuid not null, "service_request_id" uuid not null, "quote_version" int not null, "position" int not null, "description" text not null, "quantity" int not null, "unit_amount" int not null, "tax_rate_id" uuid null, "amount" int not null, "tax" int not null, constraint "quote_line_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "quote_line_service_request_id_quote_version_position_index" on "quote_line" ("service_request_id", "quote_version", "position");`,
    );

    this.addSql(
      `alter table "quote_line" add constraint "quote_line_service_request_id_foreign" foreign key ("service_request_id") references "service_request" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "quote_line" add constraint "quote_line_tax_rate_id_foreign" foreign key ("tax_rate_id") references "tax_rate" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "service_request" add column "subtotal" int not null default 0, add column "tax_amount" int not null default 0, add column "valid_until" timestamptz null, add column "quote_note" text null, add column "quote_terms" text null;`,
    );

    // A quote made before lines existed is one line of its amount, named after the request.
    this.addSql(`update "service_request" set "subtotal" = "quote_amount" where "quote_amount" is not null;`);
    this
      .addSql(`insert into "quote_line" ("id", "service_request_id", "quote_version", "position", "description", "quantity",
      "unit_amount", "tax_rate_id", "amount", "tax")
      select gen_random_uuid(), "id", "quote_version", 0, left("description", 250), 1000, "quote_amount", null, "quote_amount", 0
      from "service_request" where "quote_amount" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "quote_line" cascade;`);

    this.addSql(
      `alter table "service_request" drop column "subtotal", drop column "tax_amount", drop column "valid_until", drop column "quote_note", drop column "quote_terms";`,
    );
  }
}
