import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { OutboxMessage } from '../mail/outbox-message.entity';
import { subscribe, wsClient } from '../test-support/subscriptions';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  errorCode,
  ok,
  signedInAdmin,
  signIn,
  startTestServer,
  type TestServer,
} from '../test-support/test-server';
import { Admin } from './admin.entity';
import { PasswordReset } from './password-reset.entity';
import { hashPassword } from './passwords';
import { resetPasswordLink } from './reset-password-cli';
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

const NEW_PASSWORD = 'a brand new and long pass phrase';
const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(current: $c, next: $n) }';
const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { token admin { email } } }';
const tokenOf = (link: string) => new URL(link).pathname.split('/').pop() as string;
const fieldOf = (response: { errors?: { extensions: Record<string, unknown> }[] }) =>
  `${errorCode(response as never)} ${response.errors?.[0]?.extensions['field']}`;
const live = async (token: string) => (await server.gql('{ me { id } }', {}, token)).data?.['me'] !== null;
/** What SMTP would send: the stored text of the newest reset mail to `to`. */
async function mailedLink(to: string): Promise<string> {
  const [mail] = await server.orm.em
    .fork()
    .find(OutboxMessage, { kind: 'PASSWORD_RESET', to }, { orderBy: { createdAt: 'desc' }, limit: 1 });
  return /https?:\/\/\S+\/reset\/\S+/.exec(mail?.text ?? '')?.[0] as string;
}

describe('changing the password', () => {
  it('needs the current one and a good new one; then ends every other session of the admin, sockets too', async () => {
    const email = 'changer@example.com';
    const mine = await signedInAdmin(server, email, AdminRole.STAFF);
    const other = await signIn(server, email, ADMIN_PASSWORD);
    const c = wsClient(server, { token: other });
    clients.push(c);
    const sub = subscribe(c, 'subscription { serviceRequestChanged { status } }');
    await sub.listening;

    expect(fieldOf(await server.gql(CHANGE, { c: 'not it at all, sorry', n: NEW_PASSWORD }, mine))).toBe(
      'BAD_USER_INPUT current',
    );
    for (const weak of ['too short', 'qwerty123456789']) {
      expect(fieldOf(await server.gql(CHANGE, { c: ADMIN_PASSWORD, n: weak }, mine))).toBe('BAD_USER_INPUT next');
    }
    expect(await live(other)).toBe(true);

    expect(ok(await server.gql(CHANGE, { c: ADMIN_PASSWORD, n: NEW_PASSWORD }, mine))['changePassword']).toBe(true);
    expect(await live(mine)).toBe(true);
    expect(await live(other)).toBe(false);
    await sub.next(1, 5_000);
    expect((sub.errors[0] as { code?: number }).code).toBe(4403);
    await expect(signIn(server, email, ADMIN_PASSWORD)).rejects.toThrow(/UNAUTHENTICATED/);
    expect(await signIn(server, email, NEW_PASSWORD)).toBeTruthy();
  });

  it('existing passwords that the new rules would refuse keep working', async () => {
    await server.orm.em.fork().insert(Admin, {
      id: crypto.randomUUID(),
      email: 'old-timer@example.com',
      passwordHash: await hashPassword('short one'),
      role: AdminRole.STAFF,
      createdAt: new Date(),
    } as Admin);
    expect(await signIn(server, 'old-timer@example.com', 'short one')).toBeTruthy();
  });
});

