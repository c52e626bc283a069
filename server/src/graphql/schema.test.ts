import { readFile } from 'node:fs/promises';
import path from 'node:path';

import {
  getIntrospectionQuery,
  buildClientSchema,
  printSchema,
  lexicographicSortSchema,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { startTestServer, type TestServer } from '../test-support/test-server';
import { printedSchema } from './schema';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

it('the committed schema.graphql is what the server serves (run `pnpm build` to regenerate)', async () => {
  const committed = await readFile(path.resolve(__dirname, '../../../schema.graphql'), 'utf8');
  expect(committed).toBe(await printedSchema());
  const token = await server.login();
  const served = await server.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, token);
  const live = `${printSchema(lexicographicSortSchema(buildClientSchema(served.data as IntrospectionQuery)))}\n`;
  expect(live).toBe(committed);
});
