import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm } from '@service-desk/stripe-emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { checkoutPage, createRequest, sentRequest } from '../test-support/requests';
import { settled } from '../test-support/stripe-events';
import { ADMIN_EMAIL, errorCode, ok, type TestServer } from '../test-support/test-server';
import { pruneAuditLog } from './audit';

let emulator: StripeEmulator;
let server: TestServer;
let close: () => Promise<void>;
let owner: string;
let staff: string;
let staffId: string;
const STAFF_NAME = 'Sam Staff';
const PASSWORD = 'a long and unusual pass phrase';

beforeAll(async () => {
  ({ server, emulator, close } = await startEmulatedServer());
  await server.services.campaigns.start();
  owner = await server.login();
  // A named colleague, the way an owner adds one.
  const { link } = ok(
    await server.gql('mutation { inviteAdmin(email: "sam@example.com", role: STAFF) { link } }', {}, owner),
  )['inviteAdmin'];
  const joined = ok(
    await server.gql(
      'mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, name: $n, password: $p) { token admin { id } } }',
      { t: new URL(link).pathname.split('/').pop(), n: STAFF_NAME, p: PASSWORD },
    ),
  )['acceptInvitation'];
  staff = joined.token;
  staffId = joined.admin.id;
});
afterAll(() => close?.());

const TIMELINE = 'query($id: ID!) { serviceRequest(id: $id) { timeline { kind to source actor } } }';
const timeline = async (id: string) =>
  ok(await server.gql(TIMELINE, { id }, owner))['serviceRequest'].timeline as {
    kind: string;
    to: string | null;
    source: string;
    actor: string;
  }[];
const LOG = `query($kind: String, $actorId: ID, $first: Int, $after: String) {
  auditLog(kind: $kind, actorId: $actorId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { kind actor actorId address target detail count } } } }`;
const log = async (variables: Record<string, unknown> = {}) =>
  ok(await server.gql(LOG, variables, owner))['auditLog'] as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: Record<string, any> }[];
  };

async function pay(payUrl: string) {
  expect((await payForm(await checkoutPage(server, payUrl), { card_number: '4242424242424242' })).status).toBe(303);
}

