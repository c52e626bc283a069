import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { OutboxMessage } from '../mail/outbox-message.entity';
import { subscribe, wsClient } from '../test-support/subscriptions';
import {
  ADMIN_PASSWORD,
  errorCode,
  ok,
  signedInAdmin,
  signIn,
  startTestServer,
  type TestServer,
} from '../test-support/test-server';
import { Admin } from './admin.entity';
import { Invitation } from './invitation.entity';
import { AdminRole } from './roles';

let server: TestServer;
let owner: string;
const clients: Client[] = [];

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.login();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await server.close();
});

const NEW_PASSWORD = 'a long and unusual pass phrase';
const INVITE =
  'mutation($e: String!, $r: AdminRole!) { inviteAdmin(email: $e, role: $r) { id email role link expiresAt invitedBy { email } } }';
const ACCEPT =
  'mutation($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, name: $n, password: $p) { token admin { email name role } } }';

async function invite(email: string, role = 'STAFF') {
  return ok(await server.gql(INVITE, { e: email, r: role }, owner))['inviteAdmin'] as {
    id: string;
    link: string;
    expiresAt: string;
  };
}
const tokenOf = (link: string) => new URL(link).pathname.split('/').pop() as string;
const accept = (token: string, name = 'Sam Staff', password = NEW_PASSWORD) =>
  server.gql(ACCEPT, { t: token, n: name, p: password });
const idOf = async (token: string) => ok(await server.gql('{ me { id } }', {}, token))['me'].id as string;
const counts = async () => ({
  admins: await server.orm.em.fork().count(Admin),
  open: await server.orm.em.fork().count(Invitation, { acceptedAt: null, revokedAt: null }),
});

