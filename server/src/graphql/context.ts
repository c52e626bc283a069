import type { EntityManager } from '@mikro-orm/postgresql';

import type { Authenticated, AuthService } from '../auth/auth.service';
import type { ServiceRequestService } from '../service-requests/service-request.service';

export interface Services {
  auth: AuthService;
  serviceRequests: ServiceRequestService;
}

/** Per-operation context: one EntityManager fork, who is asking, and the services. */
export interface Context {
  em: EntityManager;
  auth?: Authenticated | undefined;
  clientIp: string;
  services: Services;
  /** Sets or clears the session cookie (HTTP only; absent over WebSocket). */
  session?: { set(token: string, expires: Date): void; clear(): void };
}
