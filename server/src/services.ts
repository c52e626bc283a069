import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { RateLimiterQueue } from 'rate-limiter-flexible';
import Stripe from 'stripe';

import { AccountService } from './auth/account.service';
import { AuthService } from './auth/auth.service';
import { createRateLimits, sharedLimiter, spend } from './auth/rate-limits';
import { SessionTokens } from './auth/session-token';
import { ownerEmails, TeamService } from './auth/team.service';
import { BusinessService } from './business/business.service';
import { CampaignsService } from './campaigns/campaigns.service';
import { CustomersService } from './customers/customers.service';
import { logChange } from './data/change-log';
import { DocumentsService } from './documents/documents.service';
import { Engine } from './engine/engine';
import type { Services } from './graphql/context';
import { JobQueue } from './jobs/job-queue';
import { Metrics } from './observability/metrics';
import { DisputesService } from './payments/disputes.service';
import { PayTokens } from './payments/pay-token';
import { PaymentEventsService } from './payments/payment-events.service';
import { LINK_CLOSING_QUEUE, PaymentsService } from './payments/payments.service';
import { SavedCardsService } from './payments/saved-cards.service';
import type { StripeBackend } from './payments/stripe-backend';
import { createStripeClient, StripeProvider } from './payments/stripe.provider';
import { QuotePageService } from './quote-page/quote-page.service';
import { ReconcileService } from './reconcile/reconcile.service';
import { REMINDER_CRON, REMINDER_QUEUE, RemindersService } from './reminders/reminders.service';
import { type ExpiryJob, QUOTE_EXPIRY_QUEUE, QuoteExpiry } from './service-requests/quote-expiry';
import { ServiceRequestService } from './service-requests/service-request.service';
import type { Settings } from './settings';
import { sharedSecret } from './system/app-secrets';
import { ApplyWorker } from './webhooks/apply-worker';
import { Inbox } from './webhooks/inbox';

