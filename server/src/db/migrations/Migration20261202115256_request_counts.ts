import { Migration } from '@mikro-orm/migrations';

import { COUNT_EXISTING_SQL } from '../../data/request-counts';

/** Requests per status and attention state, kept by the engine from now on; filled from the rows there are. */
export class Migration20261202115256 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "request_count" ("status" text not null, "needs_attention" boolean not null, "slot" smallint not null, "count" bigint not null default 0, constraint "request_count_pkey" primary key ("status", "needs_attention", "slot"));`,
    );
    this.addSql(COUNT_EXISTING_SQL);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "request_count" cascade;`);
  }
}
