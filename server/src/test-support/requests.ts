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
