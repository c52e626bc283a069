import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ServiceRequestStatus as S } from '../engine/status';
import { createRequest, REQUEST_FIELDS } from '../test-support/requests';
import { errorCode, ok, startTestServer, type TestServer } from '../test-support/test-server';

let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer();
  token = await server.login();
});
afterAll(() => server.close());

const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();

/** Every admin action and the status it leads to, with the statuses CONTRACT.md allows it from. */
const ACTIONS = {
  quote: {
    to: S.QUOTED,
    from: [S.REQUESTED, S.QUOTED, S.AWAITING_PAYMENT, S.ACCEPTED, S.DEPOSIT_PAID],
    // A new quote after a paid deposit keeps it: the work stays booked.
    stays: [S.DEPOSIT_PAID],
    call: `quote(id: $id, amount: 4500)`,
  },
  markPaid: { to: S.PAID, from: [S.QUOTED, S.AWAITING_PAYMENT, S.ACCEPTED], call: `markPaid(id: $id)` },
  schedule: {
    to: S.SCHEDULED,
    from: [S.PAID, S.DEPOSIT_PAID, S.SCHEDULED],
    call: `schedule(id: $id, scheduledFor: "${tomorrow()}")`,
  },
  complete: { to: S.COMPLETED, from: [S.SCHEDULED], call: `complete(id: $id)` },
  decline: {
    to: S.DECLINED,
    from: [S.REQUESTED, S.QUOTED, S.AWAITING_PAYMENT, S.ACCEPTED],
    call: `decline(id: $id, reason: "too far")`,
  },
  cancel: {
    to: S.CANCELED,
    from: [S.REQUESTED, S.QUOTED, S.AWAITING_PAYMENT, S.ACCEPTED],
    call: `cancel(id: $id, reason: "changed mind")`,
  },
} as const;

/** Where `action` moves a request from `from`. */
const target = (action: keyof typeof ACTIONS, from: S): S => {
  const spec: { to: S; stays?: readonly S[] } = ACTIONS[action];
  return spec.stays?.includes(from) ? from : spec.to;
};

async function act(action: keyof typeof ACTIONS, id: string) {
  return server.gql(`mutation($id: ID!) { r: ${ACTIONS[action].call} { ${REQUEST_FIELDS} } }`, { id }, token);
}

/** The admin actions that bring a new request to each status. */
const PATHS: Record<S, (keyof typeof ACTIONS)[]> = {
  [S.REQUESTED]: [],
  [S.QUOTED]: ['quote'],
  [S.AWAITING_PAYMENT]: ['quote'],
  [S.DEPOSIT_PAID]: ['quote'],
  [S.PAID]: ['quote', 'markPaid'],
  [S.SCHEDULED]: ['quote', 'markPaid', 'schedule'],
  [S.COMPLETED]: ['quote', 'markPaid', 'schedule', 'complete'],
  [S.DECLINED]: ['decline'],
  [S.CANCELED]: ['cancel'],
  [S.REFUNDED]: ['quote', 'markPaid'],
  [S.ACCEPTED]: ['quote'],
};

async function requestIn(status: S): Promise<string> {
  const { id } = await createRequest(server, token);
  for (const step of PATHS[status]) ok(await act(step, id));
  // AWAITING_PAYMENT (sending a link), DEPOSIT_PAID (a deposit), REFUNDED (a refund) and ACCEPTED
  // (the customer's quote page) are reached outside these mutations; the transition table is what is
  // under test here, so set them directly.
  if (status === S.AWAITING_PAYMENT || status === S.DEPOSIT_PAID || status === S.REFUNDED || status === S.ACCEPTED) {
    await server.orm.em.getConnection().execute('update service_request set status = ? where id = ?', [status, id]);
  }
  return id;
}

async function snapshot(id: string) {
  const data = ok(await server.gql(`query($id: ID!) { serviceRequest(id: $id) { ${REQUEST_FIELDS} } }`, { id }, token));
  return data['serviceRequest'];
}

const cases = Object.values(S).flatMap((from) =>
  (Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]).map((action) => ({
    from,
    action,
    allowed: (ACTIONS[action].from as readonly S[]).includes(from),
  })),
);

describe('the status lifecycle over GraphQL', () => {
  it.each(cases)('$action from $from: allowed=$allowed', async ({ from, action, allowed }) => {
    const id = await requestIn(from);
    const before = await snapshot(id);
    const result = await act(action, id);
    if (allowed) {
      const after = ok(result)['r'];
      expect(after.status).toBe(target(action, from));
      expect(after.timeline).toHaveLength(before.timeline.length + 1);
      expect(after.timeline.at(-1)).toMatchObject({ from, to: target(action, from), source: 'ADMIN' });
    } else {
      expect(errorCode(result)).toBe('INVALID_TRANSITION');
      expect(result.errors?.[0]?.extensions).toMatchObject({ from, to: ACTIONS[action].to });
      expect(await snapshot(id)).toEqual(before); // changes nothing
    }
  });
});

