import type { WebSocket } from 'ws';

/**
 * graphql-ws's Forbidden: the close code for a socket whose session is missing, revoked or expired
 * (the one a refused `connection_init` gets; the SPA then shows its login page).
 */
export const SESSION_ENDED = 4403;

/** setTimeout's longest delay: a later expiry is reached in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

interface Watched {
  sockets: Set<WebSocket>;
  /** Unset until the session has been read. */
  expiresAt?: number;
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
  expiresAt(sessionId: string, at: Date): void {
    const watched = this.sessions.get(sessionId);
    if (!watched || watched.expiresAt !== undefined) return;
    watched.expiresAt = at.getTime();
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

  /** The sessions with sockets here: after revocations may have been missed, each is read again. */
  sessionIds(): string[] {
    return [...this.sessions.keys()];
  }

  private end(sessionId: string, reason: string): void {
    const watched = this.sessions.get(sessionId);
    if (!watched) return;
    this.sessions.delete(sessionId);
    clearTimeout(watched.timer);
    for (const socket of watched.sockets) socket.close(SESSION_ENDED, reason);
  }
}
