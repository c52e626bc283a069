import { readFileSync } from 'node:fs';
import path from 'node:path';

import proxyaddr from 'proxy-addr';
import { z } from 'zod';

import { passwordProblem } from './auth/password-rules';

/** Settings that may hold a secret; each can also be given as `NAME_FILE`, a path to a file holding it. */
const SECRET_NAMES = [
  'DATABASE_URL',
  'STRIPE_SECRET_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'ADMIN_PASSWORD',
  'SESSION_SECRET',
  'SMTP_URL',
  'METRICS_TOKEN',
] as const;

const STRIPE_KEY = /^(sk|rk)_(test|live)_[A-Za-z0-9_]+$/;
const WEBHOOK_SECRET = /^whsec_[A-Za-z0-9+/=_-]+$/;

const duration = z
  .string()
  .regex(/^(0|\d+(ms|s|m|h|d))$/, 'a duration such as 0, 30s, 15m, 1h')
  .transform((text) => {
    const match = /^(\d+)(ms|s|m|h|d)?$/.exec(text);
    const units = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
    return Number(match?.[1]) * units[(match?.[2] ?? 'ms') as keyof typeof units];
  });

const port = z.coerce.number().int().min(0).max(65_535);

/** A hop count, or a comma list of proxies' addresses and CIDRs, as Express reads `trust proxy`. */
const trustProxy = z.string().transform((text, ctx) => {
  if (/^\d+$/.test(text.trim())) return Number(text);
  const proxies = text.split(',').map((entry) => entry.trim());
  try {
    proxyaddr.compile(proxies);
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `a hop count or a comma list of addresses and CIDRs (${(error as Error).message})`,
    });
    return z.NEVER;
  }
  return proxies;
});
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port.default(4000),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_BASE_URL: optional(z.url({ protocol: /^https?$/ })),
    DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL')),
    DATA_DIR: z.string().min(1).default('.data'),
    EMBEDDED_POSTGRES_PORT: port.default(54320),
    STRIPE_SECRET_KEY: optional(z.string().regex(STRIPE_KEY, 'sk_test_…, rk_test_…, sk_live_… or rk_live_…')),
    STRIPE_WEBHOOK_SECRET: optional(
      z
        .string()
        .transform((text) =>
          text
            .split(/[,\n]/)
            .map((s) => s.trim())
            .filter(Boolean),
        )
        .pipe(z.array(z.string().regex(WEBHOOK_SECRET, 'whsec_… values separated by commas or newlines')).min(1)),
    ),
    STRIPE_API_URL: optional(
      z.url({ protocol: /^https?$/ }).refine((url) => ['', '/'].includes(new URL(url).pathname), {
        message: 'scheme://host:port with no path',
      }),
    ),
    STRIPE_EMULATOR_PORT: port.default(12111),
    /** Where the emulator run alone delivers webhooks; inside `pnpm start` it is this server's own route. */
    EMULATOR_WEBHOOK_URL: optional(z.url({ protocol: /^https?$/ })),
    PAYMENT_PRIMITIVE: z.enum(['payment_link', 'checkout_session']).default('payment_link'),
    CURRENCY: z
      .string()
      .regex(/^[A-Za-z]{3}$/, 'a three-letter ISO 4217 code')
      .transform((code) => code.toLowerCase())
      .default('usd'),
    BUSINESS_NAME: z.string().min(1).max(100).default('Our team'),
    ADMIN_EMAIL: optional(z.email()),
    // The rules of every new password (NIST SP 800-63B): a weak one stops the boot.
    ADMIN_PASSWORD: optional(
      z.string().superRefine((password, ctx) => {
        const problem = passwordProblem(password);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    ),
    SESSION_SECRET: optional(z.string().min(32, 'at least 32 characters')),
    /** How long the audit log keeps an event. */
    AUDIT_RETENTION: duration.refine((ms) => ms > 0, 'longer than 0').default(365 * 86_400_000),
    /** How long a login lasts; its subscriptions end with it. */
    SESSION_LIFETIME: duration.refine((ms) => ms > 0, 'longer than 0').default(7 * 86_400_000),
    SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL')),
    MAIL_FROM: optional(z.string().min(3)),
    /** Where the business hears of each new request and a customer's answer to a quote; unset: every owner. */
    NOTIFY_EMAIL: optional(z.email()),
    RECONCILE_INTERVAL: duration.default(15 * 60_000),
    /** Stripe API calls per second that campaigns and reconciliation allow themselves, across replicas. */
    STRIPE_RATE_LIMIT: optional(z.coerce.number().int().min(1).max(10_000)),
    TRUST_PROXY: optional(trustProxy),
    METRICS_TOKEN: optional(z.string().min(16, 'at least 16 characters')),
    /** Events applied at once by this replica's webhook worker (each holds a database connection). */
    WEBHOOK_WORKERS: z.coerce.number().int().min(1).max(32).default(4),
    /**
     * Leaves the Stripe side-effect jobs (closing retired links) queued on this replica: for
     * measuring the apply path alone (`pnpm bench`), or to hold Stripe calls during an incident.
     */
    SIDE_EFFECTS_PAUSED: z
      .enum(['true', 'false', '1', '0', ''])
      .default('false')
      .transform((text) => text === 'true' || text === '1'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .transform((s) => ({
    ...s,
    PUBLIC_BASE_URL: (s.PUBLIC_BASE_URL ?? `http://localhost:${s.PORT}`).replace(/\/+$/, ''),
    stripeMode: s.STRIPE_SECRET_KEY?.includes('_live_') ? ('live' as const) : ('test' as const),
    // Stripe allows 100 requests a second in live mode and 25 in test mode.
    stripeRateLimit: s.STRIPE_RATE_LIMIT ?? (s.STRIPE_SECRET_KEY?.includes('_live_') ? 100 : 25),
  }))
  .superRefine((s, ctx) => {
    if (s.STRIPE_SECRET_KEY && !s.STRIPE_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_WEBHOOK_SECRET'],
        message: 'required with STRIPE_SECRET_KEY: the signing secret (whsec_…) of your webhook endpoint',
      });
    }
    if (s.stripeMode === 'live' && s.NODE_ENV !== 'production') {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_SECRET_KEY'],
        message: 'a live key is refused unless NODE_ENV=production',
      });
    }
  });

export type Settings = z.output<typeof schema>;

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Reads `NAME_FILE` variants into `NAME` (one trailing newline trimmed); giving both is an error. */
function resolveFiles(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const resolved: Record<string, string | undefined> = { ...env };
  for (const name of SECRET_NAMES) {
    const file = env[`${name}_FILE`];
    if (!file) continue;
    if (env[name]) throw new SettingsError(`${name} and ${name}_FILE are both set: keep one`);
    try {
      resolved[name] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      throw new SettingsError(`${name}_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code})`);
    }
  }
  return resolved;
}

/** Validates the environment once; the first problem becomes one line naming the setting. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const result = schema.safeParse(resolveFiles(env));
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue?.path[0] ?? 'settings');
    throw new SettingsError(`${name}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/**
 * DATA_DIR for a CLI run as `pnpm --filter server <script>`: pnpm runs it in server/, and a relative
 * DATA_DIR means the directory `pnpm start` runs the server in (the workspace root).
 */
export function cliDataDir(settings: Settings, env: NodeJS.ProcessEnv, script: string): string {
  const base = env['npm_lifecycle_event'] === script ? path.resolve(__dirname, '../..') : process.cwd();
  return path.resolve(base, settings.DATA_DIR);
}