describe('what the transitions record', () => {
  it('quote sets amount, currency and bumps the quote version each time', async () => {
    const { id } = await createRequest(server, token);
    const first = ok(
      await server.gql(
        `mutation($id: ID!) { quote(id: $id, amount: 500000, currency: "JPY", note: "big garden") { ${REQUEST_FIELDS} } }`,
        { id },
        token,
      ),
    )['quote'];
    expect(first).toMatchObject({ status: 'QUOTED', quoteAmount: 500000, currency: 'jpy', quoteVersion: 1 });
    expect(first.timeline.at(-1)).toMatchObject({
      kind: 'QUOTED',
      amount: 500000,
      note: 'big garden',
      from: 'REQUESTED',
      to: 'QUOTED',
    });
    const second = ok(
      await server.gql(`mutation($id: ID!) { quote(id: $id, amount: 400000) { ${REQUEST_FIELDS} } }`, { id }, token),
    )['quote'];
    expect(second).toMatchObject({ quoteAmount: 400000, currency: 'jpy', quoteVersion: 2 });
  });

  it('markPaid records a MANUAL payment of the quote and counts it as paid', async () => {
    const id = await requestIn(S.QUOTED);
    const paid = ok(
      await server.gql(
        `mutation($id: ID!) { markPaid(id: $id, note: "cash on site") { ${REQUEST_FIELDS} } }`,
        { id },
        token,
      ),
    )['markPaid'];
    expect(paid.status).toBe('PAID');
    expect(paid.amountPaid).toBe(4500);
    expect(paid.amountRefunded).toBe(0);
    expect(paid.payments).toEqual([
      expect.objectContaining({ method: 'MANUAL', amount: 4500, currency: 'usd', status: 'SUCCEEDED' }),
    ]);
    expect(paid.timeline.at(-1)).toMatchObject({ kind: 'PAYMENT_RECEIVED', amount: 4500, note: 'cash on site' });
  });

  it('schedule keeps the date and reschedules; a past date is refused', async () => {
    const id = await requestIn(S.PAID);
    const when = new Date(Date.now() + 3 * 86_400_000);
    when.setMilliseconds(0);
    const scheduled = ok(
      await server.gql(
        `mutation($id: ID!, $at: DateTime!) { schedule(id: $id, scheduledFor: $at) { status scheduledFor } }`,
        { id, at: when.toISOString() },
        token,
      ),
    );
    expect(new Date(scheduled['schedule'].scheduledFor).getTime()).toBe(when.getTime());
    const later = new Date(when.getTime() + 86_400_000);
    const moved = ok(
      await server.gql(
        `mutation($id: ID!, $at: DateTime!) { schedule(id: $id, scheduledFor: $at) { status scheduledFor } }`,
        { id, at: later.toISOString() },
        token,
      ),
    );
    expect(moved['schedule']).toMatchObject({ status: 'SCHEDULED' });
    expect(new Date(moved['schedule'].scheduledFor).getTime()).toBe(later.getTime());
    const past = await server.gql(
      `mutation($id: ID!) { schedule(id: $id, scheduledFor: "2020-01-01T00:00:00Z") { status } }`,
      { id },
      token,
    );
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    expect(past.errors?.[0]?.extensions['field']).toBe('scheduledFor');
  });

  it('decline and cancel keep the reason on the timeline', async () => {
    const id = await requestIn(S.QUOTED);
    const declined = ok(await act('decline', id))['r'];
    expect(declined.timeline.at(-1)).toMatchObject({
      kind: 'STATUS_CHANGED',
      from: 'QUOTED',
      to: 'DECLINED',
      note: 'too far',
    });
  });

  it('re-quote, decline and cancel are refused with CONFLICT while a payment is processing', async () => {
    const id = await requestIn(S.AWAITING_PAYMENT);
    await server.orm.em.getConnection().execute(
      `insert into payment (id, service_request_id, method, amount, currency, status, created_at)
       values (gen_random_uuid(), ?, 'STRIPE', 4500, 'usd', 'PROCESSING', now())`,
      [id],
    );
    for (const action of ['quote', 'decline', 'cancel'] as const) {
      const result = await act(action, id);
      expect(errorCode(result)).toBe('CONFLICT');
    }
    expect((await snapshot(id)).status).toBe('AWAITING_PAYMENT');
  });

  it('resolveAttention clears the flag with a note, and refuses when nothing needs attention', async () => {
    const id = await requestIn(S.PAID);
    const refused = await server.gql(
      `mutation($id: ID!) { resolveAttention(id: $id, note: "checked") { id } }`,
      { id },
      token,
    );
    expect(errorCode(refused)).toBe('CONFLICT');
    await server.orm.em
      .getConnection()
      .execute(
        `update service_request set needs_attention = true, attention_reason = 'possible double payment' where id = ?`,
        [id],
      );
    const resolved = ok(
      await server.gql(
        `mutation($id: ID!) { resolveAttention(id: $id, note: "refunded the second one") { ${REQUEST_FIELDS} } }`,
        { id },
        token,
      ),
    )['resolveAttention'];
    expect(resolved).toMatchObject({ needsAttention: false, attentionReason: null });
    expect(resolved.timeline.at(-1)).toMatchObject({
      kind: 'ATTENTION_RESOLVED',
      note: 'possible double payment → refunded the second one',
    });
    const blank = await server.gql(`mutation($id: ID!) { resolveAttention(id: $id, note: "") { id } }`, { id }, token);
    expect(errorCode(blank)).toBe('BAD_USER_INPUT');
  });

  it('an unknown or malformed id is NOT_FOUND', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect(errorCode(await act('complete', id))).toBe('NOT_FOUND');
    }
  });
});
