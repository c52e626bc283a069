import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Stripe's id prefixes; test-mode Checkout Sessions carry `cs_test_`. */
export type IdPrefix =
  | 'prod'
  | 'price'
  | 'cus'
  | 'plink'
  | 'cs_test'
  | 'pi'
  | 'ch'
  | 're'
  | 'evt'
  | 'req'
  | 'li'
  | 'txn'
  | 'pm'
  | 'txr'
  | 'dp'
  | 'file';

export function newId(prefix: IdPrefix, length = 24): string {
  let body = '';
  // 256 is not a multiple of 62: the slight bias is irrelevant for ids.
  for (const byte of randomBytes(length)) body += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${body}`;
}
