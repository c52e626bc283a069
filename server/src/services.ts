import type { MikroORM } from '@mikro-orm/postgresql';

import { AuthService } from './auth/auth.service';
import { createRateLimits } from './auth/rate-limits';
import { SessionTokens } from './auth/session-token';
import type { Services } from './graphql/context';
import { ServiceRequestService } from './service-requests/service-request.service';
import type { Settings } from './settings';
import { sharedSecret } from './system/app-secrets';

/** Wires the feature services once per process. */
export async function createServices(settings: Settings, orm: MikroORM): Promise<Services> {
  const em = orm.em.fork();
  const secret = settings.SESSION_SECRET ?? (await sharedSecret(em, 'SESSION_SECRET'));
  return {
    auth: new AuthService(new SessionTokens(secret), createRateLimits(em)),
    serviceRequests: new ServiceRequestService(settings.CURRENCY),
  };
}
