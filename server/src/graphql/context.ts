import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';

import type { AccountService } from '../auth/account.service';
import type { Authenticated, AuthService } from '../auth/auth.service';
import type { TeamService } from '../auth/team.service';
import type { BusinessService } from '../business/business.service';
import type { CampaignsService } from '../campaigns/campaigns.service';
import type { CustomersService } from '../customers/customers.service';
import type { DocumentsService } from '../documents/documents.service';
import type { JobQueue } from '../jobs/job-queue';
import type { Metrics } from '../observability/metrics';
import type { DisputesService } from '../payments/disputes.service';
import type { PaymentEventsService } from '../payments/payment-events.service';
import type { PaymentsService } from '../payments/payments.service';
import type { SavedCardsService } from '../payments/saved-cards.service';
import type { QuotePageService } from '../quote-page/quote-page.service';
import type { ReconcileService } from '../reconcile/reconcile.service';
import type { RemindersService } from '../reminders/reminders.service';
import type { QuoteExpiry } from '../service-requests/quote-expiry';
import type { ServiceRequestService } from '../service-requests/service-request.service';
import type { ApplyWorker } from '../webhooks/apply-worker';
import type { Inbox } from '../webhooks/inbox';

export interface Services {
  auth: AuthService;
  account: AccountService;
  team: TeamService;
  business: BusinessService;
  documents: DocumentsService;
  serviceRequests: ServiceRequestService;
  customers: CustomersService;
  campaigns: CampaignsService;
  reminders: RemindersService;
  payments: PaymentsService;
  savedCards: SavedCardsService;
  disputes: DisputesService;
  paymentEvents: PaymentEventsService;
  inbox: Inbox;
  reconcile: ReconcileService;
  metrics: Metrics;
  webhooks: { stripe: Stripe; secrets: readonly string[] };
  jobs: JobQueue;
  quoteExpiry: QuoteExpiry;
  quotePage: QuotePageService;
  applyWorker: ApplyWorker;
}

/** Per-operation context: one EntityManager fork, who is asking, and the services. */
export interface Context {
  em: EntityManager;
  auth?: Authenticated | undefined;
  clientIp: string;
  /** The client's User-Agent (cut to 200 characters), for the sessions list. */
  device?: string | undefined;
  services: Services;
  /** Sets or clears the session cookie (HTTP only; absent over WebSocket). */
  session?: { set(token: string, expires: Date): void; clear(): void };
}
