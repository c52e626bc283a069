import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ServiceRequestAction } from '../engine/lifecycle';
import { createSchema } from '../graphql/schema';
import { SESSION_CHANGED } from '../live/session-sockets';
import { type EmulatedServer, startEmulatedServer } from '../test-support/emulated-server';
import { rootOperations } from '../test-support/operations';
import { sentRequest } from '../test-support/requests';
import { cutLiveListeners, subscribe, wsClient } from '../test-support/subscriptions';
import { errorCode, ok, signedInAdmin, type TestServer } from '../test-support/test-server';
import { AdminRole, mayAct } from './roles';

/**
 * Who may run each operation of the schema: the README's role table, written out again. A new
 * operation fails the matrix until it is given a line here (and a decision in auth/roles.ts).
 */
const EXPECTED: Record<string, 'PUBLIC' | 'STAFF' | 'OWNER'> = {
  // queries
  me: 'PUBLIC',
  serviceRequest: 'STAFF',
  serviceRequests: 'STAFF',
  statusCounts: 'STAFF',
  customer: 'STAFF',
  customers: 'STAFF',
  campaign: 'STAFF',
  campaigns: 'STAFF',
  outbox: 'OWNER',
  paymentsReport: 'OWNER',
  webhookEvents: 'OWNER',
  admins: 'OWNER',
  invitations: 'OWNER',
  auditLog: 'OWNER',
  mySessions: 'STAFF',
  adminSessions: 'OWNER',
  businessSettings: 'STAFF',
  // mutations
  login: 'PUBLIC',
  requestService: 'PUBLIC',
  acceptInvitation: 'PUBLIC',
  requestPasswordReset: 'PUBLIC',
  resetPassword: 'PUBLIC',
  logout: 'STAFF',
  changePassword: 'STAFF',
  endSession: 'STAFF',
  createServiceRequest: 'STAFF',
  quote: 'STAFF',
  extendQuoteValidity: 'STAFF',
  sendPaymentLink: 'STAFF',
  sendBalanceLink: 'STAFF',
  chargeSavedCard: 'STAFF',
  markPaid: 'STAFF',
  schedule: 'STAFF',
  complete: 'STAFF',
  decline: 'STAFF',
  cancel: 'STAFF',
  checkWithStripe: 'STAFF',
  createCampaign: 'STAFF',
  remindUnpaid: 'STAFF',
  refund: 'OWNER',
  submitDisputeEvidence: 'OWNER',
  resolveAttention: 'OWNER',
  rotatePayUrl: 'OWNER',
  syncPayments: 'OWNER',
  replayWebhookEvent: 'OWNER',
  setAdminRole: 'OWNER',
  inviteAdmin: 'OWNER',
  resendInvitation: 'OWNER',
  revokeInvitation: 'OWNER',
  removeAdmin: 'OWNER',
  createPasswordResetLink: 'OWNER',
  updateBusinessSettings: 'OWNER',
  // subscriptions
  serviceRequestChanged: 'STAFF',
  campaignProgress: 'STAFF',
};

let emulated: EmulatedServer;
let server: TestServer;
let owner: string;
let staff: string;
const clients: Client[] = [];

beforeAll(async () => {
  emulated = await startEmulatedServer();
  server = emulated.server;
  owner = await server.login();
  staff = await signedInAdmin(server, 'staff@example.com', AdminRole.STAFF);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await emulated.close();
});

function client(token: string) {
  const c = wsClient(server, { token });
  clients.push(c);
  return c;
}

/** The error code an operation answers `token` with, or 'OK'. Subscriptions run over graphql-ws. */
async function outcome(operation: { kind: string; query: string }, token: string): Promise<string> {
  if (operation.kind !== 'subscription') return errorCode(await server.gql(operation.query, {}, token)) ?? 'OK';
  const sub = subscribe(client(token), operation.query);
  await sub.next(1, 500);
  const [error] = sub.errors as { extensions?: { code?: string } }[][];
  return error?.[0]?.extensions?.code ?? 'OK';
}

