import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

import type { Settings } from '../settings';

/** Where customers pay: Stripe's Checkout and Payment Link pages. */
const STRIPE_PAGES = ['https://checkout.stripe.com', 'https://buy.stripe.com'];

/** JSON and probe routes: no page to protect beyond framing and sniffing. */
const API_PATH = /^\/(graphql|webhooks|healthz|readyz|metrics)(\/|$)/i;
/** Customer pages (Express routes ignore case: `/PAY/…` is the same page). */
const PAY_PATH = /^\/pay\//i;
const QUOTE_PATH = /^\/quote\//i;

type Directives = Record<string, string[]>;

/**
 * The origins whose payment pages `/pay` sends customers to: Stripe's, or the Stripe-compatible
 * API's own (the emulator serves its checkout pages on the origin of its API), or the built-in
 * emulator's, which `startStripeBackend` runs on 127.0.0.1 without `STRIPE_SECRET_KEY`.
 */
export function checkoutOrigins(settings: Settings): string[] {
  const origins = [...STRIPE_PAGES];
  if (settings.STRIPE_API_URL) origins.push(new URL(settings.STRIPE_API_URL).origin);
  else if (!settings.STRIPE_SECRET_KEY) origins.push(`http://127.0.0.1:${settings.STRIPE_EMULATOR_PORT}`);
  return [...new Set(origins)];
}

/**
 * The Content-Security-Policy of the admin SPA and of the customer pages.
 *
 * - SPA: Vite's bundles are same-origin module scripts (no inline script); Mantine injects
 *   `<style>` elements and style attributes, hence `'unsafe-inline'` for styles only; its CSS
 *   carries `data:` SVG icons; GraphQL goes over fetch and graphql-ws to this origin (`'self'`,
 *   plus the `ws:`/`wss:` form of `PUBLIC_BASE_URL`, which older browsers do not derive from `'self'`).
 * - `/pay`: the pages have no scripts and one inline `<style>`; nothing else loads.
 * - Both: forms only to this origin and the checkout pages customers are sent to, never framed,
 *   no `<base>` rewriting, no plugins; `upgrade-insecure-requests` when served over https.
 */
export function contentSecurityPolicies(settings: Settings): { spa: Directives; pay: Directives; quote: Directives } {
  const base = new URL(settings.PUBLIC_BASE_URL);
  const https = base.protocol === 'https:';
  const socket = `${https ? 'wss' : 'ws'}://${base.host}`;
  const common: Directives = {
    'form-action': ["'self'", ...checkoutOrigins(settings)],
    'frame-ancestors': ["'none'"],
    'object-src': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  };
  const pay: Directives = {
    'default-src': ["'none'"],
    'base-uri': ["'none'"],
    'style-src': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    ...common,
  };
  return {
    spa: {
      'default-src': ["'self'"],
      'base-uri': ["'self'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'", socket],
      ...common,
    },
    pay,
    // The quote page: as /pay, and the business's logo, an https address (business settings).
    quote: { ...pay, 'img-src': ["'self'", 'data:', 'https:'] },
  };
}

/**
 * Security headers on every answer (helmet): `nosniff`, no framing, `Referrer-Policy: no-referrer`
 * (a `/pay` URL is the customer's secret, and the admin SPA needs no Referer either), cross-origin
 * isolation of windows and resources, HSTS only when `PUBLIC_BASE_URL` is https. Pages (the SPA,
 * `/pay`) get their Content-Security-Policy; JSON routes only `frame-ancestors 'none'`, which
 * leaves Apollo's landing page on `GET /graphql` to the policy it declares in its own `<meta>`.
 */
export function securityHeaders(settings: Settings): RequestHandler {
  const https = settings.PUBLIC_BASE_URL.startsWith('https://');
  const policies = contentSecurityPolicies(settings);
  const options = (directives?: Directives): HelmetOptions => ({
    contentSecurityPolicy: directives ? { useDefaults: false, directives } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  });
  const spa = helmet(options(policies.spa));
  const pay = helmet(options(policies.pay));
  const quote = helmet(options(policies.quote));
  const api = helmet(options());
  return (req, res, next) => {
    if (PAY_PATH.test(req.path)) return pay(req, res, next);
    if (QUOTE_PATH.test(req.path)) return quote(req, res, next);
    if (API_PATH.test(req.path)) {
      res.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
      return api(req, res, next);
    }
    return spa(req, res, next);
  };
}
