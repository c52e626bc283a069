import { createRequire } from 'node:module';

import type * as SyncEngine from '@supabase/stripe-sync-engine';

/** `@supabase/stripe-sync-engine`, its CommonJS build: the ESM build cannot find its own migration files. */
export const engine = createRequire(import.meta.url)('@supabase/stripe-sync-engine') as typeof SyncEngine;
