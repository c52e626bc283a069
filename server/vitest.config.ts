import { createRequire } from 'node:module';

import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // esbuild emits no decorator metadata, which type-graphql and MikroORM read: compile with SWC.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // type-graphql (CommonJS) loads graphql's .js build; make the tests load the very same copy.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/test-support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Each file has its own database and mostly waits on PostgreSQL: two at once on two cores cut
    // the suite from about 470 s to 310 s (the default leaves one core idle).
    maxWorkers: 2,
    // The Stripe suite says in one line when it ran without Stripe (real-stripe-mode.ts).
    reporters: ['default', './src/test-support/real-stripe-reporter.ts'],
  },
});