describe('password reset', () => {
  it('answers true for anyone; mails a one-hour, one-time link only to an admin of the team', async () => {
    const email = 'forgetful@example.com';
    const before = await signedInAdmin(server, email, AdminRole.STAFF);
    const mails = () => server.orm.em.fork().count(OutboxMessage, { kind: 'PASSWORD_RESET' });
    const resets = () => server.orm.em.fork().count(PasswordReset);
    const [mailsBefore, resetsBefore] = [await mails(), await resets()];

    expect(ok(await server.gql(REQUEST, { e: 'nobody@example.com' }))['requestPasswordReset']).toBe(true);
    expect([await mails(), await resets()]).toEqual([mailsBefore, resetsBefore]);
    expect(ok(await server.gql(REQUEST, { e: 'Forgetful@Example.com' }))['requestPasswordReset']).toBe(true);
    expect([await mails(), await resets()]).toEqual([mailsBefore + 1, resetsBefore + 1]);

    // The owner sees the mail in the outbox, without its token; SMTP sends the link.
    const outbox = ok(await server.gql('{ outbox(first: 5) { edges { node { kind to text } } } }', {}, owner));
    const shown = outbox['outbox'].edges.map((e: any) => e.node).find((m: any) => m.kind === 'PASSWORD_RESET');
    expect(shown.to).toBe(email);
    expect(shown.text).toContain('/reset/[token]');
    const link = await mailedLink(email);
    expect(link).toMatch(new RegExp(`^${server.settings.PUBLIC_BASE_URL}/reset/[A-Za-z0-9_-]{43}$`));
    expect(shown.text).not.toContain(tokenOf(link));

    expect(fieldOf(await server.gql(RESET, { t: tokenOf(link), p: 'too short' }))).toBe('BAD_USER_INPUT password');
    const reset = ok(await server.gql(RESET, { t: tokenOf(link), p: NEW_PASSWORD }))['resetPassword'];
    expect(reset.admin.email).toBe(email);
    expect(await live(reset.token)).toBe(true);
    expect(await live(before)).toBe(false); // whoever had the old password is out
    expect(await signIn(server, email, NEW_PASSWORD)).toBeTruthy();
    // One-time.
    expect(fieldOf(await server.gql(RESET, { t: tokenOf(link), p: 'yet another long pass phrase' }))).toBe(
      'BAD_USER_INPUT token',
    );
  });

  it('refuses expired and tampered links before looking at the password, changing nothing', async () => {
    const email = 'expired@example.com';
    await signedInAdmin(server, email, AdminRole.STAFF);
    ok(await server.gql(REQUEST, { e: email }));
    const link = await mailedLink(email);
    const hashBefore = (await server.orm.em.fork().findOneOrFail(Admin, { email })).passwordHash;
    const tampered = tokenOf(link).slice(0, -1) + (link.endsWith('A') ? 'B' : 'A');
    expect(fieldOf(await server.gql(RESET, { t: tampered, p: 'short' }))).toBe('BAD_USER_INPUT token');
    await server.orm.em.fork().nativeUpdate(PasswordReset, { usedAt: null }, { expiresAt: new Date(Date.now() - 1) });
    expect(fieldOf(await server.gql(RESET, { t: tokenOf(link), p: NEW_PASSWORD }))).toBe('BAD_USER_INPUT token');
    expect((await server.orm.em.fork().findOneOrFail(Admin, { email })).passwordHash).toBe(hashBefore);
  });

  it('sends nothing for a removed admin', async () => {
    const staff = await signedInAdmin(server, 'gone@example.com', AdminRole.STAFF);
    const id = ok(await server.gql('{ me { id } }', {}, staff))['me'].id;
    ok(await server.gql('mutation($id: ID!) { removeAdmin(id: $id) }', { id }, owner));
    const resets = await server.orm.em.fork().count(PasswordReset);
    expect(ok(await server.gql(REQUEST, { e: 'gone@example.com' }))['requestPasswordReset']).toBe(true);
    expect(await server.orm.em.fork().count(PasswordReset)).toBe(resets);
  });

  it('an owner makes a reset link for a staff member, to hand over', async () => {
    const staff = await signedInAdmin(server, 'handed@example.com', AdminRole.STAFF);
    const id = ok(await server.gql('{ me { id } }', {}, staff))['me'].id;
    const link = ok(await server.gql('mutation($id: ID!) { createPasswordResetLink(id: $id) }', { id }, owner))[
      'createPasswordResetLink'
    ];
    ok(await server.gql(RESET, { t: tokenOf(link), p: NEW_PASSWORD }));
    expect(await signIn(server, 'handed@example.com', NEW_PASSWORD)).toBeTruthy();
  });

  it('the last owner resets theirs on the server: admin:reset-password prints a link', async () => {
    const env = {
      DATABASE_URL: server.settings.DATABASE_URL as string,
      PUBLIC_BASE_URL: server.settings.PUBLIC_BASE_URL,
    };
    await expect(resetPasswordLink('nobody@example.com', env)).rejects.toThrow(/no admin on the team/);
    const link = await resetPasswordLink(ADMIN_EMAIL.toUpperCase(), env);
    ok(await server.gql(RESET, { t: tokenOf(link), p: NEW_PASSWORD }));
    expect(await signIn(server, ADMIN_EMAIL, NEW_PASSWORD)).toBeTruthy();
  });

  it('limits requests and resets per client address', async () => {
    const attempt = (i: number) =>
      (i % 2 === 0
        ? server.services.account.requestReset(server.orm.em.fork(), 'x@example.com', '198.51.100.9')
        : server.services.account.reset(server.orm.em.fork(), 'wrong', NEW_PASSWORD, { address: '198.51.100.9' })
      ).then(
        () => 'OK',
        (error: { extensions?: { code?: string; limit?: string } }) =>
          [error.extensions?.code, error.extensions?.limit].filter(Boolean).join(' '),
      );
    const codes = [];
    for (let i = 0; i < 21; i++) codes.push(await attempt(i));
    expect(codes.filter((code) => code.startsWith('RATE_LIMITED'))).toEqual(['RATE_LIMITED account-links']);
    expect(codes[20]).toBe('RATE_LIMITED account-links');
  });
});

