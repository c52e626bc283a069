import 'reflect-metadata';

import { createLogger } from '../logger';
import { cliDataDir, loadSettings, SettingsError } from '../settings';

/**
 * `pnpm --filter server admin:reset-password <email>`: prints a one-time link (valid one hour) to
 * choose a new password for that admin: for the last owner who forgot theirs, on the server. It
 * uses the server's database (DATABASE_URL, or the embedded PostgreSQL of DATA_DIR, joined beside a
 * running server and never stopped under it). Exit status: 0 printed, 1 failed, 2 bad arguments or
 * settings, or no such admin (nothing was done).
 */
const USAGE = 'usage: pnpm --filter server admin:reset-password <email>';

export async function resetPasswordLink(email: string, env: NodeJS.ProcessEnv): Promise<string> {
  const settings = loadSettings(env);
  const log = createLogger(settings.LOG_LEVEL === 'info' ? 'warn' : settings.LOG_LEVEL);
  const { openDatabase } = await import('../db/database.js');
  const { Admin } = await import('./admin.entity.js');
  const { createResetLink } = await import('./account.service.js');
  const { audit } = await import('../audit/audit.js');
  const dataDir = cliDataDir(settings, env, 'admin:reset-password');
  const database = await openDatabase({ ...settings, DATA_DIR: dataDir }, log, 'sync');
  try {
    const em = database.orm.em.fork();
    const admin = await em.findOne(Admin, { email: email.trim().toLowerCase(), removedAt: null });
    if (!admin) throw new UsageError(`no admin on the team has the email ${email}`);
    // Only the link is made: no session, no mail, no rate limit (whoever runs this has the server).
    const link = await createResetLink(em, admin, settings.PUBLIC_BASE_URL);
    await audit(em, { kind: 'RESET_LINK_CREATED', target: admin.email, actor: { name: 'admin:reset-password' } });
    return link;
  } finally {
    await database.close();
  }
}

class UsageError extends Error {}

if (require.main === module) {
  const [email, ...rest] = process.argv.slice(2);
  const fail = (message: string, code: number) => {
    console.error(message);
    process.exit(code);
  };
  if (!email || rest.length > 0) fail(USAGE, 2);
  resetPasswordLink(email as string, process.env).then(
    (link) => {
      console.log(`Open this link within an hour to choose a new password for ${email}:\n${link}`);
      process.exit(0);
    },
    (error: unknown) => {
      if (error instanceof SettingsError) fail(`Bad setting: ${error.message}`, 2);
      if (error instanceof UsageError) fail(error.message, 2);
      fail(
        `admin:reset-password failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
        1,
      );
    },
  );
}
