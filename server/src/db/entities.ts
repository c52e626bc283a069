import { AdminSession } from '../auth/admin-session.entity';
import { Admin } from '../auth/admin.entity';
import { RateLimitCounter } from '../auth/rate-limit-counter.entity';
import { Campaign, CampaignRecipient } from '../campaigns/campaign.entity';
import { Customer } from '../customers/customer.entity';
import { OutboxMessage } from '../mail/outbox-message.entity';
import { Dispute } from '../payments/dispute.entity';
import { PaymentLink } from '../payments/payment-link.entity';
import { Payment } from '../payments/payment.entity';
import { Refund } from '../payments/refund.entity';
import { StripeAttempt } from '../payments/stripe-attempt.entity';
import { AttentionCause } from '../service-requests/attention-cause.entity';
import { ChangeLogEntry } from '../service-requests/change-log.entity';
import { ServiceRequest } from '../service-requests/service-request.entity';
import { TimelineEntry } from '../service-requests/timeline-entry.entity';
import { AppSecret } from '../system/app-secret.entity';
import { WebhookEvent } from '../webhooks/webhook-event.entity';

/** Every entity, listed so that discovery works the same from sources (tests) and from dist. */
export const ENTITIES = [
  Admin,
  AdminSession,
  RateLimitCounter,
  AppSecret,
  Customer,
  ServiceRequest,
  TimelineEntry,
  ChangeLogEntry,
  Payment,
  PaymentLink,
  Refund,
  Dispute,
  AttentionCause,
  StripeAttempt,
  OutboxMessage,
  WebhookEvent,
  Campaign,
  CampaignRecipient,
];
