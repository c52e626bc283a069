import { createHash, randomBytes } from 'node:crypto';

/**
 * The token of a one-time link (an invitation, a password reset): 256 random bits, of which only
 * the SHA-256 is stored. A fast hash suffices for so much entropy, and a wrong token costs a look-up.
 */
export function newOneTimeToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashOneTimeToken(token) };
}

export const hashOneTimeToken = (token: string): string => createHash('sha256').update(token).digest('hex');
