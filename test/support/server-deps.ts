import { createRequire } from 'node:module';
import path from 'node:path';

/** The server's own packages (the Stripe SDK, graphql-ws, ws, its compiled modules), loaded as it loads them. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const serverRequire = createRequire(path.join(ROOT, 'server/package.json'));
