import { isEmail, ValidateBy } from 'class-validator';

/**
 * Control characters (C0, DEL, C1) and the Unicode line and paragraph separators: in a name or an
 * address they break mail headers (CR LF injection), CSV exports and log lines.
 */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

const MAX_EMAIL = 254;

/**
 * validator.js's address check, narrowed to addresses mail can be sent to through any relay and
 * that Stripe takes: no quoted local parts (where CR LF and spaces would hide), no comments, no
 * display name, no IP literal, and an ASCII local part (a UTF-8 one needs SMTPUTF8 from every hop).
 * Internationalised domains are fine: they are sent as punycode.
 */
const DELIVERABLE = {
  allow_utf8_local_part: false,
  blacklisted_chars: '"',
  allow_display_name: false,
  allow_ip_domain: false,
  require_tld: true,
} as const;

/** Why `email` is refused as a customer's address, or undefined when it is fine. The one rule for every input. */
export function emailProblem(email: string): string | undefined {
  if (CONTROL.test(email)) return 'contains a control character';
  if (email.length > MAX_EMAIL) return `is longer than ${MAX_EMAIL} characters`;
  if (!isEmail(email, DELIVERABLE)) {
    return 'must be an email address (no quotes, comments or spaces; ASCII before the @)';
  }
  return undefined;
}

/** Why `name` (a person's, a campaign's) is refused, or undefined when it is fine. */
export function nameProblem(name: string): string | undefined {
  return CONTROL.test(name) ? 'contains a control character' : undefined;
}

const decorator = (name: string, problem: (text: string) => string | undefined) => () =>
  ValidateBy({
    name,
    validator: {
      validate: (value: unknown) => typeof value === 'string' && problem(value) === undefined,
      defaultMessage: (args) => (typeof args?.value === 'string' && problem(args.value)) || 'must be text',
    },
  });

/** An input field holding a customer's email address: `emailProblem` refuses it with BAD_USER_INPUT. */
export const IsCustomerEmail = decorator('isCustomerEmail', emailProblem);

/** An input field holding a name: `nameProblem` refuses it with BAD_USER_INPUT. */
export const IsName = decorator('isName', nameProblem);
