import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A session token is `<session id>.<HMAC of it under SESSION_SECRET>`: a forged or altered token is
 * refused before any database read; logout and expiry are enforced by the stored session.
 */
export class SessionTokens {
  constructor(private readonly secret: string) {}

  sign(sessionId: string): string {
    return `${sessionId}.${this.mac(sessionId)}`;
  }

  /** The session id a token names, or undefined when it was not signed with our secret. */
  verify(token: string): string | undefined {
    const dot = token.lastIndexOf('.');
    if (dot <= 0) return undefined;
    const sessionId = token.slice(0, dot);
    const given = Buffer.from(token.slice(dot + 1));
    const expected = Buffer.from(this.mac(sessionId));
    return given.length === expected.length && timingSafeEqual(given, expected) ? sessionId : undefined;
  }

  private mac(sessionId: string): string {
    return createHmac('sha256', this.secret).update(`session:${sessionId}`).digest('base64url');
  }
}
