/**
 * Paths whose last part is a bearer secret: a customer's pay link, an invitation to the team, a
 * password reset. What follows them is replaced wherever it appears in a URL or a text (Express
 * routes ignore case, so `/PAY/…` reaches the page too).
 */
const tokensAfter = (paths: string[]) => new RegExp(`(/(?:${paths.join('|')})/)[^/?#&\\s]+`, 'gi');
const EVERY_TOKEN = tokensAfter(['pay', 'invite', 'reset']);
const ACCOUNT_TOKEN = tokensAfter(['invite', 'reset']);

/** For logs: no token of any link. */
export const redactUrlTokens = (text: string): string => text.replace(EVERY_TOKEN, '$1[token]');

/**
 * For the outbox as shown: the links that let someone into an account (an invitation, a reset)
 * reach only their addressee; a pay link stays (the admins send it, and may resend it).
 */
export const redactAccountTokens = (text: string): string => text.replace(ACCOUNT_TOKEN, '$1[token]');
