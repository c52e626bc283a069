import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm } from '@service-desk/stripe-emulator/testing';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ChangeSource } from '../engine/status';
import { startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { createRequest } from '../test-support/requests';
import { cutLiveListeners, liveListeners, subscribe, wsClient } from '../test-support/subscriptions';
import { errorCode, ok, type TestServer } from '../test-support/test-server';
import { Campaign, CampaignRecipient, RecipientState } from './campaign.entity';

let emulator: StripeEmulator;
let server: TestServer;
let token: string;
let ws: Client;

let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, emulator, close } = await startEmulatedServer(
    { STRIPE_RATE_LIMIT: '400' },
    { asyncPaymentDelayMs: 3_600_000 }, // a bank payment stays on its way for the whole test
  ));
  await server.services.campaigns.start();
  token = await server.login();
  ws = wsClient(server, { token });
}, 60_000);
afterAll(async () => {
  await ws?.dispose();
  await close?.();
});

const gql = (query: string, variables: Record<string, unknown> = {}) => server.gql(query, variables, token);
const COUNTS = 'counts { total pending sent failed paid unpaid }';
const readCampaign = async (id: string) =>
  ok(await gql(`query($id: ID!) { campaign(id: $id) { id name done ${COUNTS} } }`, { id }))['campaign'];

async function untilDone(id: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const campaign = await readCampaign(id);
    if (campaign.done || Date.now() > deadline) return campaign;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** `count` quoted requests, made through the service (the GraphQL path is tested elsewhere). */
async function quotedRequests(count: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const em = server.orm.em.fork();
    const request = await server.services.serviceRequests.create(
      em,
      { customerName: `${prefix} ${i}`, customerEmail: `${prefix}-${i}@example.com`, description: 'Tournament fee' },
      ChangeSource.ADMIN,
    );
    await server.services.serviceRequests.quote(
      server.orm.em.fork(),
      { id: request.id, amount: 2_500, saveCard: false },
      ChangeSource.ADMIN,
    );
    ids.push(request.id);
  }
  return ids;
}

const mailsByRequest = async (kind: string) => {
  const rows = await server.orm.em
    .fork()
    .getConnection()
    .execute<{ request: string; n: number }[]>(
      `select service_request_id as request, count(*)::int as n from outbox_message where kind = ? group by 1`,
      [kind],
    );
  return new Map(rows.map((r) => [r.request, r.n]));
};

