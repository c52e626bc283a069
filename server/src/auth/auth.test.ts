import type { GraphQLSchema } from 'graphql';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { createSchema } from '../graphql/schema';
import { sharedSecret } from '../system/app-secrets';
import { rootOperations } from '../test-support/operations';
import {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  errorCode,
  ok,
  startTestServer,
  type TestServer,
} from '../test-support/test-server';
import { AdminSession } from './admin-session.entity';
import { Admin } from './admin.entity';
import { bootstrapAdmin, revokeSessions, SESSIONS_REVOKED_CHANNEL } from './auth.service';
import { loginDelayMs, MAX_LOGIN_DELAY_MS } from './rate-limits';
import { SESSION_COOKIE } from './session-cookie';

let server: TestServer;
let schema: GraphQLSchema;

beforeAll(async () => {
  server = await startTestServer();
  schema = await createSchema();
});
afterAll(() => server.close());

const PUBLIC_OPERATIONS = new Set([
  'login',
  'requestService',
  'me',
  'acceptInvitation',
  'requestPasswordReset',
  'resetPassword',
]);

/** Every query and mutation of the schema but the public ones. */
const adminOperations = () =>
  rootOperations(schema).filter((op) => op.kind !== 'subscription' && !PUBLIC_OPERATIONS.has(op.name));

async function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('signing in', () => {
  it('returns a bearer token and sets an httpOnly, SameSite=Strict session cookie', async () => {
    const response = await post({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token admin { email } } }',
      variables: { e: ADMIN_EMAIL.toUpperCase(), p: ADMIN_PASSWORD },
    });
    const body = (await response.json()) as any;
    expect(body.data.login.admin.email).toBe(ADMIN_EMAIL);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const sessionCookie = cookie.split(';')[0]!;
    const me = (await (await post({ query: '{ me { email } }' }, { cookie: sessionCookie })).json()) as any;
    expect(me.data.me.email).toBe(ADMIN_EMAIL);
    const bearer = ok(await server.gql('{ me { email } }', {}, body.data.login.token));
    expect(bearer['me'].email).toBe(ADMIN_EMAIL);
  });

  it('says the same for an unknown email and a wrong password', async () => {
    const wrong = await server.gql('mutation { login(email: "owner@example.com", password: "nope") { token } }');
    const unknown = await server.gql('mutation { login(email: "nobody@example.com", password: "nope") { token } }');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('me is null without a session', async () => {
    expect(ok(await server.gql('{ me { email } }'))['me']).toBeNull();
  });
});

describe('the admin guard', () => {
  it('covers every operation of the schema but the public ones', () => {
    const names = adminOperations().map((op) => op.name);
    expect(names).toEqual(expect.arrayContaining(['serviceRequests', 'quote', 'markPaid', 'logout', 'statusCounts']));
    expect(names).not.toContain('login');
  });

  it.each([
    ['no session', undefined],
    ['a tampered token', 'tampered'],
    ['a token signed with another secret', 'foreign'],
    ['a logged-out session', 'revoked'],
    ['an expired session', 'expired'],
  ])('refuses every admin operation with %s', async (_label, kind) => {
    let token: string | undefined;
    if (kind) {
      token = await server.login();
      const [id, mac] = token.split('.') as [string, string];
      if (kind === 'tampered') token = `${id}.${mac.slice(0, -2)}${mac.endsWith('A') ? 'BB' : 'AA'}`;
      if (kind === 'foreign') token = `${crypto.randomUUID()}.${mac}`;
      if (kind === 'revoked') ok(await server.gql('mutation { logout }', {}, token));
      if (kind === 'expired') {
        await server.orm.em.fork().nativeUpdate(AdminSession, { id }, { expiresAt: new Date(Date.now() - 1000) });
      }
    }
    for (const operation of adminOperations()) {
      const result = await server.gql(operation.query, {}, token);
      expect(`${operation.name}: ${errorCode(result)}`).toBe(`${operation.name}: UNAUTHENTICATED`);
    }
  });

  it('refuses every admin operation with a tampered session cookie', async () => {
    const token = await server.login();
    const [id, mac] = token.split('.') as [string, string];
    for (const forged of [`${id}.${mac.slice(1)}A`, `${crypto.randomUUID()}.${mac}`, id]) {
      for (const operation of adminOperations()) {
        const response = await post({ query: operation.query }, { cookie: `${SESSION_COOKIE}=${forged}` });
        const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
        expect(`${operation.name}: ${body.errors?.[0]?.extensions.code}`).toBe(`${operation.name}: UNAUTHENTICATED`);
      }
    }
  });

  it('logout ends the session for the token and clears the cookie', async () => {
    const token = await server.login();
    const response = await post({ query: 'mutation { logout }' }, { authorization: `Bearer ${token}` });
    expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect(errorCode(await server.gql('{ statusCounts { count } }', {}, token))).toBe('UNAUTHENTICATED');
  });

  it("revoking an admin's sessions ends every one of them, once, and tells every replica of each", async () => {
    const tokens = [await server.login(), await server.login()];
    const { id: adminId } = ok(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, tokens[0])).me;
    const listener = new pg.Client({ connectionString: server.settings.DATABASE_URL });
    await listener.connect();
    const heard: (string | undefined)[] = [];
    listener.on('notification', (message) => heard.push(message.payload));
    await listener.query(`listen ${SESSIONS_REVOKED_CHANNEL}`);
    try {
      expect(await revokeSessions(server.orm.em.fork(), { adminId })).toBeGreaterThanOrEqual(2);
      expect(await revokeSessions(server.orm.em.fork(), { adminId })).toBe(0);
      for (const token of tokens) {
        expect(errorCode(await server.gql('{ statusCounts { count } }', {}, token))).toBe('UNAUTHENTICATED');
      }
      const sessionIds = tokens.map((t) => t.split('.')[0]);
      for (let deadline = Date.now() + 5_000; !sessionIds.every((id) => heard.includes(id)) && Date.now() < deadline;) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(heard).toEqual(expect.arrayContaining(sessionIds));
    } finally {
      await listener.end();
    }
  });
});

