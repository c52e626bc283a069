import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The customer's /pay/:token: 256 random bits. The database keeps its SHA-256 for lookup and an
 * AES-256-GCM sealed copy (key derived from SESSION_SECRET) so admins can copy the URL again.
 */
export class PayTokens {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'service-desk', 'pay-token', 32));
  }

  issue(): { token: string; hash: string; sealed: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: PayTokens.hash(token), sealed: this.seal(token) };
  }

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  /** The token again, or undefined when it was sealed under another secret. */
  unseal(sealed: string): string | undefined {
    try {
      const raw = Buffer.from(sealed, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return undefined;
    }
  }

  private seal(token: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }
}
