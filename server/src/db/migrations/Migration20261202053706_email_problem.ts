import { Migration } from '@mikro-orm/migrations';

import { emailProblem } from '../../common/contact';

/** Customers whose stored address today's input rule refuses are flagged (and kept). */
export class Migration20261202053706 extends Migration {
  override async up(): Promise<void> {
    // Run now, not queued: the backfill below needs the column and reads the rows in JS, where the rule lives.
    await this.execute(`alter table "customer" add column "email_problem" text null;`);
    const customers = await this.execute(`select "id", "email" from "customer"`);
    for (const { id, email } of customers as { id: string; email: string }[]) {
      const problem = emailProblem(email);
      if (problem) await this.execute(`update "customer" set "email_problem" = ? where "id" = ?`, [problem, id]);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "customer" drop column "email_problem";`);
  }
}
