import { readFileSync } from 'node:fs';
import path from 'node:path';

import { type Dispatcher, Pool, request } from 'undici';

import { ROOT } from './server-dist';
import { ADMIN } from './subjects';

/** One of the SPA's own operations, with the fragments it spreads, read from web/src. */
export function spaOperation(...files: string[]): string {
  return files.map((file) => readFileSync(path.join(ROOT, 'web/src/modules', file), 'utf8')).join('\n');
}

/** POSTs a GraphQL operation; throws on any error. No client timeout: reconciliation may take minutes. */
export async function graphql<T>(
  target: string | Dispatcher,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const options = {
    method: 'POST' as const,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    headersTimeout: 0,
    bodyTimeout: 0,
  };
  const response =
    typeof target === 'string'
      ? await request(`${target}/graphql`, options)
      : await target.request({ ...options, path: '/graphql' });
  const body = (await response.body.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Signs in as the bench's admin (created by the server at boot) and returns the bearer token. */
export async function adminToken(url: string): Promise<string> {
  const { login } = await graphql<{ login: { token: string } }>(
    url,
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    ADMIN,
  );
  return login.token;
}

export const graphqlPool = (url: string, connections: number) => new Pool(url, { connections, pipelining: 1 });
