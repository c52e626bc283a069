import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/coverage/**',
      'test/artifacts/**',
      'server/src/db/migrations/*.ts',
      'web/src/gql/**',
    ],
  },
  js.configs.recommended,
  { files: ['**/*.mjs', '**/*.js'], languageOptions: { globals: globals.node } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            'server/vitest.config.ts',
            'server/vitest.real-stripe.config.ts',
            'emulator/vitest.config.ts',
            'currency/vitest.config.ts',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling']],
          'newlines-between': 'always',
          alphabetize: { order: 'asc' },
        },
      ],
      'import-x/no-duplicates': 'error',
    },
  },
  {
    // The emulator is a package of its own: the rest of the workspace uses its public entries only.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['emulator/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@service-desk/stripe-emulator/*',
                '!@service-desk/stripe-emulator/testing',
                '!@service-desk/stripe-emulator/fixtures',
              ],
              message: 'Import the emulator from its entries: @service-desk/stripe-emulator, …/testing or …/fixtures.',
            },
            {
              group: ['**/emulator/src/**', '**/emulator/dist/**', '**/currency/src/**', '**/currency/dist/**'],
              message: 'Import the workspace packages by name (@service-desk/stripe-emulator, @service-desk/currency).',
            },
          ],
        },
      ],
    },
  },
  {
    // …and it stands alone: nothing from the server (what both need lives in @service-desk/currency).
    files: ['emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', 'server', '**/currency/src/**', '**/currency/dist/**'],
              message: 'The emulator imports nothing from the server; shared rules come from @service-desk/currency.',
            },
          ],
        },
      ],
    },
  },
  {
    // live/ publishes changes and knows no feature (#16): features register their feeds and topics
    // with it. Its tests drive it through the features it serves, so they may import them.
    files: ['server/src/live/**/*.ts'],
    ignores: ['server/src/live/**/*.test.ts'],
    // The rule compares resolved files, so imports must resolve to the TypeScript sources.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: 'server/src/live',
              from: 'server/src',
              except: ['./live', './common', './db', './graphql', './settings.ts', './logger.ts'],
              message: 'live/ knows no feature: the feature registers a Feed and its topics with live/ instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine is the seam between requests and payments: neither's logic imports the other's
    // (their entities and GraphQL types reference each other, as the schema does).
    files: ['server/src/payments/**/*.ts', 'server/src/service-requests/**/*.ts'],
    ignores: ['**/*.entity.ts', '**/*.resolver.ts', '**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../payments/*', '../service-requests/*'],
              allowTypeImports: true,
              message: 'payments/ and service-requests/ meet in engine/ (and data/), not in each other.',
            },
          ],
        },
      ],
    },
  },
  {
    // Layers: the engine and the data module import no feature's logic (entities are the schema).
    files: ['server/src/engine/**/*.ts', 'server/src/data/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                ...[
                  'auth',
                  'campaigns',
                  'customers',
                  'live',
                  'mail',
                  'payments',
                  'reconcile',
                  'service-requests',
                  'webhooks',
                ].map((feature) => `../${feature}/*`),
                '!../*/*.entity',
              ],
              allowTypeImports: true,
              message: 'engine/ and data/ sit under the features: import their entities only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Decorator-metadata classes must be imported as values for emitDecoratorMetadata.
    files: ['server/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
