import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { audit } from '../audit/audit';
import type { BusinessService } from '../business/business.service';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import { passwordResetMail } from '../mail/messages';
import { AdminSession } from './admin-session.entity';
import { Admin, displayName } from './admin.entity';
import { type Authenticated, type AuthService, revokeSessions, type Seen } from './auth.service';
import { hashOneTimeToken, newOneTimeToken } from './one-time-token';
import { PasswordReset } from './password-reset.entity';
import { assertNewPassword } from './password-rules';
import { hashPassword, verifyPassword } from './passwords';
import { consume } from './rate-limits';
import { AdminRole } from './roles';

export const RESET_LIFETIME_MS = 3600_000;
/** The sessions listed of one admin: the most recently seen. */
export const MAX_SESSIONS = 100;
const INVALID_RESET = 'this reset link is not valid: it expired or was used; ask for a new one';

/** An admin's own account: the password, changed or reset by a one-time link; the sessions. */
export class AccountService {
  constructor(
    private readonly auth: AuthService,
    private readonly publicBaseUrl: string,
    private readonly business: BusinessService,
  ) {}

  /** With the current password; every other session of the admin ends. */
  async changePassword(
    em: EntityManager,
    { admin, session }: Authenticated,
    current: string,
    next: string,
    clientIp: string,
  ) {
    // Counted as sign-in attempts: a stolen session cannot guess the password faster than a login could.
    const delay = await this.auth.limits.login.admit(admin.email, clientIp);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (!(await verifyPassword(admin.passwordHash, current))) {
      throw new BadUserInputError('current', 'is not your current password');
    }
    await this.auth.limits.login.succeeded(admin.email, clientIp);
    assertNewPassword(next, 'next');
    const passwordHash = await hashPassword(next);
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(Admin, { id: admin.id }, { passwordHash });
      await revokeSessions(tx, { adminId: admin.id, except: session.id });
    });
    return true;
  }

  /** The live sessions of an admin, the most recently seen first. */
  sessionsOf(em: EntityManager, adminId: string): Promise<AdminSession[]> {
    return em.find(
      AdminSession,
      { admin: adminId, revokedAt: null, expiresAt: { $gt: new Date() } },
      { orderBy: { lastSeenAt: 'desc', id: 'desc' }, limit: MAX_SESSIONS },
    );
  }

  /** Ends a session at once everywhere: one's own, or (an owner) anyone's. */
  async endSession(em: EntityManager, { admin }: Authenticated, id: string): Promise<boolean> {
    const session = isUuid(id) ? await em.findOne(AdminSession, { id }) : null;
    if (!session) throw new NotFoundError('AdminSession', id);
    if (session.admin.id !== admin.id && admin.role !== AdminRole.OWNER) {
      throw new ForbiddenError("endSession (another admin's session)");
    }
    return (await revokeSessions(em, { sessionId: id })) > 0;
  }

  /**
   * Mails a reset link when `email` names an admin on the team; answers the same, and does the same
   * work, when it does not: a token is made and hashed, the business's name read (as every mail
   * names it), and one statement runs that writes the reset and its outbox row, or nothing.
   */
  async requestReset(em: EntityManager, email: string, clientIp: string): Promise<true> {
    await consume(this.auth.limits.accountLinks, clientIp);
    const { token, hash } = newOneTimeToken();
    const { name } = await this.business.mailIdentity(em);
    const draft = passwordResetMail(name, resetLink(this.publicBaseUrl, token));
    await em.execute(
      `with target as (select id, email from admin where email = ? and removed_at is null),
       reset as (
         insert into password_reset (id, admin_id, token_hash, created_at, expires_at)
         select gen_random_uuid(), id, ?, now(), ? from target returning admin_id)
       insert into outbox_message (id, kind, "to", subject, text, status, attempts, next_attempt_at, created_at)
       select gen_random_uuid(), ?, email, ?, ?, 'PENDING', 0, now(), now() from target`,
      [email.trim().toLowerCase(), hash, resetExpiry(), draft.kind, draft.subject, draft.text],
    );
    return true;
  }

  /** A reset link for an admin of the team, for an owner to hand over (nothing is mailed). */
  createResetLink(em: EntityManager, admin: Admin): Promise<string> {
    return createResetLink(em, admin, this.publicBaseUrl);
  }

  /**
   * Sets a new password through a reset link and signs in; every other session of the admin ends
   * (whoever had the old password is out), and so do their other reset links. A wrong token is
   * refused before any password is hashed.
   */
  async reset(em: EntityManager, token: string, password: string, seen: Seen) {
    await consume(this.auth.limits.accountLinks, seen.address);
    const tokenHash = hashOneTimeToken(token);
    const found = await em.findOne(PasswordReset, { tokenHash }, { populate: ['admin'] });
    if (!found || !usable(found) || found.admin.removedAt) throw new BadUserInputError('token', INVALID_RESET);
    assertNewPassword(password);
    const passwordHash = await hashPassword(password);
    const admin = await em.transactional(async (tx) => {
      const reset = await tx.findOne(PasswordReset, { tokenHash }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!reset || !usable(reset)) throw new BadUserInputError('token', INVALID_RESET);
      await tx.nativeUpdate(PasswordReset, { admin: reset.admin.id, usedAt: null }, { usedAt: new Date() });
      await tx.nativeUpdate(Admin, { id: reset.admin.id }, { passwordHash });
      await revokeSessions(tx, { adminId: reset.admin.id });
      const changed = await tx.findOneOrFail(Admin, { id: reset.admin.id }, { refresh: true });
      await audit(tx, {
        kind: 'PASSWORD_RESET',
        target: changed.email,
        actor: { name: displayName(changed), adminId: changed.id, address: seen.address },
      });
      return changed;
    });
    return { admin, ...(await this.auth.startSession(em, admin, seen)) };
  }
}

const resetLink = (publicBaseUrl: string, token: string) => new URL(`/reset/${token}`, publicBaseUrl).toString();
const resetExpiry = () => new Date(Date.now() + RESET_LIFETIME_MS);

/** A reset link for `admin` (also `admin:reset-password`, on the server). */
export async function createResetLink(em: EntityManager, admin: Admin, publicBaseUrl: string): Promise<string> {
  if (admin.removedAt) throw new BadUserInputError('id', 'this admin was removed from the team');
  const { token, hash } = newOneTimeToken();
  em.create(PasswordReset, { admin, tokenHash: hash, expiresAt: resetExpiry() } as PasswordReset);
  await em.flush();
  return resetLink(publicBaseUrl, token);
}

const usable = (reset: PasswordReset): boolean => !reset.usedAt && reset.expiresAt.getTime() > Date.now();
