import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError, NotFoundError } from '../common/errors';
import { Admin } from './admin.entity';
import { refreshSessions } from './auth.service';
import { AdminRole } from './roles';

/**
 * Locks the owners' rows, in the caller's transaction, and returns their ids: every change that
 * could leave the team without an owner takes this lock first, so two owners demoting each other
 * at once run one after the other, and the second finds itself the last owner.
 */
async function lockOwners(tx: EntityManager): Promise<string[]> {
  const rows = await tx.execute<{ id: string }[]>(
    `select id from admin where role = ? order by id for update`,
    [AdminRole.OWNER],
  );
  return rows.map((row) => row.id);
}

/** Refuses a change that would take `adminId` out of the owners when it is the last one. */
function keepAnOwner(owners: readonly string[], adminId: string): void {
  if (owners.length === 1 && owners[0] === adminId) {
    throw new ConflictError('the team needs at least one owner: make someone else an owner first');
  }
}

/** Admins a team may have (removed ones included): the `admins` list is whole up to it. */
export const TEAM_LIMIT = 100;

/** The team: who the admins are and what they may do. Owner only (auth/roles.ts). */
export class TeamService {
  list(em: EntityManager): Promise<Admin[]> {
    return em.find(Admin, {}, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: TEAM_LIMIT });
  }

  async adminOrFail(em: EntityManager, id: string): Promise<Admin> {
    const admin = await em.findOne(Admin, { id });
    if (!admin) throw new NotFoundError('Admin', id);
    return admin;
  }

  /** A new role, at once for the admin's open sessions and sockets (on every replica). */
  setRole(em: EntityManager, id: string, role: AdminRole): Promise<Admin> {
    return em.transactional(async (tx) => {
      const owners = await lockOwners(tx);
      const admin = await this.adminOrFail(tx, id);
      if (admin.role === role) return admin;
      if (role !== AdminRole.OWNER) keepAnOwner(owners, id);
      admin.role = role;
      await tx.flush();
      await refreshSessions(tx, id);
      return admin;
    });
  }
}
