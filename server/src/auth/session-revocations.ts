import type { Feed } from '../live/listener';
import type { SessionSockets } from '../live/session-sockets';
import { SESSIONS_REVOKED_CHANNEL } from './auth.service';

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
