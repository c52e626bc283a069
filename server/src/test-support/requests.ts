import { expect } from 'vitest';

import type { TestServer } from './test-server';
import { ok } from './test-server';

export const REQUEST_FIELDS = `id status quoteAmount currency quoteVersion amountPaid amountRefunded scheduledFor
  needsAttention attentionReason createdAt updatedAt
  payments { id method amount currency status }
  timeline { kind from to source note amount at }`;

let counter = 0;

/** Creates a request as the admin; `overrides` change the customer's fields. */
export async function createRequest(server: TestServer, token: string, overrides: Record<string, string> = {}) {
  counter += 1;
  const input = {
    customerName: `Customer ${counter}`,
    customerEmail: `customer${counter}@example.com`,
    description: `Mow the lawn, job ${counter}`,
    ...overrides,
  };
  const data = ok(
    await server.gql<{ createServiceRequest: any }>(
      `mutation($input: RequestServiceInput!) { createServiceRequest(input: $input) { ${REQUEST_FIELDS} } }`,
      { input },
      token,
    ),
  );
  return data.createServiceRequest;
}

/** A request created, quoted at `amount` and sent its payment link as the admin: its id and the customer's /pay URL. */
export async function sentRequest(
  server: TestServer,
  token: string,
  amount: number,
  overrides: Record<string, string> = {},
): Promise<{ id: string; payUrl: string }> {
  const { id } = await createRequest(server, token, overrides);
  ok(await server.gql('mutation($id: ID!, $a: Int!) { quote(id: $id, amount: $a) { id } }', { id, a: amount }, token));
  const { payUrl } = ok(
    await server.gql<{ sendPaymentLink: { payUrl: string } }>(
      'mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }',
      { id },
      token,
    ),
  ).sendPaymentLink;
  return { id, payUrl };
}

/** Follows a /pay URL (or its path) as the customer's browser would, to the emulator's checkout page (`/c/pay/cs_…`). */
export async function checkoutPage(server: TestServer, payUrl: string): Promise<string> {
  let url = `${server.url}${new URL(payUrl, server.url).pathname}`;
  for (let hop = 0; hop < 3 && !new URL(url).pathname.startsWith('/c/pay/'); hop++) {
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status, `${url} should redirect`).toBe(303);
    url = response.headers.get('location') as string;
  }
  expect(new URL(url).pathname).toMatch(/^\/c\/pay\/cs_/);
  return url;
}

/**
 * Accepts the current quote on the customer's quote page (the /pay URL's token) as a browser
 * without JavaScript does, choosing how to pay (`pay`: deposit, full or balance); `address` is the
 * client address a trusted proxy forwards, when the test speaks from one of its own.
 */
export async function acceptQuote(
  server: TestServer,
  payUrl: string,
  pay: 'deposit' | 'full' | 'balance',
  address?: string,
): Promise<void> {
  const page = `${server.url}/quote/${new URL(payUrl, server.url).pathname.split('/')[2]}`;
  const headers: Record<string, string> = address ? { 'x-forwarded-for': address } : {};
  const html = await (await fetch(page, { headers })).text();
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';
  const response = await fetch(`${page}/accept`, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ version: field('version'), hash: field('hash'), name: 'Pat Customer', pay }).toString(),
  });
  expect(response.status, `accepting with ${pay}`).toBe(303);
}
