import { randomBytes } from 'node:crypto';
import { setTimeout } from 'node:timers/promises';

import type { EntityDictionary, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import { audit, auditSignInFailure } from '../audit/audit';
import { UnauthenticatedError } from '../common/errors';
import { AdminSession } from './admin-session.entity';
import { Admin, displayName } from './admin.entity';
import { hashPassword, verifyPassword } from './passwords';
import type { RateLimits } from './rate-limits';
import { AdminRole } from './roles';
import type { SessionTokens } from './session-token';

const DEFAULT_ADMIN_EMAIL = 'admin@example.com';

/** Carries the id of each revoked session to every replica, which closes its sockets (live/session-sockets.ts, through auth/session-revocations.ts). */
export const SESSIONS_REVOKED_CHANNEL = 'admin_session_revoked';

/**
 * Carries the id of each live session whose admin changed (a new role): every replica closes its
 * sockets with SESSION_CHANGED, and the client connects again as what the admin is now.
 */
export const SESSIONS_CHANGED_CHANNEL = 'admin_session_changed';

/** Tells every replica, with the caller's commit, that `adminId`'s live sessions must be read again. */
export async function refreshSessions(em: EntityManager, adminId: string): Promise<void> {
  await em.execute(
    'select pg_notify(?, id::text) from admin_session where admin_id = ? and revoked_at is null and expires_at > now()',
    [SESSIONS_CHANGED_CHANNEL, adminId],
  );
}

/**
 * Which sessions end: one (logout), all of an admin's (removal from the team, a password reset), or
 * all of an admin's but the one asking (a password change).
 */
export type SessionsToRevoke = { sessionId: string } | { adminId: string; except?: string };

/**
 * Ends sessions at once everywhere: marks them revoked and, in the same statement (so in the
 * caller's transaction, delivered only if it commits), notifies every replica of each one.
 * Returns how many were live.
 */
export async function revokeSessions(em: EntityManager, which: SessionsToRevoke): Promise<number> {
  const [where, values] =
    'sessionId' in which
      ? ['id = ?', [which.sessionId]]
      : which.except
        ? ['admin_id = ? and id <> ?', [which.adminId, which.except]]
        : ['admin_id = ?', [which.adminId]];
  const rows = await em.execute(
    `with revoked as (
       update admin_session set revoked_at = now() where ${where} and revoked_at is null returning id)
     select pg_notify(?, id::text) from revoked`,
    [...values, SESSIONS_REVOKED_CHANNEL],
  );
  return rows.length;
}

/** Where a request comes from, as a session records it. */
export interface Seen {
  address: string;
  /** Its User-Agent. */
  device?: string | undefined;
}

const SEEN_EVERY_MS = 60_000;

export interface Authenticated {
  admin: Admin;
  session: AdminSession;
}

export class AuthService {
  constructor(
    private readonly tokens: SessionTokens,
    readonly limits: RateLimits,
    private readonly sessionLifetimeMs: number,
  ) {}

  /** Signs in, or fails with one message whether the email or the password was wrong. */
  async login(em: EntityManager, email: string, password: string, clientIp: string, device?: string) {
    const account = email.trim().toLowerCase();
    const delay = await this.limits.login.admit(account, clientIp);
    // Looked up before the account's delay, not after it: the attempts of an account flooded all
    // at once wake together, and what follows the wake-up runs in one go, so it is only the
    // password check (hashed off the event loop). With the look-up there, 220 at once stalled the
    // event loop for over a second.
    const admin = await em.findOne(Admin, { email: account });
    if (delay > 0) await setTimeout(delay);
    // Verify against a real hash even for unknown emails, so timing does not reveal accounts.
    const ok = await verifyPassword(admin?.passwordHash ?? (await this.decoyHash()), password);
    // A removed admin is told what a stranger is.
    if (!admin || admin.removedAt || !ok) {
      await auditSignInFailure(em, account, clientIp);
      throw new UnauthenticatedError('wrong email or password');
    }
    await this.limits.login.succeeded(account, clientIp);
    await audit(em, { kind: 'SIGN_IN', actor: { name: displayName(admin), adminId: admin.id, address: clientIp } });
    return { admin, ...(await this.startSession(em, admin, { address: clientIp, device })) };
  }

  /** A new session of `admin` (signed in, or just joined or reset), and its token. */
  async startSession(em: EntityManager, admin: Admin, seen: Seen): Promise<{ session: AdminSession; token: string }> {
    const session = em.create(AdminSession, {
      admin,
      expiresAt: new Date(Date.now() + this.sessionLifetimeMs),
      address: seen.address,
      device: seen.device,
    } as AdminSession);
    await em.persistAndFlush(session);
    return { session, token: this.tokens.sign(session.id) };
  }

  /**
   * The admin a bearer token or cookie names, if it is genuine, unexpired and not logged out.
   * `seen`: the request's client, written on the session at most once a minute (`mySessions`).
   */
  async authenticate(em: EntityManager, token: string | undefined, seen?: Seen): Promise<Authenticated | undefined> {
    const sessionId = this.sessionIdOf(token);
    if (!sessionId) return undefined;
    // Every operation checks its session: one statement and two rows merged, a third of what the
    // ORM's find with `populate` costs in CPU (README "Performance").
    const [row] = await em
      .getConnection()
      .execute<(EntityDictionary<AdminSession> & { admin_row: EntityDictionary<Admin> })[]>(
        'select s.*, to_jsonb(a) as admin_row from admin_session s join admin a on a.id = s.admin_id where s.id = ? and a.removed_at is null',
        [sessionId],
      );
    if (!row) return undefined;
    const { admin_row: adminRow, ...sessionRow } = row;
    em.map(Admin, adminRow);
    const session = em.map(AdminSession, sessionRow);
    if (session.revokedAt || session.expiresAt.getTime() <= Date.now()) return undefined;
    if (seen && session.lastSeenAt.getTime() <= Date.now() - SEEN_EVERY_MS) await this.seen(em, session, seen);
    return { admin: session.admin, session };
  }

  /** At most once a minute per session, however many replicas and requests: the update checks the time again. */
  private async seen(em: EntityManager, session: AdminSession, { address, device }: Seen): Promise<void> {
    await em.execute(
      `update admin_session set last_seen_at = now(), address = ?, device = coalesce(?, device)
       where id = ? and last_seen_at <= now() - interval '1 minute'`,
      [address, device ?? null, session.id],
    );
  }

  /** The session a token names, if it is genuine (whether that session is live is for `authenticate`). */
  sessionIdOf(token: string | undefined): string | undefined {
    return token ? this.tokens.verify(token) : undefined;
  }

  private decoy?: Promise<string>;
  private decoyHash(): Promise<string> {
    this.decoy ??= hashPassword(randomBytes(16).toString('hex'));
    return this.decoy;
  }
}

/**
 * Creates the first admin when missing: ADMIN_EMAIL/ADMIN_PASSWORD, or generated ones printed
 * once. Concurrent first starts of several replicas create it once.
 */
export async function bootstrapAdmin(
  em: EntityManager,
  configured: { email?: string | undefined; password?: string | undefined },
  log: Logger,
): Promise<{ email: string; generatedPassword?: string } | undefined> {
  const email = (configured.email ?? DEFAULT_ADMIN_EMAIL).toLowerCase();
  if (!configured.email && (await em.count(Admin)) > 0) return undefined;
  const generatedPassword = configured.password ? undefined : randomBytes(12).toString('base64url');
  const password = configured.password ?? (generatedPassword as string);
  const inserted = await em
    .createQueryBuilder(Admin)
    .insert({
      id: new Admin().id,
      email,
      passwordHash: await hashPassword(password),
      role: AdminRole.OWNER,
      createdAt: new Date(),
    })
    .onConflict('email')
    .ignore()
    .execute('run');
  if (inserted.affectedRows === 0) return undefined;
  log.info({ email }, 'created the first admin account');
  return generatedPassword ? { email, generatedPassword } : { email };
}
