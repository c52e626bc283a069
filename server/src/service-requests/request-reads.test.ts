import { afterAll, beforeAll, expect, it } from 'vitest';

import { createRequest } from '../test-support/requests';
import { statements } from '../test-support/statements';
import { ok, startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let token: string;
let ids: string[];

/** Every field whose rows come from another table, nested as the request page asks for them. */
const FIELDS = `id status allowedActions amountPaid amountRefunded customer { id email savedCard { last4 } }
  attentionCauses { kind } paymentLinks { id } timeline { kind } timelineCount
  payments { id status refunds { id } dispute { status } }`;
const nested = (first: string) =>
  FIELDS.replace(/(timeline|payments|refunds|paymentLinks|attentionCauses) \{/g, `$1(first: ${first}) {`);
// The rows' own lists short, to stay within the query cost limit at 100 rows.
const LIST = `query($first: Int!) { serviceRequests(first: $first) { totalCount edges { node { ${nested('3')} } } } }`;
const DETAIL = `query($id: ID!, $first: Int) { serviceRequest(id: $id) { ${nested('$first')} } }`;

beforeAll(async () => {
  server = await startTestServer();
  token = await server.login();
  ids = [];
  // 110 requests, each of its own customer, with a quote and, for half of them, a payment.
  for (let i = 0; i < 110; i++) {
    const { id } = await createRequest(server, token, { customerEmail: `reader${i}@example.com` });
    ok(await server.gql('mutation($id: ID!) { quote(id: $id, amount: 4200) { id } }', { id }, token));
    if (i % 2) ok(await server.gql('mutation($id: ID!) { markPaid(id: $id) { id } }', { id }, token));
    ids.push(id);
  }
}, 120_000);
afterAll(() => server.close());

/** The SQL statements `run` made the server send. */
const sent = async (run: () => Promise<unknown>) => (await statements(server, run)).sent;

it('a list page costs the same statements at first: 10 and first: 100, every nested field included', async () => {
  const page = (first: number) =>
    sent(async () => {
      const { serviceRequests } = ok(await server.gql(LIST, { first }, token));
      expect(serviceRequests.edges).toHaveLength(first);
      expect(serviceRequests.edges.filter((e: any) => e.node.payments.length === 1).length).toBeGreaterThan(first / 3);
    });
  const ten = await page(10);
  const hundred = await page(100);
  expect(hundred).toHaveLength(ten.length);
  // The session check, the page, the counts, and one statement per nested collection.
  expect(ten.length).toBeLessThanOrEqual(12);
});

it('a request page costs the same statements whatever its lists ask for', async () => {
  const paid = ids[1]!;
  const read = (first: number) =>
    sent(async () => {
      const { serviceRequest } = ok(await server.gql(DETAIL, { id: paid, first }, token));
      expect(serviceRequest).toMatchObject({ id: paid, status: 'PAID', amountPaid: 4200 });
    });
  const ten = await read(10);
  expect(await read(100)).toHaveLength(ten.length);
  expect(ten.length).toBeLessThanOrEqual(12);
});