describe('a campaign over selected requests', () => {
  it('sends 500 links in the background, each mailed once, with live progress', async () => {
    const ids = await quotedRequests(500, 'fee');
    const created = ok(
      await gql(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id name ${COUNTS} } }`, {
        input: { name: 'Tournament 2027', requestIds: ids },
      }),
    )['createCampaign'];
    expect(created.counts.total).toBe(ids.length);
    const progress = subscribe(ws, `subscription($id: ID!) { campaignProgress(id: $id) { id ${COUNTS} } }`, {
      id: created.id,
    });
    const done = await untilDone(created.id, 240_000);
    expect(done.counts).toEqual({
      total: ids.length,
      pending: 0,
      sent: ids.length,
      failed: 0,
      paid: 0,
      unpaid: ids.length,
    });
    await progress.next(2, 5_000);
    expect(progress.errors).toEqual([]);
    expect(progress.received.length).toBeGreaterThan(1);
    const sentSeen = progress.received.map((m) => m.data.campaignProgress.counts.sent as number);
    expect(sentSeen.at(-1)).toBeGreaterThan(sentSeen[0] as number);

    const mails = await mailsByRequest('PAYMENT_LINK');
    expect(ids.every((id) => mails.get(id) === 1)).toBe(true);
    const statuses = await server.orm.em
      .fork()
      .getConnection()
      .execute<{ status: string; n: number }[]>(
        `select status, count(*)::int as n from service_request where id = any(?::uuid[]) group by 1`,
        [`{${ids.join(',')}}`],
      );
    expect(statuses).toEqual([{ status: 'AWAITING_PAYMENT', n: 500 }]);
    const listed = ok(await gql(`{ campaigns(first: 10) { totalCount edges { node { id } } } }`))['campaigns'];
    expect(listed.edges.map((e: any) => e.node.id)).toContain(created.id);
  }, 400_000);

  it('a row worked twice at once (a retried or resumed job) is mailed once', async () => {
    const [id] = await quotedRequests(1, 'twice');
    const em = server.orm.em.fork();
    const campaign = em.create(Campaign, { name: 'Twice' } as Campaign);
    const row = em.create(CampaignRecipient, { campaign, serviceRequest: id } as unknown as CampaignRecipient);
    await em.persistAndFlush([campaign, row]);
    const tries = await Promise.allSettled([1, 2, 3].map(() => server.services.campaigns.send(row.id, false)));
    // A try that met another's Stripe call in flight fails as retryable; its retry finds the row sent.
    for (const t of tries) if (t.status === 'rejected') await server.services.campaigns.send(row.id, false);
    expect((await mailsByRequest('PAYMENT_LINK')).get(id as string)).toBe(1);
    const fresh = await server.orm.em.fork().findOneOrFail(CampaignRecipient, { id: row.id });
    expect(fresh.state).toBe(RecipientState.SENT);
  });

  it('records a request that is no longer payable as failed and sends nothing for it', async () => {
    const [payable, canceled] = await quotedRequests(2, 'mixed');
    const created = ok(
      await gql(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, {
        input: { name: 'Mixed', requestIds: [payable, canceled] },
      }),
    )['createCampaign'];
    // Canceled after the campaign was made, before its job ran (or while it ran).
    await server.services.serviceRequests.cancel(
      server.orm.em.fork(),
      canceled as string,
      'moved away',
      ChangeSource.ADMIN,
    );
    const done = await untilDone(created.id, 60_000);
    expect(done.counts.total).toBe(2);
    expect(done.counts.sent + done.counts.failed).toBe(2);
    const mails = await mailsByRequest('PAYMENT_LINK');
    expect(mails.get(canceled as string) ?? 0).toBe(done.counts.failed === 1 ? 0 : 1);
  });

  it('progress committed while the live listener was cut off is published once it is back', async () => {
    const [id] = await quotedRequests(1, 'catch-up');
    const created = ok(
      await gql(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, {
        input: { name: 'Catch-up', requestIds: [id] },
      }),
    )['createCampaign'];
    expect((await untilDone(created.id, 60_000)).counts.unpaid).toBe(1);
    const progress = subscribe(ws, `subscription($id: ID!) { campaignProgress(id: $id) { id ${COUNTS} } }`, {
      id: created.id,
    });
    await progress.listening;
    await cutLiveListeners(server);
    ok(await gql(`mutation($id: ID!) { cancel(id: $id, reason: "moved away") { id } }`, { id }));
    expect(await liveListeners(server)).toBe(0); // so no notification can have carried it
    const [message] = await progress.next(1, 10_000);
    expect(progress.errors).toEqual([]);
    expect(message.data.campaignProgress).toEqual({
      id: created.id,
      counts: { total: 1, pending: 0, sent: 1, failed: 0, paid: 0, unpaid: 0 },
    });
  });

  it('refuses bad input and changes nothing', async () => {
    const before = await server.orm.em.fork().count(Campaign, {});
    const unquoted = await createRequest(server, token);
    const create = (input: Record<string, unknown>) =>
      gql(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, { input });
    const notPayable = await create({ name: 'X', requestIds: [unquoted.id] });
    expect(errorCode(notPayable)).toBe('BAD_USER_INPUT');
    expect(notPayable.errors?.[0]?.extensions['field']).toBe('requestIds');
    expect(errorCode(await create({ name: 'X', requestIds: ['00000000-0000-4000-8000-000000000000'] }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await create({ name: 'X' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await create({ name: ' ', requestIds: [unquoted.id] }))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await create({ name: 'X', customers: { search: 'nobody-at-all' }, description: 'x', amount: 500 })),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await create({ name: 'X', customers: {}, description: 'x', amount: 1 }))).toBe('BAD_USER_INPUT');
    expect(await server.orm.em.fork().count(Campaign, {})).toBe(before);
    expect(ok(await gql(`{ campaign(id: "nope") { id } }`))['campaign']).toBeNull();
    expect(errorCode(await gql(`mutation { remindUnpaid(id: "00000000-0000-4000-8000-000000000000") { id } }`))).toBe(
      'NOT_FOUND',
    );
  });
});

describe('a campaign over a filtered customer list', () => {
  it('creates one quoted request per customer, counts who paid, and reminds only the unpaid', async () => {
    for (const n of [1, 2, 3])
      await createRequest(server, token, { customerEmail: `club-${n}@example.com`, customerName: `Club ${n}` });
    const created = ok(
      await gql(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id ${COUNTS} } }`, {
        input: { name: 'Season fee', customers: { search: 'club-' }, description: 'Season fee 2027', amount: 9_000 },
      }),
    )['createCampaign'];
    expect(created.counts.total).toBe(3);
    await untilDone(created.id, 60_000);
    const { recipients } = ok(
      await gql(
        `query($id: ID!) { campaign(id: $id) { recipients { state serviceRequest { id customerEmail payUrl quoteAmount description } } } }`,
        {
          id: created.id,
        },
      ),
    )['campaign'];
    expect(recipients).toHaveLength(3);
    for (const r of recipients)
      expect(r.serviceRequest).toMatchObject({ quoteAmount: 9_000, description: 'Season fee 2027' });

    // One customer pays by card, another by bank (on its way for days).
    const pay = async (request: { payUrl: string }, fields: Record<string, string>) => {
      const toLink = await fetch(`${server.url}${new URL(request.payUrl).pathname}`, { redirect: 'manual' });
      const toSession = await fetch(toLink.headers.get('location') as string, { redirect: 'manual' });
      await payForm(toSession.headers.get('location') as string, fields);
    };
    const [payer, banker, unpaid] = recipients.map((r: any) => r.serviceRequest);
    await pay(payer, { card_number: '4242424242424242' });
    await pay(banker, { payment_method: 'bank_debit', account_number: '000123456789' });
    await webhooksApplied(emulator, server);
    const counted = await readCampaign(created.id);
    expect(counted.counts).toMatchObject({ total: 3, sent: 3, paid: 1, unpaid: 2 });

    ok(await gql(`mutation($id: ID!) { remindUnpaid(id: $id) { id } }`, { id: created.id }));
    const reminders = await mailsByRequest('REMINDER');
    expect(reminders.get(payer.id)).toBeUndefined();
    expect(reminders.get(banker.id)).toBeUndefined(); // its payment is processing
    expect(reminders.get(unpaid.id)).toBe(1);

    // The campaign's reminders and the business's schedule are one mechanism, one a day per quote:
    // four days after the quote, the scheduled run sends nothing today, nor does the campaign again.
    await server.orm.em
      .fork()
      .execute(
        `update quote_reminder set sent_at = sent_at - interval '4 days' where service_request_id = ? and step = 'SENT'`,
        [unpaid.id],
      );
    ok(await gql('mutation { updateBusinessSettings(input: { reminderDays: [3] }) { reminderDays } }'));
    try {
      expect(await server.services.reminders.sendDue()).toBe(0);
      ok(await gql(`mutation($id: ID!) { remindUnpaid(id: $id) { id } }`, { id: created.id }));
      expect((await mailsByRequest('REMINDER')).get(unpaid.id)).toBe(1);
      // The next day, the scheduled step goes.
      expect(await server.services.reminders.sendDue(new Date(Date.now() + 86_400_000 + 60_000))).toBe(1);
      expect((await mailsByRequest('REMINDER')).get(unpaid.id)).toBe(2);
    } finally {
      ok(await gql('mutation { updateBusinessSettings(input: { reminderDays: null }) { reminderDays } }'));
    }
  }, 60_000);

  it('leaves out customers whose stored address the email rule now refuses', async () => {
    for (const n of [1, 2]) await createRequest(server, token, { customerEmail: `flagged-${n}@example.com` });
    await server.orm.em
      .fork()
      .getConnection()
      .execute(
        `update customer set email_problem = 'contains a control character' where email = 'flagged-2@example.com'`,
      );
    const created = ok(
      await gql(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id ${COUNTS} } }`, {
        input: { name: 'Flagged', customers: { search: 'flagged-' }, description: 'x', amount: 9_000 },
      }),
    )['createCampaign'];
    expect(created.counts.total).toBe(1);
    const only = await gql(`mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, {
      input: { name: 'Flagged only', customers: { search: 'flagged-2' }, description: 'x', amount: 9_000 },
    });
    expect(only.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'customers' } });
  });
});
