import { Migration } from '@mikro-orm/migrations';

/** One-time password reset links (a token's hash, one hour). */
export class Migration20261202115505 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "password_reset" ("id" uuid not null, "admin_id" uuid not null, "token_hash" text not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_reset_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `alter table "password_reset" add constraint "password_reset_admin_id_foreign" foreign key ("admin_id") references "admin" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "password_reset" cascade;`);
  }
}
