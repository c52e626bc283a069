import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { audit } from '../audit/audit';
import type { BusinessService } from '../business/business.service';
import { emailProblem, nameProblem } from '../common/contact';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import { invitationMail } from '../mail/messages';
import { enqueueAdminMail } from '../mail/outbox';
import { Admin, displayName } from './admin.entity';
import { type AuthService, refreshSessions, revokeSessions, type Seen } from './auth.service';
import { Invitation } from './invitation.entity';
import { hashOneTimeToken, newOneTimeToken } from './one-time-token';
import { assertNewPassword } from './password-rules';
import { hashPassword } from './passwords';
import { consume } from './rate-limits';
import { AdminRole } from './roles';

/** Admins a team may have (removed ones included) with its open invitations: the lists are whole up to it. */
export const TEAM_LIMIT = 100;
export const INVITATION_LIFETIME_MS = 7 * 24 * 3600_000;
const MAX_NAME = 100;

/**
 * Locks the owners' rows, in the caller's transaction, and returns their ids: every change that
 * could leave the team without an owner takes this lock first, so two owners demoting each other
 * at once run one after the other, and the second finds itself the last owner.
 */
async function lockOwners(tx: EntityManager): Promise<string[]> {
  const rows = await tx.execute<{ id: string }[]>(
    `select id from admin where role = ? and removed_at is null order by id for update`,
    [AdminRole.OWNER],
  );
  return rows.map((row) => row.id);
}

/** Where the business hears of new requests when NOTIFY_EMAIL is unset: every owner on the team. */
export async function ownerEmails(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ email: string }[]>(
    'select email from admin where role = ? and removed_at is null order by email',
    [AdminRole.OWNER],
  );
  return rows.map((row) => row.email);
}

/** Refuses a change that would take `adminId` out of the owners when it is the last one. */
function keepAnOwner(owners: readonly string[], adminId: string): void {
  if (owners.length === 1 && owners[0] === adminId) {
    throw new ConflictError('the team needs at least one owner: make someone else an owner first');
  }
}

const INVALID_INVITATION = 'this invitation link is not valid: it expired, was used or was revoked; ask for a new one';

/** The team: who the admins are, what they may do, who joins and who leaves. Owner only (auth/roles.ts). */
export class TeamService {
  constructor(
    private readonly auth: AuthService,
    private readonly publicBaseUrl: string,
    private readonly business: BusinessService,
  ) {}