describe('invitations', () => {
  it('an owner invites; the invitee follows the mailed link once, chooses a name and a password, and signs in as staff', async () => {
    const invitation = await invite('Sam@Example.com');
    expect(invitation.link).toMatch(new RegExp(`^${server.settings.PUBLIC_BASE_URL}/invite/[A-Za-z0-9_-]{43}$`));
    expect(new Date(invitation.expiresAt).getTime() - Date.now()).toBeGreaterThan(7 * 24 * 3600_000 - 60_000);
    expect(ok(await server.gql('{ invitations { email role } }', {}, owner))['invitations']).toContainEqual({
      email: 'sam@example.com',
      role: 'STAFF',
    });

    // The mail as the owner reads it in the outbox: to the invitee, its link's token hidden.
    const outbox = ok(await server.gql('{ outbox(first: 10) { edges { node { kind to text } } } }', {}, owner));
    const mail = outbox['outbox'].edges.map((e: any) => e.node).find((m: any) => m.kind === 'INVITATION');
    expect(mail.to).toBe('sam@example.com');
    expect(mail.text).toContain(`${server.settings.PUBLIC_BASE_URL}/invite/[token]`);
    expect(mail.text).not.toContain(tokenOf(invitation.link));
    // What SMTP sends carries the very link the owner can copy.
    const sent = await server.orm.em.fork().findOneOrFail(OutboxMessage, { kind: 'INVITATION', to: 'sam@example.com' });
    expect(sent.text).toContain(invitation.link);

    const joined = ok(await accept(tokenOf(invitation.link)))['acceptInvitation'];
    expect(joined.admin).toEqual({ email: 'sam@example.com', name: 'Sam Staff', role: 'STAFF' });
    expect(ok(await server.gql('{ me { email } }', {}, joined.token))['me'].email).toBe('sam@example.com');
    expect(await signIn(server, 'sam@example.com', NEW_PASSWORD)).toBeTruthy();
    expect(ok(await server.gql('{ invitations { email } }', {}, owner))['invitations']).not.toContainEqual({
      email: 'sam@example.com',
    });
    // Once only.
    const again = await accept(tokenOf(invitation.link), 'Someone Else');
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions['field']).toBe('token');
  });

  it('refuses an invalid email and an admin already on the team, changing nothing', async () => {
    const before = await counts();
    for (const email of ['not an email', 'a@b', 'x\r\nBcc: y@example.com']) {
      const refused = await server.gql(INVITE, { e: email, r: 'STAFF' }, owner);
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await server.gql(INVITE, { e: 'OWNER@example.com', r: 'STAFF' }, owner))).toBe('CONFLICT');
    expect(await counts()).toEqual(before);
  });

  it('refuses expired, revoked, replaced and tampered links, and weak passwords, changing nothing', async () => {
    const expired = await invite('late@example.com');
    await server.orm.em.fork().nativeUpdate(Invitation, { id: expired.id }, { expiresAt: new Date(Date.now() - 1000) });
    const revoked = await invite('revoked@example.com');
    ok(await server.gql('mutation($id: ID!) { revokeInvitation(id: $id) }', { id: revoked.id }, owner));
    const replaced = await invite('twice@example.com');
    const current = await invite('twice@example.com');
    const weak = await invite('weak@example.com');
    const before = await counts();

    const tokens = [expired.link, revoked.link, replaced.link].map(tokenOf);
    const tampered = tokenOf(current.link).slice(0, -1) + (current.link.endsWith('A') ? 'B' : 'A');
    for (const token of [...tokens, tampered, 'x']) {
      const refused = await accept(token);
      expect(`${errorCode(refused)} ${refused.errors?.[0]?.extensions['field']}`).toBe('BAD_USER_INPUT token');
    }
    // A wrong token is refused before the password is looked at (no hashing for it).
    const wrongAndWeak = await accept('wrong', 'Sam', 'short');
    expect(wrongAndWeak.errors?.[0]?.extensions['field']).toBe('token');
    for (const [name, password, field] of [
      ['Wes', 'fourteen chars', 'password'],
      ['Wes', 'qwerty123456789', 'password'], // among the 100,000 most common
      ['Wes', 'x'.repeat(257), 'password'],
      ['', NEW_PASSWORD, 'name'],
      ['Wes\u0007', NEW_PASSWORD, 'name'],
    ] as const) {
      const refused = await accept(tokenOf(weak.link), name, password);
      expect(`${errorCode(refused)} ${refused.errors?.[0]?.extensions['field']}`).toBe(`BAD_USER_INPUT ${field}`);
    }
    expect(await counts()).toEqual(before);
    // The links still open work.
    ok(await accept(tokenOf(weak.link), 'Wes', NEW_PASSWORD));
    ok(await accept(tokenOf(current.link), 'Tess', NEW_PASSWORD));
  });

  it('resend gives a fresh link; the old one stops working', async () => {
    const first = await invite('resent@example.com');
    const fresh = ok(
      await server.gql('mutation($id: ID!) { resendInvitation(id: $id) { id link } }', { id: first.id }, owner),
    )['resendInvitation'];
    expect(fresh.id).toBe(first.id);
    expect(fresh.link).not.toBe(first.link);
    expect(errorCode(await accept(tokenOf(first.link)))).toBe('BAD_USER_INPUT');
    ok(await accept(tokenOf(fresh.link), 'Rae'));
  });

  it('limits the public account links per client address', async () => {
    const attempt = () =>
      server.services.team
        .accept(server.orm.em.fork(), 'wrong', 'Name', NEW_PASSWORD, { address: '198.51.100.77' })
        .then(
          () => 'OK',
          (error: { extensions?: { code?: string; limit?: string } }) =>
            [error.extensions?.code, error.extensions?.limit].filter(Boolean).join(' '),
        );
    const codes = [];
    for (let i = 0; i < 21; i++) codes.push(await attempt());
    expect(codes.slice(0, 20).every((code) => code === 'BAD_USER_INPUT')).toBe(true);
    expect(codes[20]).toBe('RATE_LIMITED account-links');
  });

  it('a staff member cannot read the outbox, where the tokens travel', async () => {
    const staff = await signedInAdmin(server, 'reader@example.com', AdminRole.STAFF);
    expect(errorCode(await server.gql('{ outbox { edges { node { text } } } }', {}, staff))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql('{ invitations { link } }', {}, staff))).toBe('FORBIDDEN');
  });
});

