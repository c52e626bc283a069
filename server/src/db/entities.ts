import { AdminSession } from '../auth/admin-session.entity';
import { Admin } from '../auth/admin.entity';
import { RateLimitCounter } from '../auth/rate-limit-counter.entity';
import { Payment } from '../payments/payment.entity';
import { ServiceRequest } from '../service-requests/service-request.entity';
import { TimelineEntry } from '../service-requests/timeline-entry.entity';
import { AppSecret } from '../system/app-secret.entity';

/** Every entity, listed so that discovery works the same from sources (tests) and from dist. */
export const ENTITIES = [Admin, AdminSession, RateLimitCounter, AppSecret, ServiceRequest, TimelineEntry, Payment];
