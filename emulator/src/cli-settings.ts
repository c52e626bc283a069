import { readFileSync } from 'node:fs';

import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65_535);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/**
 * The environment of the emulator run alone. The names and defaults are the server's (its settings
 * module documents them), so `pnpm --filter server emulator` and `pnpm start` agree on the port, the
 * data folder and the webhook secret; only the emulator's few are read here.
 */
const schema = z.object({
  PORT: port.default(4000),
  DATA_DIR: z.string().min(1).default('.data'),
  STRIPE_EMULATOR_PORT: port.default(12111),
  EMULATOR_WEBHOOK_URL: optional(z.url({ protocol: /^https?$/ })),
  /** The server accepts several (rotation); the emulator signs with the first. */
  STRIPE_WEBHOOK_SECRET: optional(
    z
      .string()
      .transform((text) => text.trim().split(/\s*[,\n]\s*/)[0] ?? '')
      .pipe(z.string().regex(/^whsec_[A-Za-z0-9+/=_-]+$/, 'whsec_… values separated by commas or newlines')),
  ),
  BUSINESS_NAME: z.string().min(1).max(100).default('Our team'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type CliSettings = z.output<typeof schema>;

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Validates the environment; `STRIPE_WEBHOOK_SECRET_FILE` may hold the secret; the first problem is one line. */
export function loadCliSettings(env: NodeJS.ProcessEnv = process.env): CliSettings {
  const resolved: Record<string, string | undefined> = { ...env };
  const file = env['STRIPE_WEBHOOK_SECRET_FILE'];
  if (file) {
    if (env['STRIPE_WEBHOOK_SECRET']) {
      throw new SettingsError('STRIPE_WEBHOOK_SECRET and STRIPE_WEBHOOK_SECRET_FILE are both set: keep one');
    }
    try {
      resolved['STRIPE_WEBHOOK_SECRET'] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (error) {
      throw new SettingsError(
        `STRIPE_WEBHOOK_SECRET_FILE: cannot read ${file} (${(error as NodeJS.ErrnoException).code})`,
      );
    }
  }
  const result = schema.safeParse(resolved);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new SettingsError(`${String(issue?.path[0] ?? 'settings')}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}