describe('the timeline names who did it', () => {
  it('an admin (by name, else email), the customer, Stripe and reconciliation', async () => {
    const receipt = ok(
      await server.gql(
        'mutation { requestService(input: { customerName: "Cy", customerEmail: "cy@example.com", description: "Fix the gate" }) { id } }',
      ),
    )['requestService'];
    ok(await server.gql('mutation($id: ID!) { quote(id: $id, amount: 5000) { id } }', { id: receipt.id }, staff));
    const { payUrl } = ok(
      await server.gql('mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }', { id: receipt.id }, owner),
    )['sendPaymentLink'];
    await pay(payUrl);
    await webhooksApplied(emulator, server);
    const entries = await timeline(receipt.id);
    expect(entries.find((e) => e.kind === 'CREATED')?.actor).toBe('customer');
    expect(entries.find((e) => e.kind === 'QUOTED')?.actor).toBe(STAFF_NAME);
    expect(entries.find((e) => e.kind === 'LINK_SENT')?.actor).toBe(ADMIN_EMAIL); // the owner has no name
    expect(entries.find((e) => e.kind === 'PAYMENT_RECEIVED')).toMatchObject({ source: 'WEBHOOK', actor: 'Stripe' });

    // A payment whose webhook never came, found by asking Stripe.
    const missed = await sentRequest(server, owner, 6000);
    emulator.pauseWebhooks();
    try {
      await pay(missed.payUrl);
      ok(await server.gql('mutation($id: ID!) { checkWithStripe(id: $id) { id } }', { id: missed.id }, staff));
    } finally {
      emulator.resumeWebhooks();
    }
    await webhooksApplied(emulator, server);
    expect((await timeline(missed.id)).find((e) => e.kind === 'PAYMENT_RECEIVED')).toMatchObject({
      source: 'SYNC',
      actor: 'reconciliation',
    });
  });

  it("a campaign's jobs name the admin who started it", async () => {
    const { id } = await createRequest(server, owner);
    ok(await server.gql('mutation($id: ID!) { quote(id: $id, amount: 4000) { id } }', { id }, owner));
    const campaign = ok(
      await server.gql(
        'mutation($ids: [ID!]) { createCampaign(input: { name: "Spring", requestIds: $ids }) { id startedBy } }',
        { ids: [id] },
        staff,
      ),
    )['createCampaign'];
    expect(campaign.startedBy).toBe(STAFF_NAME);
    for (let i = 0; i < 100 && !(await timeline(id)).some((e) => e.kind === 'LINK_SENT'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await settled(server);
    expect((await timeline(id)).find((e) => e.kind === 'LINK_SENT')).toMatchObject({
      source: 'SYSTEM',
      actor: STAFF_NAME,
    });
  });
});

describe('the audit log', () => {
  it('records sign-ins, and failures once per account, address and minute with a count', async () => {
    await server.login();
    for (let i = 0; i < 3; i++) {
      const failed = await server.gql(
        'mutation($e: String!) { login(email: $e, password: "not the password at all") { token } }',
        { e: ADMIN_EMAIL },
      );
      expect(errorCode(failed)).toBe('UNAUTHENTICATED');
    }
    const failures = await log({ kind: 'SIGN_IN_FAILED' });
    expect(failures.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ actor: 'someone', target: ADMIN_EMAIL, address: '127.0.0.1', count: 3 }),
    ]);
    const signIns = await log({ kind: 'SIGN_IN' });
    expect(signIns.edges[0]?.node).toMatchObject({ actor: ADMIN_EMAIL, address: '127.0.0.1', count: 1 });
  });

  it('records team changes, passwords, refunds, manual payments, pay URL rotations and webhook replays, with actor and target', async () => {
    const ownerId = ok(await server.gql('{ me { id } }', {}, owner))['me'].id;
    ok(await server.gql('mutation($id: ID!) { setAdminRole(id: $id, role: OWNER) { id } }', { id: staffId }, owner));
    ok(await server.gql('mutation($id: ID!) { setAdminRole(id: $id, role: STAFF) { id } }', { id: staffId }, owner));
    const paid = await sentRequest(server, owner, 7000);
    await pay(paid.payUrl);
    await webhooksApplied(emulator, server);
    ok(await server.gql('mutation($id: ID!) { refund(id: $id, amount: 1000) { id } }', { id: paid.id }, owner));
    const cash = await createRequest(server, staff);
    ok(await server.gql('mutation($id: ID!) { quote(id: $id, amount: 3000) { id } }', { id: cash.id }, staff));
    ok(await server.gql('mutation($id: ID!) { markPaid(id: $id) { id } }', { id: cash.id }, staff));
    const rotated = await sentRequest(server, owner, 2000);
    ok(await server.gql('mutation($id: ID!) { rotatePayUrl(id: $id) { id } }', { id: rotated.id }, owner));
    const event = ok(await server.gql('{ webhookEvents(first: 1) { edges { node { id } } } }', {}, owner))[
      'webhookEvents'
    ].edges[0].node.id;
    ok(await server.gql('mutation($id: ID!) { replayWebhookEvent(id: $id) }', { id: event }, owner));
    ok(
      await server.gql(
        'mutation($c: String!, $n: String!) { changePassword(current: $c, next: $n) }',
        { c: PASSWORD, n: 'another long and unusual phrase' },
        staff,
      ),
    );

    const nodes = (await log({ first: 100 })).edges.map((e) => e.node);
    const find = (kind: string) => nodes.filter((n) => n.kind === kind);
    expect(find('INVITED')[0]).toMatchObject({ actor: ADMIN_EMAIL, actorId: ownerId, target: 'sam@example.com' });
    expect(find('INVITATION_ACCEPTED')[0]).toMatchObject({ actor: STAFF_NAME, actorId: staffId });
    expect(find('ROLE_CHANGED').map((n) => n.detail)).toEqual(['{"role":"STAFF"}', '{"role":"OWNER"}']);
    expect(find('ROLE_CHANGED')[0]).toMatchObject({ actor: ADMIN_EMAIL, target: staffId, address: '127.0.0.1' });
    expect(find('REFUND')[0]).toMatchObject({ actor: ADMIN_EMAIL, target: paid.id, detail: '{"amount":1000}' });
    expect(find('MANUAL_PAYMENT')[0]).toMatchObject({ actor: STAFF_NAME, target: cash.id });
    expect(find('PAY_URL_ROTATED')[0]).toMatchObject({ actor: ADMIN_EMAIL, target: rotated.id });
    expect(find('WEBHOOK_REPLAYED')[0]).toMatchObject({ actor: ADMIN_EMAIL, target: event });
    expect(find('PASSWORD_CHANGED')[0]).toMatchObject({ actor: STAFF_NAME, actorId: staffId });
    // Nothing secret in any of it.
    expect(JSON.stringify(nodes)).not.toContain('unusual');

    // Filtered by actor, and paged by keyset.
    const byStaff = await log({ actorId: staffId, first: 100 });
    expect(new Set(byStaff.edges.map((e) => e.node.actor))).toEqual(new Set([STAFF_NAME]));
    const first = await log({ first: 2 });
    const second = await log({ first: 2, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.edges).toHaveLength(2);
    expect(second.edges[0]).not.toEqual(first.edges[0]);
    expect(first.totalCount).toBe(nodes.length);
  });

  it('drops events past the retention', async () => {
    const before = (await log()).totalCount;
    await server.orm.em
      .getConnection()
      .execute(
        `insert into audit_event (id, at, kind, actor, count) values (gen_random_uuid(), now() - interval '400 days', 'SIGN_IN', 'old', 1)`,
      );
    expect((await log()).totalCount).toBe(before + 1);
    expect(await pruneAuditLog(server.orm.em.fork(), 365 * 86_400_000)).toBe(1);
    expect((await log()).totalCount).toBe(before);
  });
});