describe('the role matrix', () => {
  it('has a line for every operation of the schema, subscriptions included', async () => {
    const names = rootOperations(await createSchema()).map((op) => op.name);
    expect(names.filter((name) => !(name in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each([AdminRole.STAFF, AdminRole.OWNER])('refuses %s exactly what the table keeps from it', async (role) => {
    // A session of its own: the matrix ends it with logout.
    const token =
      role === AdminRole.OWNER ? await server.login() : await signedInAdmin(server, 'matrix@example.com', role);
    // logout last: it ends the session the others run in.
    const operations = rootOperations(await createSchema()).sort(
      (a, b) => Number(a.name === 'logout') - Number(b.name === 'logout'),
    );
    const got: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const operation of operations) {
      const code = await outcome(operation, token);
      got[operation.name] =
        code === 'FORBIDDEN' ? 'FORBIDDEN' : code === 'UNAUTHENTICATED' ? 'UNAUTHENTICATED' : 'RUNS';
      const rule = EXPECTED[operation.name];
      // A public sign-in with the sample's wrong password answers UNAUTHENTICATED: it ran.
      expected[operation.name] =
        rule === 'OWNER' && role === AdminRole.STAFF
          ? 'FORBIDDEN'
          : rule === 'PUBLIC' && got[operation.name] === 'UNAUTHENTICATED'
            ? 'UNAUTHENTICATED'
            : 'RUNS';
    }
    expect(got).toEqual(expected);
  });
});

describe('allowedActions', () => {
  const ACTIONS = 'query($id: ID!) { serviceRequest(id: $id) { allowedActions } }';

  it('lists only what the role may run', async () => {
    const { id } = await sentRequest(server, owner, 5000);
    const asOwner = ok(await server.gql(ACTIONS, { id }, owner))['serviceRequest'].allowedActions;
    const asStaff = ok(await server.gql(ACTIONS, { id }, staff))['serviceRequest'].allowedActions;
    expect(asOwner).toContain('ROTATE_PAY_URL');
    expect(asStaff).toEqual(asOwner.filter((action: string) => action !== 'ROTATE_PAY_URL'));
    expect(mayAct(AdminRole.STAFF, ServiceRequestAction.REFUND)).toBe(false);
    expect(mayAct(AdminRole.STAFF, ServiceRequestAction.RESOLVE_ATTENTION)).toBe(false);
    expect(mayAct(AdminRole.OWNER, ServiceRequestAction.REFUND)).toBe(true);
  });
});

describe('role changes', () => {
  const SET_ROLE = 'mutation($id: ID!, $role: AdminRole!) { setAdminRole(id: $id, role: $role) { id role } }';
  const idOf = async (token: string) => ok(await server.gql('{ me { id } }', {}, token))['me'].id as string;

  it('apply at once to the open sessions and sockets of the admin', async () => {
    const token = await signedInAdmin(server, 'promoted@example.com', AdminRole.STAFF);
    const id = await idOf(token);
    const sub = subscribe(client(token), 'subscription { serviceRequestChanged { status } }');
    await sub.listening;
    expect(errorCode(await server.gql('{ admins { id } }', {}, token))).toBe('FORBIDDEN');
    expect(ok(await server.gql(SET_ROLE, { id, role: 'OWNER' }, owner))['setAdminRole'].role).toBe('OWNER');
    expect(ok(await server.gql('{ admins { id } }', {}, token))['admins'].length).toBeGreaterThan(1);
    // The socket closes to be opened again as an owner (a code graphql-ws clients retry).
    await sub.next(1, 5_000);
    expect((sub.errors[0] as { code?: number }).code).toBe(SESSION_CHANGED);
    ok(await server.gql(SET_ROLE, { id, role: 'STAFF' }, owner));
    expect(errorCode(await server.gql('{ admins { id } }', {}, token))).toBe('FORBIDDEN');
  });

  it('a role changed while the live listener was cut off closes the sockets once it is back', async () => {
    const token = await signedInAdmin(server, 'changed-offline@example.com', AdminRole.STAFF);
    const sub = subscribe(client(token), 'subscription { serviceRequestChanged { status } }');
    await sub.listening;
    await cutLiveListeners(server);
    const id = await idOf(token);
    ok(await server.gql(SET_ROLE, { id, role: 'OWNER' }, owner));
    await sub.next(1, 10_000);
    expect((sub.errors[0] as { code?: number }).code).toBe(SESSION_CHANGED);
    ok(await server.gql(SET_ROLE, { id, role: 'STAFF' }, owner));
  });

  it('refuses to demote the last owner, and one of two owners demoting each other at once', async () => {
    const ownerId = await idOf(owner);
    const refused = await server.gql(SET_ROLE, { id: ownerId, role: 'STAFF' }, owner);
    expect(errorCode(refused)).toBe('CONFLICT');

    const otherId = await idOf(await signedInAdmin(server, 'second-owner@example.com', AdminRole.OWNER));
    // Both at once, past the guard (both are owners when they ask): the owners' rows lock makes one wait.
    const demote = (id: string) =>
      server.services.team.setRole(server.orm.em.fork(), id, AdminRole.STAFF).then(
        () => 'OK',
        (error: { extensions?: { code?: string } }) => String(error.extensions?.code),
      );
    expect((await Promise.all([demote(ownerId), demote(otherId)])).sort()).toEqual(['CONFLICT', 'OK']);
    const [row] = await server.orm.em
      .getConnection()
      .execute<{ owners: number }[]>(`select count(*)::int as owners from admin where role = 'OWNER'`);
    expect(row?.owners).toBe(1);
  });
});
