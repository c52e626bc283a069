import type { AddressInfo } from 'node:net';

import type { MikroORM } from '@mikro-orm/postgresql';
import pino, { type Logger } from 'pino';

import { createApp } from '../app';
import { Admin } from '../auth/admin.entity';
import { bootstrapAdmin } from '../auth/auth.service';
import { hashPassword } from '../auth/passwords';
import type { AdminRole } from '../auth/roles';
import { openDatabase } from '../db/database';
import type { Services } from '../graphql/context';
import { startStripeBackend } from '../payments/stripe-backend';
import { createServices, startJobs } from '../services';
import { loadSettings, type Settings } from '../settings';
import { createTestDatabase } from './test-database';

export const ADMIN_EMAIL = 'owner@example.com';
export const ADMIN_PASSWORD = 'correct horse battery staple';
export const TEST_WEBHOOK_SECRET = 'whsec_test_secret_for_signing';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions: { code: string; [key: string]: unknown }; path?: string[] }[];
}

export interface TestServer {
  url: string;
  settings: Settings;
  orm: MikroORM;
  services: Services;
  /** A GraphQL request over real HTTP; `token` signs it in as an admin. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Signs in as the bootstrap admin and returns the bearer token. */
  login(): Promise<string>;
  close(): Promise<void>;
}

/** The real server (real HTTP, real PostgreSQL) on a fresh database and a free port. */
export async function startTestServer(
  env: Record<string, string> = {},
  log: Logger = pino({ level: process.env['TEST_LOG_LEVEL'] ?? 'silent' }),
): Promise<TestServer> {
  const databaseUrl = env['DATABASE_URL'] ?? (await createTestDatabase());
  const settings = loadSettings({
    NODE_ENV: 'test',
    // Tests that pay start an emulator of their own and pass its URL; others never reach Stripe.
    STRIPE_SECRET_KEY: 'sk_test_unreachable',
    STRIPE_API_URL: 'http://127.0.0.1:9',
    STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    ...env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
  });
  const database = await openDatabase(settings, log);
  const stripe = await startStripeBackend(settings, database.orm.em.fork(), log);
  const services = await createServices(settings, database.orm, database.url, stripe, log);
  const stopJobs = await startJobs(services, settings, true);
  await bootstrapAdmin(database.orm.em.fork(), { email: ADMIN_EMAIL, password: ADMIN_PASSWORD }, log);
  const app = await createApp(settings, database.orm, database.url, services, log);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const gql: TestServer['gql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<any>;
  };

  const server: TestServer = {
    url,
    settings,
    orm: database.orm,
    services,
    gql,
    login: () => signIn(server, ADMIN_EMAIL, ADMIN_PASSWORD),
    async close() {
      await app.close();
      await stopJobs();
      await stripe.close();
      await database.close();
    },
  };
  return server;
}

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function ok<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** The code of the first error of a response that must have failed. */
export function errorCode(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions.code;
}

/** Adds an admin with `role` straight to the database (the team's own flows have their tests); returns a bearer token. */
export async function signedInAdmin(server: TestServer, email: string, role: AdminRole): Promise<string> {
  await server.orm.em.fork().insert(Admin, {
    id: new Admin().id,
    email,
    passwordHash: await hashPassword(ADMIN_PASSWORD),
    role,
    createdAt: new Date(),
  } as Admin);
  return signIn(server, email, ADMIN_PASSWORD);
}

/** Signs in as `email` and returns the bearer token. */
export async function signIn(server: TestServer, email: string, password: string): Promise<string> {
  return ok(
    await server.gql<{ login: { token: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: email, p: password },
    ),
  ).login.token;
}
