import type { WebSocket } from 'ws';

/**
 * graphql-ws's Forbidden: the close code for a socket whose session is missing, revoked or expired
 * (the one a refused `connection_init` gets; the SPA then shows its login page).
 */
export const SESSION_ENDED = 4403;

/**
 * The close code for a socket whose admin changed (a new role): not one graphql-ws clients treat
 * as fatal, so they connect again (and the SPA fetches what is on screen again) as what the admin is now.
 */
export const SESSION_CHANGED = 4205;

/** setTimeout's longest delay: a later expiry is reached in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Watched {
  sockets: Set<WebSocket>;
  /** Unset until the session has been read. */
  expiresAt?: number;
  /** The admin's role when the session was read: a change missed while the listener was away is found by it. */
  role?: string;
  timer?: NodeJS.Timeout;
}

/**
 * This replica's open WebSockets by session. A socket is closed with SESSION_ENDED when its session
 * is revoked (on any replica: a feed of the live listener hears the revocation), when it expires
 * (a timer from its expiry), or when a re-check finds it over; and nothing is delivered on it from then on.
 */
export class SessionSockets {
  private readonly sessions = new Map<string, Watched>();

  /**
   * Watches `socket` from before its session is read, so that a revocation heard between the read
   * and the end of `connection_init` still closes it. Unwatched when the socket closes.
   */
  watch(sessionId: string, socket: WebSocket): void {
    let watched = this.sessions.get(sessionId);
    if (!watched) this.sessions.set(sessionId, (watched = { sockets: new Set() }));
    watched.sockets.add(socket);
    socket.once('close', () => {
      const current = this.sessions.get(sessionId);
      if (!current?.sockets.delete(socket) || current.sockets.size > 0) return;
      clearTimeout(current.timer);
      this.sessions.delete(sessionId);
    });
  }

  /** Once the session is read as live: its sockets close when it expires. */
  read(sessionId: string, { expiresAt, role }: { expiresAt: Date; role: string }): void {
    const watched = this.sessions.get(sessionId);
    if (!watched || watched.expiresAt !== undefined) return;
    watched.expiresAt = expiresAt.getTime();
    watched.role = role;
    const arm = () => {
      const left = (watched.expiresAt as number) - Date.now();
      if (left <= 0) return this.end(sessionId, 'session expired');
      watched.timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
      watched.timer.unref();
    };
    arm();
  }

  /** Whether a delivery may go to the sockets of `sessionId`. */
  isLive(sessionId: string): boolean {
    const expiresAt = this.sessions.get(sessionId)?.expiresAt;
    return expiresAt !== undefined && expiresAt > Date.now();
  }

  revoked(sessionId: string): void {
    this.end(sessionId, 'session revoked');
  }

  /** The session's admin changed: its sockets close, to be opened again and read afresh. */
  changed(sessionId: string): void {
    this.end(sessionId, 'admin changed', SESSION_CHANGED);
  }

  /** The sessions with sockets here: after revocations may have been missed, each is read again. */
  sessionIds(): string[] {
    return [...this.sessions.keys()];
  }

  /** The role `sessionId` was read with, if it has been read. */
  roleOf(sessionId: string): string | undefined {
    return this.sessions.get(sessionId)?.role;
  }

  private end(sessionId: string, reason: string, code = SESSION_ENDED): void {
    const watched = this.sessions.get(sessionId);
    if (!watched) return;
    this.sessions.delete(sessionId);
    clearTimeout(watched.timer);
    for (const socket of watched.sockets) socket.close(code, reason);
  }
}
