import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import Stripe from 'stripe';

import { AuthService } from './auth/auth.service';
import { createRateLimits, sharedLimiter } from './auth/rate-limits';
import { SessionTokens } from './auth/session-token';
import { CampaignsService } from './campaigns/campaigns.service';
import { CustomersService } from './customers/customers.service';
import type { Services } from './graphql/context';
import { notifyChange } from './live/notifier';
import { Metrics } from './observability/metrics';
import { PayTokens } from './payments/pay-token';
import { PaymentEventsService } from './payments/payment-events.service';
import { PaymentsService } from './payments/payments.service';
import { SavedCardsService } from './payments/saved-cards.service';
import type { StripeBackend } from './payments/stripe-backend';
import { createStripeClient, StripeProvider } from './payments/stripe.provider';
import { ReconcileService } from './reconcile/reconcile.service';
import { ServiceRequestService } from './service-requests/service-request.service';
import type { Settings } from './settings';
import { sharedSecret } from './system/app-secrets';
import { Inbox } from './webhooks/inbox';

/** Wires the feature services once per process. */
export async function createServices(
  settings: Settings,
  orm: MikroORM,
  stripe: Pick<StripeBackend, 'secretKey' | 'apiUrl' | 'webhookSecrets'>,
  log: Logger,
): Promise<Services> {
  const em = orm.em.fork();
  const secret = settings.SESSION_SECRET ?? (await sharedSecret(em, 'SESSION_SECRET'));
  const serviceRequests = new ServiceRequestService(settings.CURRENCY, settings.BUSINESS_NAME, log);
  const metrics = new Metrics(orm.em.fork());
  const client = createStripeClient(stripe.secretKey, stripe.apiUrl);
  const provider = new StripeProvider(client, `${stripe.apiUrl ?? 'stripe'}:${settings.stripeMode}`, (code) =>
    metrics.stripeErrors.inc({ code }),
  );
  // The two need each other: a failed payment retires its link and mails the customer the /pay URL.
  const paymentEvents: PaymentEventsService = new PaymentEventsService(
    serviceRequests,
    (kind, id) => provider.retrieveState(kind, id),
    log,
    (tx, request, amount) => payments.onPaymentFailed(tx, request, amount),
  );
  const payments = new PaymentsService(
    orm.em.fork(),
    settings,
    provider,
    new PayTokens(secret),
    serviceRequests,
    paymentEvents,
    log,
  );
  const savedCards = new SavedCardsService(settings, provider, serviceRequests, payments, paymentEvents, log);
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
  const customers = new CustomersService();
  const campaigns = new CampaignsService(
    orm.em.fork(),
    serviceRequests,
    customers,
    payments,
    sharedLimiter(em, 'stripe-calls', settings.stripeRateLimit, 1),
    settings.BUSINESS_NAME,
    log,
  );
  serviceRequests.onChange((tx, request, change) =>
    notifyChange(tx, { id: request.id, status: request.status, ...change }),
  );
  // A payment moves its campaigns' counts.
  serviceRequests.onCommitted(async (request, change) => {
    if (change.previousStatus !== request.status) await campaigns.requestChanged(request.id);
  });
  return {
    auth: new AuthService(new SessionTokens(secret), createRateLimits(em), settings.SESSION_LIFETIME),
    serviceRequests,
    customers,
    campaigns,
    payments,
    savedCards,
    paymentEvents,
    inbox,
    reconcile: new ReconcileService(orm.em.fork(), provider, inbox, log, settings.stripeRateLimit, {
      run: () => metrics.reconcileRuns.inc(),
      applied: (count) => metrics.reconcileApplied.inc(count),
    }),
    metrics,
    webhooks: { stripe: client, secrets: stripe.webhookSecrets },
  };
}