/** Wires the feature services once per process. */
export async function createServices(
  settings: Settings,
  orm: MikroORM,
  databaseUrl: string,
  stripe: Pick<StripeBackend, 'secretKey' | 'apiUrl' | 'webhookSecrets'>,
  log: Logger,
): Promise<Services> {
  const em = orm.em.fork();
  const secret = settings.SESSION_SECRET ?? (await sharedSecret(em, 'SESSION_SECRET'));
  const customers = new CustomersService();
  const jobs = new JobQueue(databaseUrl, log);
  // The account's rate limit, across replicas: campaigns and side-effect jobs wait their turn in it.
  const stripeCalls = new RateLimiterQueue(sharedLimiter(em, 'stripe-calls', settings.stripeRateLimit, 1));
  const metrics = new Metrics(orm.em.fork());
  const client = createStripeClient(stripe.secretKey, stripe.apiUrl);
  const provider = new StripeProvider(client, `${stripe.apiUrl ?? 'stripe'}:${settings.stripeMode}`, (code) =>
    metrics.stripeErrors.inc({ code }),
  );
  const engine = new Engine((tx, customerId) => customers.canChargeCard(tx, customerId, provider.account));
  const business = new BusinessService({
    name: settings.BUSINESS_NAME,
    currency: settings.CURRENCY,
    publicBaseUrl: settings.PUBLIC_BASE_URL,
  });
  const limits = createRateLimits(em);
  const quoteExpiry = new QuoteExpiry(orm.em.fork(), engine, jobs);
  // Where the business hears from its customers (a new request, a declined quote): NOTIFY_EMAIL, or every owner.
  const notifyTo = async (tx: EntityManager) => (settings.NOTIFY_EMAIL ? [settings.NOTIFY_EMAIL] : ownerEmails(tx));
  const serviceRequests = new ServiceRequestService(
    engine,
    business,
    {
      mayConfirm: (email) => spend(limits.requestReceivedMail, email),
      notifyTo,
      adminUrl: (id) => `${settings.PUBLIC_BASE_URL}/requests/${id}`,
    },
    quoteExpiry,
  );
  // The two need each other: a failed payment retires its link and mails the customer the /pay URL.
  const paymentEvents: PaymentEventsService = new PaymentEventsService(
    engine,
    (kind, id) => provider.retrieveState(kind, id),
    log,
    {
      failed: (tx, request, amount) => payments.onPaymentFailed(tx, request, amount),
      received: (tx, request, payment) => payments.onPaymentReceived(tx, request, payment),
      refunded: (tx, request, refund) => payments.onRefundSucceeded(tx, request, refund),
    },
  );
  const payments = new PaymentsService(
    orm.em.fork(),
    settings,
    business,
    provider,
    new PayTokens(secret),
    engine,
    paymentEvents,
    jobs,
    (calls) => stripeCalls.removeTokens(calls),
    log,
  );
  const disputes = new DisputesService(provider, paymentEvents);
  const savedCards = new SavedCardsService(provider, engine, payments, paymentEvents, business, log);
  const inbox = new Inbox(
    orm.em.fork(),
    paymentEvents,
    savedCards,
    { livemode: settings.stripeMode === 'live', apiVersion: Stripe.API_VERSION },
    log,
    {
      processed: (type, result, seconds) => {
        metrics.webhookEvents.inc({ type, result });
        if (result === 'applied') metrics.webhookSeconds.observe({ type }, seconds);
      },
      sessionExpired: () => metrics.checkoutSessionsExpired.inc(),
    },
  );
  const reminders = new RemindersService(orm.em.fork(), engine, business, payments, log);
  const campaigns = new CampaignsService(
    orm.em.fork(),
    serviceRequests,
    customers,
    payments,
    jobs,
    stripeCalls,
    reminders,
    log,
  );
  // Everything that follows a change, in its transaction: what they write or send takes effect with
  // the commit itself, never for a rollback, never lost to a crash between commit and sending.
  engine.onChange(async (tx, request, change) => {
    // A call that found nothing to do (a known fact) leaves the links as the last change left them.
    if (!change.changed) return;
    await logChange(tx, { id: request.id, status: request.status, ...change });
    // A payment moves its campaigns' counts.
    if (change.previousStatus !== request.status) await campaigns.requestChanged(tx, request.id);
    // Links /pay no longer leads to are retired, and closed at Stripe by a job after commit.
    await payments.retireStaleLinks(tx, request);
  });
  const auth = new AuthService(new SessionTokens(secret), limits, settings.SESSION_LIFETIME);
  return {
    business,
    documents: new DocumentsService(business),
    auth,
    account: new AccountService(auth, settings.PUBLIC_BASE_URL, business),
    team: new TeamService(auth, settings.PUBLIC_BASE_URL, business),
    serviceRequests,
    customers,
    campaigns,
    reminders,
    payments,
    quoteExpiry,
    quotePage: new QuotePageService(engine, payments, business, settings.PUBLIC_BASE_URL, notifyTo),
    savedCards,
    disputes,
    paymentEvents,
    inbox,
    reconcile: new ReconcileService(orm.em.fork(), provider, inbox, log, settings.stripeRateLimit, {
      run: () => metrics.reconcileRuns.inc(),
      applied: (count) => metrics.reconcileApplied.inc(count),
    }),
    metrics,
    webhooks: { stripe: client, secrets: stripe.webhookSecrets },
    jobs,
    applyWorker: new ApplyWorker(inbox, settings.WEBHOOK_WORKERS, log),
  };
}

/**
 * Starts the job queue. `work`: this process runs the side-effect jobs (a server, unless
 * SIDE_EFFECTS_PAUSED), or only queues them for a server to run (the sync CLI). Returns the stop.
 */
export async function startJobs(services: Services, settings: Settings, work: boolean): Promise<() => Promise<void>> {
  await services.jobs.start();
  await services.jobs.queue<{ linkId: string }>(
    LINK_CLOSING_QUEUE,
    // Stripe down for hours still ends in the links closed: backoff 2 s … about an hour, 15 tries.
    { batchSize: 25, retry: { retryLimit: 15, retryDelay: 2, retryBackoff: true }, expireInSeconds: 120 },
    work && !settings.SIDE_EFFECTS_PAUSED ? ({ linkId }) => services.payments.closeRetiredLink(linkId) : undefined,
  );
  // A run per tick whichever replica takes it; runs that overlap send each reminder once anyway.
  await services.jobs.every(
    REMINDER_QUEUE,
    REMINDER_CRON,
    { batchSize: 1, expireInSeconds: 600 },
    work ? async () => void (await services.reminders.sendDue()) : undefined,
  );
  await services.jobs.queue<ExpiryJob>(
    QUOTE_EXPIRY_QUEUE,
    { batchSize: 10, retry: { retryLimit: 15, retryDelay: 2, retryBackoff: true }, expireInSeconds: 60 },
    work && !settings.SIDE_EFFECTS_PAUSED ? (job) => services.quoteExpiry.expire(job) : undefined,
  );
  return async () => {
    await services.applyWorker.drain();
    await services.jobs.stop();
  };
}
