import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    setupFiles: ['src/test-setup.ts'],
    globalSetup: ['src/parameter-coverage.ts'],
  },
});