describe('the mails to admins', () => {
  it('name the business as saved in its settings (as customer mails do), not BUSINESS_NAME', async () => {
    const rename = (name: string | null) =>
      server.gql('mutation($n: String) { updateBusinessSettings(input: { name: $n }) { name } }', { n: name }, owner);
    ok(await rename('Fern & Co'));
    try {
      await invite('named@example.com');
      await signedInAdmin(server, 'renamed@example.com', AdminRole.STAFF);
      await server.services.account.requestReset(server.orm.em.fork(), 'renamed@example.com', '198.51.100.78');
      const mails = await server.orm.em
        .fork()
        .find(
          OutboxMessage,
          { to: { $in: ['named@example.com', 'renamed@example.com'] } },
          { orderBy: { kind: 'asc' } },
        );
      expect(mails.map((m) => m.kind)).toEqual(['INVITATION', 'PASSWORD_RESET']);
      expect(mails[0]?.subject).toMatch(/^Fern & Co: .+ invites you to the back office$/);
      expect(mails[1]?.subject).toBe('Fern & Co: reset your password');
      for (const mail of mails) {
        expect(mail.text).toContain("Fern & Co's back office");
        expect(mail.text).not.toContain(server.settings.BUSINESS_NAME as string);
      }
    } finally {
      ok(await rename(null));
    }
  });
});

describe('removing an admin', () => {
  it('ends their sessions and subscriptions at once; they stay listed and cannot sign in', async () => {
    const staff = await signedInAdmin(server, 'leaver@example.com', AdminRole.STAFF);
    const id = await idOf(staff);
    const c = wsClient(server, { token: staff });
    clients.push(c);
    const sub = subscribe(c, 'subscription { serviceRequestChanged { status } }');
    await sub.listening;

    expect(ok(await server.gql('mutation($id: ID!) { removeAdmin(id: $id) }', { id }, owner))['removeAdmin']).toBe(
      true,
    );
    await sub.next(1, 5_000);
    expect((sub.errors[0] as { code?: number }).code).toBe(4403);
    expect(errorCode(await server.gql('{ me { id } }', {}, staff))).toBeUndefined(); // me is public: null
    expect(ok(await server.gql('{ me { id } }', {}, staff))['me']).toBeNull();
    expect(errorCode(await server.gql('{ serviceRequests { totalCount } }', {}, staff))).toBe('UNAUTHENTICATED');
    const login = await server.gql(
      'mutation($p: String!) { login(email: "leaver@example.com", password: $p) { token } }',
      {
        p: ADMIN_PASSWORD,
      },
    );
    expect(errorCode(login)).toBe('UNAUTHENTICATED');
    const admins = ok(await server.gql('{ admins { email removedAt } }', {}, owner))['admins'];
    expect(admins.find((a: any) => a.email === 'leaver@example.com').removedAt).toBeTruthy();
    // Nor can the address be invited back into the kept account.
    expect(errorCode(await server.gql(INVITE, { e: 'leaver@example.com', r: 'STAFF' }, owner))).toBe('CONFLICT');
  });

  it('refuses to remove the last owner', async () => {
    const refused = await server.gql('mutation($id: ID!) { removeAdmin(id: $id) }', { id: await idOf(owner) }, owner);
    expect(errorCode(refused)).toBe('CONFLICT');
  });

  it('after a restart with ADMIN_EMAIL naming a removed admin, their password and sessions still fail', async () => {
    const other = await signedInAdmin(server, 'next-owner@example.com', AdminRole.OWNER);
    const oldSession = await server.login();
    ok(await server.gql('mutation($id: ID!) { removeAdmin(id: $id) }', { id: await idOf(owner) }, other));
    // Same database, and the bootstrap's ADMIN_EMAIL/ADMIN_PASSWORD are the removed owner's.
    const restarted = await startTestServer({ DATABASE_URL: server.settings.DATABASE_URL as string });
    try {
      await expect(restarted.login()).rejects.toThrow(/UNAUTHENTICATED/);
      expect(errorCode(await restarted.gql('{ serviceRequests { totalCount } }', {}, oldSession))).toBe(
        'UNAUTHENTICATED',
      );
      expect(await restarted.orm.em.fork().count(Admin, { email: 'owner@example.com', removedAt: null })).toBe(0);
    } finally {
      await restarted.close();
    }
  });
});
