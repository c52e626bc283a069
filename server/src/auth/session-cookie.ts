import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'sd_session';

/** The session token of a request: `Authorization: Bearer …` for API clients, else the SPA's cookie. */
export function sessionToken(req: Pick<Request, 'headers'>): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return req.headers.cookie ? parseCookie(req.headers.cookie)[SESSION_COOKIE] : undefined;
}

/** httpOnly and SameSite=Strict: scripts cannot read it and other sites cannot send it. */
export function sessionCookie(res: Response, secure: boolean) {
  const options = { httpOnly: true, sameSite: 'strict', secure, path: '/' } as const;
  return {
    set: (token: string, expires: Date) => res.cookie(SESSION_COOKIE, token, { ...options, expires }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}