describe('sessions', () => {
  const SESSIONS = '{ mySessions { id device address current lastSeenAt } }';
  const END = 'mutation($id: ID!) { endSession(id: $id) }';
  const mySessions = async (token: string) => ok(await server.gql(SESSIONS, {}, token))['mySessions'] as any[];
  const withAgent = (token: string, agent: string) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'user-agent': agent },
      body: JSON.stringify({ query: SESSIONS }),
    }).then(async (response) => ((await response.json()) as any).data.mySessions as any[]);

  it('lists your live sessions with device, address and last seen, written at most once a minute', async () => {
    const email = 'seen@example.com';
    const first = await signedInAdmin(server, email, AdminRole.STAFF);
    const second = await signIn(server, email, ADMIN_PASSWORD);
    await signedInAdmin(server, 'someone-else@example.com', AdminRole.STAFF);
    const listed = await mySessions(first);
    expect(listed).toHaveLength(2);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect(listed.every((s) => s.address === '127.0.0.1')).toBe(true);

    const secondId = listed.find((s) => !s.current).id;
    const seen = async () => (await mySessions(first)).find((s) => s.id === secondId).lastSeenAt as string;
    const before = await seen();
    await withAgent(second, 'Phone Browser/1.0');
    expect(await seen()).toBe(before); // within the minute: not written
    await server.orm.em
      .getConnection()
      .execute(`update admin_session set last_seen_at = now() - interval '2 minutes' where id = ?`, [secondId]);
    await withAgent(second, 'Phone Browser/1.0');
    const after = (await mySessions(first)).find((s) => s.id === secondId);
    expect(new Date(after.lastSeenAt).getTime()).toBeGreaterThan(Date.now() - 10_000);
    expect(after.device).toBe('Phone Browser/1.0');
  });

  it('ends your own session at once; anyone else’s only as an owner', async () => {
    const email = 'ender@example.com';
    const mine = await signedInAdmin(server, email, AdminRole.STAFF);
    const other = await signIn(server, email, ADMIN_PASSWORD);
    const otherId = (await mySessions(mine)).find((s) => !s.current).id;
    // The owner's password was reset above (admin:reset-password), which ended their sessions.
    const owner = await signIn(server, ADMIN_EMAIL, NEW_PASSWORD);
    const ownersSession = (await mySessions(owner)).find((s) => s.current).id;

    expect(errorCode(await server.gql(END, { id: ownersSession }, mine))).toBe('FORBIDDEN');
    expect(await live(owner)).toBe(true);
    expect(ok(await server.gql(END, { id: otherId }, mine))['endSession']).toBe(true);
    expect(await live(other)).toBe(false);
    expect(await live(mine)).toBe(true);

    // An owner sees and ends a colleague's.
    const id = ok(await server.gql('{ me { id } }', {}, mine))['me'].id;
    const theirs = ok(await server.gql('query($id: ID!) { adminSessions(adminId: $id) { id } }', { id }, owner))[
      'adminSessions'
    ];
    expect(theirs).toHaveLength(1);
    expect(ok(await server.gql(END, { id: theirs[0].id }, owner))['endSession']).toBe(true);
    expect(await live(mine)).toBe(false);
  });
});
