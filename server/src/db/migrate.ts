import 'reflect-metadata';

import { createLogger } from '../logger';
import { loadSettings } from '../settings';
import { openDatabase } from './database';

/** The Kubernetes migration Job: applies pending migrations to DATABASE_URL and exits. */
async function main(): Promise<void> {
  const settings = loadSettings();
  if (!settings.DATABASE_URL) throw new Error('DATABASE_URL (or DATABASE_URL_FILE) is required');
  const log = createLogger(settings.LOG_LEVEL);
  const database = await openDatabase(settings, log); // migrates under the advisory lock
  log.info('migrations applied');
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
