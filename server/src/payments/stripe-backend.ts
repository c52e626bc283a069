import path from 'node:path';

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import type { Settings } from '../settings';
import { sharedSecret } from '../system/app-secrets';

/** The Stripe the server talks to: the real one (STRIPE_SECRET_KEY), or the built-in emulator. */
export interface StripeBackend {
  secretKey: string;
  apiUrl: string | undefined;
  /** Every secret a webhook may be signed with (rotation; test and live endpoints). */
  webhookSecrets: string[];
  close(): Promise<void>;
}

/** The key the server uses with its own emulator (any sk_test_ key would do). */
const EMULATOR_KEY = 'sk_test_emulator';

export async function startStripeBackend(settings: Settings, em: EntityManager, log: Logger): Promise<StripeBackend> {
  if (settings.STRIPE_SECRET_KEY) {
    return {
      secretKey: settings.STRIPE_SECRET_KEY,
      apiUrl: settings.STRIPE_API_URL,
      webhookSecrets: settings.STRIPE_WEBHOOK_SECRET ?? [],
      close: async () => undefined,
    };
  }
  // Generated once and kept in the database, so restarts (and every replica) verify the same signatures.
  const secret = settings.STRIPE_WEBHOOK_SECRET?.[0] ?? `whsec_${await sharedSecret(em, 'EMULATOR_WEBHOOK_SECRET')}`;
  // Loaded only when used: with a real key the emulator's code never runs.
  const { startStripeEmulator } = await import('@service-desk/stripe-emulator');
  const emulator = await startStripeEmulator({
    port: settings.STRIPE_EMULATOR_PORT,
    host: '127.0.0.1',
    dataDir: path.join(settings.DATA_DIR, 'stripe-emulator'),
    webhookEndpoints: [
      { url: settings.EMULATOR_WEBHOOK_URL ?? `http://127.0.0.1:${settings.PORT}/webhooks/stripe`, secret },
    ],
    businessName: settings.BUSINESS_NAME,
    logger: log.child({ component: 'stripe-emulator' }),
  });
  log.info({ url: emulator.url }, 'no STRIPE_SECRET_KEY: using the built-in Stripe emulator');
  return { secretKey: EMULATOR_KEY, apiUrl: emulator.url, webhookSecrets: [secret], close: () => emulator.close() };
}
