import type { Feed } from '../live/listener';
import type { SessionSockets } from '../live/session-sockets';
import { SESSIONS_CHANGED_CHANNEL, SESSIONS_REVOKED_CHANNEL } from './auth.service';

/**
 * Sessions revoked on any replica close their sockets here. Revocations are not logged: after a
 * lost connection, every session with sockets here is read again, and those no longer live end.
 * Add this feed first, so that they end before anything missed meanwhile is published.
 */
export function sessionRevocationsFeed(sessions: SessionSockets): Feed<string> {
  return {
    channel: SESSIONS_REVOKED_CHANNEL,
    parse: (sessionId) => sessionId,
    missed: async (db) => {
      const ids = sessions.sessionIds();
      if (ids.length === 0) return [];
      const live = await db.query<{ id: string }>(
        'select id from admin_session where id = any($1::uuid[]) and revoked_at is null and expires_at > now()',
        [ids],
      );
      const alive = new Set(live.rows.map((row) => row.id));
      return ids.filter((id) => !alive.has(id));
    },
    deliver: (sessionId) => sessions.revoked(sessionId),
  };
}

/**
 * Sessions whose admin changed on any replica (a new role) close their sockets here; the client
 * connects again and is read afresh. After a lost connection, the sessions here whose admin's
 * role is no longer the one they were read with are closed so.
 */
export function sessionChangesFeed(sessions: SessionSockets): Feed<string> {
  return {
    channel: SESSIONS_CHANGED_CHANNEL,
    parse: (sessionId) => sessionId,
    missed: async (db) => {
      const ids = sessions.sessionIds();
      if (ids.length === 0) return [];
      const current = await db.query<{ id: string; role: string }>(
        'select s.id, a.role from admin_session s join admin a on a.id = s.admin_id where s.id = any($1::uuid[])',
        [ids],
      );
      const changed = (row: { id: string; role: string }) => {
        const readAs = sessions.roleOf(row.id);
        return readAs !== undefined && readAs !== row.role;
      };
      return current.rows.filter(changed).map((row) => row.id);
    },
    deliver: (sessionId) => sessions.changed(sessionId),
  };
}
