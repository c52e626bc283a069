import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { fetch as undiciFetch } from 'undici';

import { from } from './client-addresses';
import { freePort, gql } from './server-process';
import { WEBHOOK_SECRET } from './stripe-events';

export const ADMIN = { email: 'owner@example.com', password: 'suite password 12345' };

/**
 * What a suite's server needs on a suite-owned database: a known admin and webhook secret, a
 * Stripe that is never reached (webhooks are all these cases need) and no reconciliation timer.
 */
export function serverEnv(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    STRIPE_SECRET_KEY: 'sk_test_no_stripe_needed',
    STRIPE_API_URL: 'http://127.0.0.1:9',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    RECONCILE_INTERVAL: '0',
  };
}

/**
 * The same, on the built-in Stripe emulator instead of an unreachable Stripe, for cases that create
 * Stripe objects (links, refunds); its state lives under `dataDir`.
 */
export function emulatorServerEnv(databaseUrl: string, dataDir: string, emulatorPort: number): Record<string, string> {
  const env: Record<string, string> = {
    ...serverEnv(databaseUrl),
    DATA_DIR: dataDir,
    STRIPE_EMULATOR_PORT: String(emulatorPort),
  };
  delete env['STRIPE_SECRET_KEY'];
  delete env['STRIPE_API_URL'];
  return env;
}

/**
 * `pnpm start` on a fresh data directory, as the browser tests run it: embedded PostgreSQL and the
 * built-in Stripe emulator on free ports, the suite's admin, no reconciliation timer. The caller
 * removes `dataDir`.
 */
export async function appEnv(
  prefix: string,
): Promise<{ dataDir: string; emulatorPort: number; env: Record<string, string> }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), prefix));
  await chmod(dataDir, 0o755); // PostgreSQL runs as the `postgres` user when we are root
  const [port, emulatorPort, postgresPort] = [await freePort(), await freePort(), await freePort()];
  return {
    dataDir,
    emulatorPort,
    env: {
      PORT: String(port),
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: dataDir,
      EMBEDDED_POSTGRES_PORT: String(postgresPort),
      STRIPE_EMULATOR_PORT: String(emulatorPort),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RECONCILE_INTERVAL: '0',
    },
  };
}

export async function login(url: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(
    url,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: ADMIN.email, p: ADMIN.password },
  );
  return data.login.token;
}

/** A new request quoted at `amount` cents (quote version 1), ready to be paid. */
export async function quotedRequest(url: string, token: string, amount = 12_500): Promise<string> {
  const { createServiceRequest } = await gql<{ createServiceRequest: { id: string } }>(
    url,
    'mutation { createServiceRequest(input: { customerName: "Fault", customerEmail: "fault@example.com", description: "Fault suite" }) { id } }',
    {},
    token,
  );
  await gql(
    url,
    'mutation($id: ID!, $a: Int!) { quote(id: $id, amount: $a) { id } }',
    { id: createServiceRequest.id, a: amount },
    token,
  );
  return createServiceRequest.id;
}

export interface GraphqlAnswer {
  status: number;
  text: string;
  body: { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

/**
 * A raw POST /graphql: the HTTP status and the body as sent, for cases that look at failures;
 * `localAddress` sends it from that loopback address (see client-addresses.ts).
 */
export async function postGraphql(
  url: string,
  payload: { query: string; variables?: unknown },
  headers: Record<string, string> = {},
  localAddress?: string,
): Promise<GraphqlAnswer> {
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  };
  const response = localAddress
    ? await undiciFetch(`${url}/graphql`, { ...init, dispatcher: from(localAddress) })
    : await fetch(`${url}/graphql`, init);
  const text = await response.text();
  let body: GraphqlAnswer['body'];
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body };
}