describe('CSRF protection', () => {
  it('refuses a cookie-carrying request that a cross-site form or image could send', async () => {
    const token = await server.login();
    const cookie = `${SESSION_COOKIE}=${token}`;
    const form = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie },
      body: JSON.stringify({
        query:
          'mutation { createServiceRequest(input: { customerName: "x", customerEmail: "x@example.com", description: "x" }) { id } }',
      }),
    });
    expect(form.status).toBe(400);
    const image = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ statusCounts { count } }')}`, {
      headers: { cookie },
    });
    expect(image.status).toBe(400);
    const total = ok(await server.gql('{ serviceRequests { totalCount } }', {}, token));
    expect(total['serviceRequests'].totalCount).toBe(0);
  });
});

describe('login input', () => {
  it('a login with an absurdly long email is a wrong login, not a crash', async () => {
    const result = await server.gql('mutation($e: String!) { login(email: $e, password: "x") { token } }', {
      e: `${'x'.repeat(300)}@example.com`,
    });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });
});

describe('shared secrets and the first admin', () => {
  it('every replica signs sessions with the one SESSION_SECRET stored in the database', async () => {
    const em = server.orm.em.fork();
    const values = await Promise.all([sharedSecret(em.fork(), 'TEST_SECRET'), sharedSecret(em.fork(), 'TEST_SECRET')]);
    expect(values[0]).toBe(values[1]);
    expect(values[0]).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const replica = await startTestServer({ DATABASE_URL: server.settings.DATABASE_URL as string });
    try {
      const token = await server.login();
      expect(ok(await replica.gql('{ me { email } }', {}, token))['me'].email).toBe(ADMIN_EMAIL);
    } finally {
      await replica.close();
    }
  });

  it('creates the first admin once, generating a password only when none is set', async () => {
    const em = server.orm.em.fork();
    const log = pino({ level: 'silent' });
    expect(await bootstrapAdmin(em, { email: ADMIN_EMAIL, password: 'another password!' }, log)).toBeUndefined();
    expect(await bootstrapAdmin(em, {}, log)).toBeUndefined(); // an admin exists already
    const created = await bootstrapAdmin(em, { email: 'second@example.com' }, log);
    expect(created?.generatedPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await em.count(Admin)).toBe(2);
    const login = await server.gql(
      'mutation($p: String!) { login(email: "second@example.com", password: $p) { admin { email } } }',
      { p: created?.generatedPassword },
    );
    expect(ok(login)['login'].admin.email).toBe('second@example.com');
    // The first admin's password was not overwritten.
    expect(await server.login()).toBeTruthy();
  });
});

