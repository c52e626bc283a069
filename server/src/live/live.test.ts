import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { AdminRole } from '../auth/roles';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { createRequest } from '../test-support/requests';
import { checkoutSession, deliver, stripeEvent } from '../test-support/stripe-events';
import { cutLiveListeners, liveListeners, subscribe, wsClient } from '../test-support/subscriptions';
import { ok, signedInAdmin, startTestServer, type TestServer } from '../test-support/test-server';

let a: TestServer;
let b: TestServer;
let token: string;
const clients: Client[] = [];

beforeAll(async () => {
  a = await startTestServer();
  b = await startTestServer({ DATABASE_URL: a.settings.DATABASE_URL as string });
  token = await a.login();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await b.close();
  await a.close();
});

function client(server: TestServer, options: { token?: string; headers?: Record<string, string> } = {}) {
  const c = wsClient(server, options);
  clients.push(c);
  return c;
}

const CHANGES = `subscription($id: ID) { serviceRequestChanged(id: $id) { status previousStatus source serviceRequest { id status amountPaid } } }`;

describe('serviceRequestChanged', () => {
  it('a subscriber on one replica sees a webhook applied by another, after commit', async () => {
    const { id } = await createRequest(a, token);
    ok(await a.gql(`mutation($id: ID!) { quote(id: $id, amount: 12500) { id } }`, { id }, token));
    const sub = subscribe(client(a, { token }), CHANGES, { id });
    await sub.listening;
    await deliver(b, stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 12_500 })));
    const [message] = await sub.next(1);
    expect(message.data.serviceRequestChanged).toEqual({
      status: 'PAID',
      previousStatus: 'QUOTED',
      source: 'WEBHOOK',
      serviceRequest: { id, status: 'PAID', amountPaid: 12_500 },
    });
  });

  it('sees every change of every request without an id, from admin actions too; one message per change', async () => {
    const sub = subscribe(client(b, { token }), CHANGES);
    await sub.listening;
    const { id } = await createRequest(a, token);
    ok(await a.gql(`mutation($id: ID!) { quote(id: $id, amount: 900) { id } }`, { id }, token));
    const messages = await sub.next(2);
    await new Promise((r) => setTimeout(r, 300));
    const mine = sub.received.map((m) => m.data.serviceRequestChanged).filter((c) => c.serviceRequest.id === id);
    expect(mine.map((c) => [c.previousStatus, c.status, c.source])).toEqual([
      [null, 'REQUESTED', 'ADMIN'],
      ['REQUESTED', 'QUOTED', 'ADMIN'],
    ]);
    expect(messages.length).toBeGreaterThanOrEqual(2);
  });

  it('subscribers of one change each get what they asked for: the execution is shared only between equal operations', async () => {
    const { id } = await createRequest(a, token);
    const other = await createRequest(a, token);
    const narrow = `subscription { serviceRequestChanged { status serviceRequest { id } } }`;
    const [wide1, wide2, slim, filtered] = [
      subscribe(client(a, { token }), CHANGES),
      subscribe(client(a, { token }), CHANGES),
      subscribe(client(a, { token }), narrow),
      subscribe(client(a, { token }), CHANGES, { id: other.id }),
    ];
    await Promise.all([wide1, wide2, slim, filtered].map((sub) => sub.listening));
    ok(await a.gql(`mutation($id: ID!) { quote(id: $id, amount: 4200) { id } }`, { id }, token));
    const mine = async (sub: ReturnType<typeof subscribe>) => {
      await sub.next(1);
      return sub.received.map((m) => m.data.serviceRequestChanged).filter((c) => c.serviceRequest.id === id);
    };
    const expected = { status: 'QUOTED', previousStatus: 'REQUESTED', source: 'ADMIN' };
    expect(await mine(wide1)).toEqual([{ ...expected, serviceRequest: { id, status: 'QUOTED', amountPaid: 0 } }]);
    expect(await mine(wide2)).toEqual(await mine(wide1));
    expect(await mine(slim)).toEqual([{ status: 'QUOTED', serviceRequest: { id } }]);
    await new Promise((r) => setTimeout(r, 300));
    expect(filtered.received).toHaveLength(0);
  });

  it('admins of different roles asking the same operation each get their own answer', async () => {
    const staff = await signedInAdmin(a, `staff-${Date.now()}@example.com`, AdminRole.STAFF);
    const { id } = await createRequest(a, token);
    ok(await a.gql(`mutation($id: ID!) { quote(id: $id, amount: 12500) { id } }`, { id }, token));
    const query = `subscription($id: ID) { serviceRequestChanged(id: $id) { status serviceRequest { allowedActions } } }`;
    const owners = [subscribe(client(a, { token }), query, { id }), subscribe(client(a, { token }), query, { id })];
    const staffs = [
      subscribe(client(a, { token: staff }), query, { id }),
      subscribe(client(a, { token: staff }), query, { id }),
    ];
    await Promise.all([...owners, ...staffs].map((sub) => sub.listening));
    await deliver(a, stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 12_500 })));
    const actions = async (sub: ReturnType<typeof subscribe>) =>
      (await sub.next(1))[0].data.serviceRequestChanged.serviceRequest.allowedActions as string[];
    const [owner1, owner2, staff1, staff2] = await Promise.all([...owners, ...staffs].map(actions));
    // An owner may refund a paid request; staff may not (auth/roles.ts): the answer depends on the viewer.
    expect(owner1).toContain('REFUND');
    expect(staff1).not.toContain('REFUND');
    expect(owner2).toEqual(owner1);
    expect(staff2).toEqual(staff1);
  });

  it('fifty equal subscribers cost one execution and one serialisation per change; a session that ended gets nothing', async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose())); // only this test's subscribers execute
    const marker = `Fanout ${Date.now()}`;
    const { id } = await createRequest(a, token, { customerName: marker });
    const query = `subscription($id: ID) { serviceRequestChanged(id: $id) { status serviceRequest { id customerName amountPaid } } }`;
    const leaving = await a.login(); // another session of the same admin: the same answer
    const equal = Array.from({ length: 50 }, (_, i) =>
      subscribe(client(a, { token: i === 0 ? leaving : token }), query),
    );
    const narrowed = subscribe(client(a, { token }), query, { id });
    const everyone = [...equal, narrowed];
    const mine = (sub: ReturnType<typeof subscribe>) =>
      sub.received.map((m) => m.data.serviceRequestChanged).filter((c) => c.serviceRequest.id === id);
    const requote = (amount: number) =>
      a.gql(`mutation($id: ID!, $amount: Int!) { quote(id: $id, amount: $amount) { id } }`, { id, amount }, token);
    /** Until each of `subs` has heard one change more than it had. */
    const heardOneMore = async (subs: ReturnType<typeof subscribe>[], had: number[]) => {
      for (const [i, sub] of subs.entries()) await sub.next(had[i]! + 1, 20_000);
    };
    await Promise.all(everyone.map((sub) => sub.listening));

    const knex = a.orm.em.getConnection().getKnex();
    let executions = 0; // each execution reads the requests' payments once (amountPaid)
    const onQuery = ({ sql }: { sql: string }) => {
      if (sql.startsWith('select * from "payment" where "service_request_id" in')) executions++;
    };
    const had = everyone.map((sub) => sub.received.length);
    const deliveries = async () => (await a.services.metrics.liveDeliverySeconds.get()).values;
    const observed = (values: Awaited<ReturnType<typeof deliveries>>, name: string) =>
      values.find((v) => v.metricName === name)?.value ?? 0;
    await new Promise((r) => setTimeout(r, 1_100)); // the earlier changes' delivery windows close
    const delivered = await deliveries();
    knex.on('query', onQuery);
    const stringify = vi.spyOn(JSON, 'stringify');
    let serialised: number;
    try {
      ok(await requote(4200));
      await heardOneMore(everyone, had);
    } finally {
      knex.off('query', onQuery);
      serialised = stringify.mock.results.filter((r) => typeof r.value === 'string' && r.value.includes(marker)).length;
      stringify.mockRestore();
    }
    const requoted = { status: 'QUOTED', serviceRequest: { id, customerName: marker, amountPaid: 0 } };
    for (const sub of everyone) expect(mine(sub).at(-1)).toEqual(requoted);
    // One for the fifty, one for the subscriber that asked with other variables.
    expect(executions).toBe(2);
    expect(serialised).toBe(2);
    // The server times the change from its commit to its last socket write: one observation for it.
    await new Promise((r) => setTimeout(r, 1_100));
    const after = await deliveries();
    const count = 'live_delivery_seconds_count';
    expect(observed(after, count) - observed(delivered, count)).toBe(1);
    const took = observed(after, 'live_delivery_seconds_sum') - observed(delivered, 'live_delivery_seconds_sum');
    expect(took).toBeGreaterThan(0);
    expect(took).toBeLessThan(20);

    ok(await a.gql('mutation { logout }', {}, leaving));
    await equal[0]!.next(equal[0]!.received.length + 1, 5_000); // until its socket closes
    expect((equal[0]!.errors[0] as { code?: number }).code).toBe(4403);
    const before = everyone.map((sub) => mine(sub).length);
    ok(await a.gql(`mutation($id: ID!) { decline(id: $id) { id } }`, { id }, token));
    await heardOneMore(everyone.slice(1), before.slice(1));
    expect(everyone.slice(1).every((sub, i) => mine(sub).length === before[i + 1]! + 1)).toBe(true);
    expect(mine(equal[0]!)).toHaveLength(before[0]!);
  });

  it('a listener that lost its connection publishes what committed meanwhile from the log, once', async () => {
    const { id } = await createRequest(a, token);
    const sub = subscribe(client(a, { token }), CHANGES, { id });
    await sub.listening;
    expect(await liveListeners(a)).toBe(2); // a's and b's
    // Both listeners gone; a change committed through b before they are back (a reconnect waits a second).
    await cutLiveListeners(a);
    ok(await b.gql(`mutation($id: ID!) { quote(id: $id, amount: 7700) { id } }`, { id }, token));
    expect(await liveListeners(a)).toBe(0); // so no notification can have carried it
    const [message] = await sub.next(1, 10_000);
    expect(message.data.serviceRequestChanged).toEqual({
      status: 'QUOTED',
      previousStatus: 'REQUESTED',
      source: 'ADMIN',
      serviceRequest: { id, status: 'QUOTED', amountPaid: 0 },
    });
    // Live again, and the caught-up change is not told twice.
    ok(await a.gql(`mutation($id: ID!) { quote(id: $id, amount: 7800) { id } }`, { id }, token));
    await sub.next(2);
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.received.map((m) => m.data.serviceRequestChanged.previousStatus)).toEqual(['REQUESTED', 'QUOTED']);
  });

  it('a session revoked while the listeners were cut off closes its sockets once they are back', async () => {
    const session = await a.login();
    const sub = subscribe(client(a, { token: session }), CHANGES);
    await sub.listening;
    await cutLiveListeners(a);
    ok(await b.gql('mutation { logout }', {}, session));
    expect(await liveListeners(a)).toBe(0); // so no notification can have carried it
    await sub.next(1, 10_000);
    expect(sub.errors).toHaveLength(1);
    expect((sub.errors[0] as { code?: number }).code).toBe(4403);
  });

  it('errors leave as they do over HTTP, through the same formatError', async () => {
    const invalid = 'subscription { serviceRequestChanged { noSuchField } }';
    const http = await a.gql(invalid, {}, token);
    const ws = subscribe(client(a, { token }), invalid);
    await ws.next(1, 2_000);
    expect(ws.errors).toEqual([
      [
        {
          message: http.errors?.[0]?.message,
          locations: [{ line: 1, column: 40 }],
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
      ],
    ]);
    expect(http.errors?.[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('refuses connections without a session, and a cookie sent from another origin', async () => {
    const anonymous = subscribe(client(a), CHANGES);
    await anonymous.next(1, 2_000);
    expect(anonymous.received).toHaveLength(0);
    expect(anonymous.errors).toHaveLength(1);
    expect((anonymous.errors[0] as { code?: number }).code).toBe(4403);

    for (const forged of [`${token.split('.')[0]}.forged`, 'not-a-token']) {
      const refused = subscribe(client(a, { token: forged }), CHANGES);
      await refused.next(1, 2_000);
      expect((refused.errors[0] as { code?: number }).code).toBe(4403);
    }

    const cookie = `${SESSION_COOKIE}=${token}`;
    const hijack = subscribe(client(a, { headers: { cookie, origin: 'https://evil.example' } }), CHANGES);
    await hijack.next(1, 2_000);
    expect((hijack.errors[0] as { code?: number }).code).toBe(4403);

    const own = subscribe(client(a, { headers: { cookie, origin: a.url } }), CHANGES);
    await own.listening;
    await createRequest(a, token);
    await own.next(1);
    expect(own.errors).toHaveLength(0);
    expect(own.received.length).toBeGreaterThan(0);
  });
});
