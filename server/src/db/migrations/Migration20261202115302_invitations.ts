import { Migration } from '@mikro-orm/migrations';

/** Invitations to the team (a token's hash, one open per email); admins get a name and can be removed (kept). */
export class Migration20261202115302 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "invitation" ("id" uuid not null, "email" text not null, "role" text check ("role" in ('OWNER', 'STAFF')) not null, "token_hash" text not null, "invited_by_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "revoked_at" timestamptz null, constraint "invitation_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "invitation" add constraint "invitation_token_hash_unique" unique ("token_hash");`);
    this.addSql(
      `create unique index "invitation_open_email_unique" on "invitation" ("email") where "accepted_at" is null and "revoked_at" is null;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "admin" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(`alter table "admin" add column "name" text null, add column "removed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invitation" cascade;`);
    this.addSql(`alter table "admin" drop column "name", drop column "removed_at";`);
  }
}
