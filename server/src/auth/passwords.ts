import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (OWASP's recommended parameters).
export const hashPassword = (password: string): Promise<string> => hash(password);

export const verifyPassword = (hashed: string, password: string): Promise<boolean> =>
  verify(hashed, password).catch(() => false);
