import { AuditEvent } from '../audit/audit-event.entity';
import { AdminSession } from '../auth/admin-session.entity';
import { Admin } from '../auth/admin.entity';
import { Invitation } from '../auth/invitation.entity';
import { PasswordReset } from '../auth/password-reset.entity';
import { RateLimitCounter } from '../auth/rate-limit-counter.entity';
import { BusinessSettingsRow, TaxRate } from '../business/business-settings.entity';
import { Campaign, CampaignRecipient } from '../campaigns/campaign.entity';
import { Customer } from '../customers/customer.entity';
import { HOT_ENTITIES } from '../data/hot-tables';
import { OutboxMessage } from '../mail/outbox-message.entity';
import { StripeAttempt } from '../payments/stripe-attempt.entity';
import { QuoteReminder } from '../reminders/quote-reminder.entity';
import { AppSecret } from '../system/app-secret.entity';

/** Every entity, listed so that discovery works the same from sources (tests) and from dist. */
export const ENTITIES = [
  Admin,
  AdminSession,
  Invitation,
  PasswordReset,
  AuditEvent,
  RateLimitCounter,
  AppSecret,
  Customer,
  StripeAttempt,
  OutboxMessage,
  Campaign,
  CampaignRecipient,
  BusinessSettingsRow,
  TaxRate,
  QuoteReminder,
  ...HOT_ENTITIES,
];
