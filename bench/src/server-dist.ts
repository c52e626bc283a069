import { createRequire } from 'node:module';
import path from 'node:path';

import type * as Connection from '../../server/src/common/connection';
import type * as RequestCounts from '../../server/src/data/request-counts';
import type * as EmbeddedPostgres from '../../server/src/db/embedded-postgres';
import type * as Logger from '../../server/src/logger';

/** The repository root; every subject runs from the built server under it. */
export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SERVER_MAIN = path.join(ROOT, 'server/dist/main.js');
export const SERVER_DIST = path.join(ROOT, 'server/dist');

const require = createRequire(import.meta.url);

/** The Stripe emulator's own command (its package's `bin`), built with the server. */
export const EMULATOR_BIN = path.join(
  path.dirname(require.resolve('@service-desk/stripe-emulator/package.json', { paths: [path.join(ROOT, 'server')] })),
  'bin/stripe-emulator.js',
);

/** The built server's own modules (what `pnpm start` runs), typed from their sources. */
export const { startEmbeddedPostgres } = require(
  path.join(SERVER_DIST, 'db/embedded-postgres.js'),
) as typeof EmbeddedPostgres;
export const { createLogger } = require(path.join(SERVER_DIST, 'logger.js')) as typeof Logger;
// The module declares GraphQL types too, which need the metadata polyfill the server loads first.
require(require.resolve('reflect-metadata', { paths: [SERVER_DIST] }));
export const { encodeCursor } = require(path.join(SERVER_DIST, 'common/connection.js')) as typeof Connection;
export const { COUNT_EXISTING_SQL } = require(path.join(SERVER_DIST, 'data/request-counts.js')) as typeof RequestCounts;