  list(em: EntityManager): Promise<Admin[]> {
    return em.find(Admin, {}, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: TEAM_LIMIT });
  }

  /** The invitations not yet accepted or revoked (an expired one too, to resend), newest first. */
  invitations(em: EntityManager): Promise<Invitation[]> {
    return em.find(
      Invitation,
      { acceptedAt: null, revokedAt: null },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: TEAM_LIMIT },
    );
  }

  async adminOrFail(em: EntityManager, id: string): Promise<Admin> {
    const admin = isUuid(id) ? await em.findOne(Admin, { id }) : null;
    if (!admin) throw new NotFoundError('Admin', id);
    return admin;
  }

  /** A new role, at once for the admin's open sessions and sockets (on every replica). */
  setRole(em: EntityManager, id: string, role: AdminRole): Promise<Admin> {
    return em.transactional(async (tx) => {
      const owners = await lockOwners(tx);
      const admin = await this.adminOrFail(tx, id);
      if (admin.removedAt) throw new ConflictError('this admin was removed from the team');
      if (admin.role === role) return admin;
      if (role !== AdminRole.OWNER) keepAnOwner(owners, id);
      admin.role = role;
      await tx.flush();
      await refreshSessions(tx, id);
      return admin;
    });
  }

  /**
   * Removes an admin from the team: kept (still named on the timeline), unable to sign in, every
   * session and socket ended at once on every replica. The team keeps at least one owner.
   */
  remove(em: EntityManager, id: string): Promise<boolean> {
    return em.transactional(async (tx) => {
      const owners = await lockOwners(tx);
      const admin = await this.adminOrFail(tx, id);
      if (admin.removedAt) return true;
      keepAnOwner(owners, id);
      admin.removedAt = new Date();
      await tx.flush();
      await revokeSessions(tx, { adminId: id });
      return true;
    });
  }

  /** Invites `email` as `role`: a one-time link by mail (through the outbox), and in the answer for the owner to copy. */
  invite(em: EntityManager, inviter: Admin, email: string, role: AdminRole): Promise<Invitation> {
    const problem = emailProblem(email.trim());
    if (problem) throw new BadUserInputError('email', problem);
    const address = email.trim().toLowerCase();
    return em.transactional(async (tx) => {
      const existing = await tx.findOne(Admin, { email: address });
      if (existing) {
        throw new ConflictError(
          existing.removedAt ? `${address} was removed from the team` : `${address} is already on the team`,
        );
      }
      const size = (await tx.count(Admin)) + (await tx.count(Invitation, { acceptedAt: null, revokedAt: null }));
      if (size >= TEAM_LIMIT) throw new ConflictError(`a team has at most ${TEAM_LIMIT} admins and open invitations`);
      // Inviting an address again replaces its open invitation (the old link stops working).
      await tx.nativeUpdate(
        Invitation,
        { email: address, acceptedAt: null, revokedAt: null },
        { revokedAt: new Date() },
      );
      const invitation = tx.create(Invitation, {
        email: address,
        role,
        invitedBy: tx.getReference(Admin, inviter.id),
      } as Invitation);
      return this.send(tx, inviter, invitation);
    });
  }

  /** A fresh link for an open invitation (the old one stops working), mailed again and answered for the owner to copy. */
  resend(em: EntityManager, inviter: Admin, id: string): Promise<Invitation> {
    return em.transactional(async (tx) => {
      const invitation = await this.openInvitationOrFail(tx, id);
      return this.send(tx, inviter, invitation);
    });
  }

  async revoke(em: EntityManager, id: string): Promise<boolean> {
    return em.transactional(async (tx) => {
      const invitation = await this.openInvitationOrFail(tx, id);
      invitation.revokedAt = new Date();
      return true;
    });
  }

  /**
   * Joins the team through an invitation's link: the admin is created with the invitation's email
   * and role, and signed in. Public, limited per client address; a wrong token is refused before
   * any password is hashed.
   */
  async accept(em: EntityManager, token: string, name: string, password: string, seen: Seen) {
    await consume(this.auth.limits.accountLinks, seen.address);
    const tokenHash = hashOneTimeToken(token);
    const found = await em.findOne(Invitation, { tokenHash });
    if (!found || !isOpen(found)) throw new BadUserInputError('token', INVALID_INVITATION);
    const trimmed = name.trim();
    const problem = trimmed.length === 0 ? 'is required' : nameProblem(trimmed);
    if (problem || trimmed.length > MAX_NAME) {
      throw new BadUserInputError('name', problem ?? `is longer than ${MAX_NAME} characters`);
    }
    assertNewPassword(password);
    const passwordHash = await hashPassword(password);
    const admin = await em.transactional(async (tx) => {
      // Read again under a lock: two acceptances of one link at once make one admin.
      const invitation = await tx.findOne(Invitation, { tokenHash }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!invitation || !isOpen(invitation)) throw new BadUserInputError('token', INVALID_INVITATION);
      if (await tx.count(Admin, { email: invitation.email })) {
        throw new ConflictError(`${invitation.email} is already on the team`);
      }
      invitation.acceptedAt = new Date();
      const joined = tx.create(Admin, {
        email: invitation.email,
        name: trimmed,
        role: invitation.role,
        passwordHash,
      } as Admin);
      await tx.flush();
      await audit(tx, {
        kind: 'INVITATION_ACCEPTED',
        target: joined.email,
        detail: JSON.stringify({ role: joined.role }),
        actor: { name: displayName(joined), adminId: joined.id, address: seen.address },
      });
      return joined;
    });
    return { admin, ...(await this.auth.startSession(em, admin, seen)) };
  }

  private async openInvitationOrFail(tx: EntityManager, id: string): Promise<Invitation> {
    const invitation = isUuid(id) ? await tx.findOne(Invitation, { id }) : null;
    if (!invitation) throw new NotFoundError('Invitation', id);
    if (invitation.acceptedAt) throw new ConflictError('this invitation was already accepted');
    if (invitation.revokedAt) throw new ConflictError('this invitation was revoked');
    return invitation;
  }

  /** A fresh token, seven more days, and the mail with the link; the link is in the answer too. */
  private async send(tx: EntityManager, inviter: Admin, invitation: Invitation): Promise<Invitation> {
    const { token, hash } = newOneTimeToken();
    invitation.tokenHash = hash;
    invitation.expiresAt = new Date(Date.now() + INVITATION_LIFETIME_MS);
    const link = new URL(`/invite/${token}`, this.publicBaseUrl).toString();
    await enqueueAdminMail(
      tx,
      invitation.email,
      invitationMail((await this.business.mailIdentity(tx)).name, displayName(inviter), invitation.role, link),
    );
    await tx.flush();
    invitation.link = link;
    return invitation;
  }
}

const isOpen = (invitation: Invitation): boolean =>
  !invitation.acceptedAt && !invitation.revokedAt && invitation.expiresAt.getTime() > Date.now();
