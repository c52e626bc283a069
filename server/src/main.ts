import 'reflect-metadata';

import { createApp } from './app';
import { startAuditPruning } from './audit/audit';
import { bootstrapAdmin } from './auth/auth.service';
import { openDatabase } from './db/database';
import { createLogger } from './logger';
import { OutboxSender } from './mail/outbox';
import { startStripeBackend } from './payments/stripe-backend';
import { startReconcileScheduler } from './reconcile/scheduler';
import { createServices, startJobs } from './services';
import { loadSettings, SettingsError } from './settings';
import { startInboxWorker } from './webhooks/inbox';

async function main(): Promise<void> {
  let settings;
  try {
    settings = loadSettings();
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(`Bad setting: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(settings.LOG_LEVEL);
  const database = await openDatabase(settings, log);
  const stripe = await startStripeBackend(settings, database.orm.em.fork(), log);
  const services = await createServices(settings, database.orm, database.url, stripe, log);
  const mailer = settings.SMTP_URL
    ? new OutboxSender(
        database.orm.em.fork(),
        settings.SMTP_URL,
        settings.MAIL_FROM ?? `${settings.BUSINESS_NAME} <no-reply@localhost>`,
        log,
        services.documents.attachment,
      )
    : undefined;
  mailer?.start();
  const stopJobs = await startJobs(services, settings, true);
  const stopInbox = startInboxWorker(services.inbox, log);
  await services.campaigns.start();
  const stopAuditPruning = startAuditPruning(database.orm.em.fork(), settings.AUDIT_RETENTION, log);
  const stopReconcile = startReconcileScheduler(database.orm, services.reconcile, settings.RECONCILE_INTERVAL, log);
  const created = await bootstrapAdmin(
    database.orm.em.fork(),
    { email: settings.ADMIN_EMAIL, password: settings.ADMIN_PASSWORD },
    log,
  );
  const overridden = await services.business.overriddenEnvironment(database.orm.em.fork(), process.env);
  if (overridden.length > 0) {
    log.info({ overridden }, `saved business settings override ${overridden.join(', ')} from the environment`);
  }
  const app = await createApp(settings, database.orm, database.url, services, log);
  await new Promise<void>((resolve) => app.server.listen(settings.PORT, settings.HOST, resolve));
  log.info({ port: settings.PORT, host: settings.HOST }, 'server listening');

  console.log(`\n  Admin: ${settings.PUBLIC_BASE_URL}/`);
  console.log(`  GraphQL: ${settings.PUBLIC_BASE_URL}/graphql`);
  if (created?.generatedPassword) {
    console.log(`  Sign in as ${created.email} with password ${created.generatedPassword}`);
    console.log('  (generated once; set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own)\n');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1); // a second signal: give up waiting
    stopping = true;
    log.info({ signal }, 'shutting down');
    await app.close();
    await stopInbox();
    await stopReconcile();
    stopAuditPruning();
    await stopJobs();
    await mailer?.stop();
    await stripe.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