describe('sign-in protection', () => {
  const WRONG = 'not the password';
  /** A sign-in as `account` from `address`, through the service (the address is what TRUST_PROXY yields). */
  const attempt = (account: string, address: string, password = WRONG) =>
    server.services.auth.login(server.orm.em.fork(), account, password, address).then(
      () => 'SIGNED_IN',
      (error: { extensions?: { code?: string; limit?: string } }) =>
        [error.extensions?.code, error.extensions?.limit].filter(Boolean).join(' '),
    );
  const times = (n: number, run: (i: number) => Promise<string>) =>
    Promise.all(Array.from({ length: n }, (_, i) => run(i)));

  it('waits nothing for the first failures of an account, then doubles up to 2 s', () => {
    expect([0, 4, 5, 6, 7, 8, 9, 50].map(loginDelayMs)).toEqual([0, 0, 125, 250, 500, 1000, 2000, 2000]);
    expect(MAX_LOGIN_DELAY_MS).toBe(2000);
  });

  it('stops guessing from one address at 10 failures, even with the right password; another address signs in', async () => {
    const codes = [];
    for (let i = 0; i < 11; i++) codes.push(await attempt(ADMIN_EMAIL, '198.51.100.1'));
    expect(codes).toEqual([...Array(10).fill('UNAUTHENTICATED'), 'RATE_LIMITED login-account-address']);
    expect(await attempt(ADMIN_EMAIL, '198.51.100.1', ADMIN_PASSWORD)).toBe('RATE_LIMITED login-account-address');
    expect(await attempt(ADMIN_EMAIL, '198.51.100.2', ADMIN_PASSWORD)).toBe('SIGNED_IN');
  });

  it('counts concurrent guesses before checking any, so that they cannot overrun the limit', async () => {
    const codes = await times(30, () => attempt('nobody@example.com', '198.51.100.3'));
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(10);
    expect(codes.filter((c) => c === 'RATE_LIMITED login-account-address')).toHaveLength(20);
  });

  it('clears only its own (account, address) failures on success; the address keeps its count', async () => {
    const address = '198.51.100.4';
    await times(9, () => attempt(ADMIN_EMAIL, address));
    expect(await attempt(ADMIN_EMAIL, address, ADMIN_PASSWORD)).toBe('SIGNED_IN');
    // The pair starts afresh: ten more failures before its limit.
    const after = await times(11, () => attempt(ADMIN_EMAIL, address));
    expect(after.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(10);
    // 9 + 11 failures so far; 80 more on other accounts spend the address's 100 a day.
    const spread = await times(80, (i) => attempt(`guess${i}@example.com`, address));
    expect(spread.every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(await attempt('another@example.com', address)).toBe('RATE_LIMITED login-address');
    expect(await attempt(ADMIN_EMAIL, address, ADMIN_PASSWORD)).toBe('RATE_LIMITED login-address');
    expect(await attempt(ADMIN_EMAIL, '198.51.100.5', ADMIN_PASSWORD)).toBe('SIGNED_IN');
  });

  it('slows an account attacked from many addresses to 2 s an attempt, and still lets the owner in', async () => {
    const account = 'attacked@example.com';
    await bootstrapAdmin(server.orm.em.fork(), { email: account, password: ADMIN_PASSWORD }, pino({ level: 'silent' }));
    const signIn = async (address: string) => {
      const started = Date.now();
      expect(await attempt(account, address, ADMIN_PASSWORD)).toBe('SIGNED_IN');
      return Date.now() - started;
    };
    expect(await signIn('203.0.113.100')).toBeLessThan(1000);
    // One failure from each of 20 addresses: no address nears its limits, the account is slowed.
    await times(20, (i) => attempt(account, `203.0.113.${i + 1}`));
    const took = await signIn('203.0.113.200');
    expect(took).toBeGreaterThanOrEqual(MAX_LOGIN_DELAY_MS - 10);
    expect(took).toBeLessThan(MAX_LOGIN_DELAY_MS + 1500);
  });

  it('looks a flooded account up before its delay: what wakes from the delay is the password check alone', async () => {
    // Attempts sent at once wait out the same 2 s and wake in one go, in one run of the event
    // loop: 220 of them each querying the account then stalled it for over a second.
    const account = 'flooded@example.com';
    await bootstrapAdmin(server.orm.em.fork(), { email: account, password: ADMIN_PASSWORD }, pino({ level: 'silent' }));
    const started = Date.now();
    const lookedUp: number[] = [];
    const codes = await times(30, (i) => {
      const em = server.orm.em.fork();
      const findOne = em.findOne.bind(em);
      vi.spyOn(em, 'findOne').mockImplementation((...args: Parameters<typeof findOne>) => {
        lookedUp.push(Date.now() - started);
        return findOne(...args);
      });
      return server.services.auth.login(em, account, WRONG, `192.0.2.${i + 1}`).then(
        () => 'SIGNED_IN',
        (error: { extensions?: { code?: string } }) => String(error.extensions?.code),
      );
    });
    expect(codes).toEqual(Array(30).fill('UNAUTHENTICATED'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(MAX_LOGIN_DELAY_MS); // the last ones waited 2 s…
    expect(lookedUp).toHaveLength(30);
    expect(Math.max(...lookedUp)).toBeLessThan(MAX_LOGIN_DELAY_MS); // …having looked the account up first
  });
});
