import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { loadSettings } from './settings';

describe('settings', () => {
  it('has the documented defaults', () => {
    const s = loadSettings({});
    expect(s).toMatchObject({
      PORT: 4000,
      HOST: '0.0.0.0',
      PUBLIC_BASE_URL: 'http://localhost:4000',
      DATA_DIR: '.data',
      STRIPE_EMULATOR_PORT: 12111,
      PAYMENT_PRIMITIVE: 'payment_link',
      CURRENCY: 'usd',
      BUSINESS_NAME: 'Our team',
      RECONCILE_INTERVAL: 15 * 60_000,
      stripeMode: 'test',
    });
    expect(s.DATABASE_URL).toBeUndefined();
    expect(s.STRIPE_SECRET_KEY).toBeUndefined();
  });

  it('derives PUBLIC_BASE_URL from PORT and strips a trailing slash', () => {
    expect(loadSettings({ PORT: '8080' }).PUBLIC_BASE_URL).toBe('http://localhost:8080');
    expect(loadSettings({ PUBLIC_BASE_URL: 'https://pay.example.com/' }).PUBLIC_BASE_URL).toBe(
      'https://pay.example.com',
    );
  });

  it('reads secrets from NAME_FILE', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'settings-'));
    const file = path.join(dir, 'secret');
    writeFileSync(file, 'whsec_old,whsec_new\n');
    expect(loadSettings({ STRIPE_WEBHOOK_SECRET_FILE: file }).STRIPE_WEBHOOK_SECRET).toEqual([
      'whsec_old',
      'whsec_new',
    ]);
    writeFileSync(file, 'sk_test_abc123\n');
    expect(loadSettings({ STRIPE_SECRET_KEY_FILE: file, STRIPE_WEBHOOK_SECRET: 'whsec_x' }).STRIPE_SECRET_KEY).toBe(
      'sk_test_abc123',
    );
  });

  it('accepts webhook secrets separated by commas or newlines', () => {
    expect(loadSettings({ STRIPE_WEBHOOK_SECRET: 'whsec_a\nwhsec_b, whsec_c' }).STRIPE_WEBHOOK_SECRET).toEqual([
      'whsec_a',
      'whsec_b',
      'whsec_c',
    ]);
  });

  it.each([
    [{ PORT: 'eighty' }, /^PORT: /],
    [{ PORT: '70000' }, /^PORT: /],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL: a postgres:\/\/ URL/],
    [{ STRIPE_SECRET_KEY: 'pk_test_123' }, /^STRIPE_SECRET_KEY: /],
    [{ STRIPE_WEBHOOK_SECRET: 'secret' }, /^STRIPE_WEBHOOK_SECRET: /],
    [{ STRIPE_API_URL: 'http://localhost:12111/v1' }, /^STRIPE_API_URL: scheme:\/\/host:port with no path/],
    [{ PAYMENT_PRIMITIVE: 'invoice' }, /^PAYMENT_PRIMITIVE: /],
    [{ CURRENCY: 'dollars' }, /^CURRENCY: a three-letter ISO 4217 code/],
    [{ ADMIN_EMAIL: 'root' }, /^ADMIN_EMAIL: /],
    [{ NOTIFY_EMAIL: 'the office' }, /^NOTIFY_EMAIL: /],
    [{ ADMIN_PASSWORD: 'short' }, /^ADMIN_PASSWORD: must be at least 15 characters$/],
    [{ ADMIN_PASSWORD: '1qaz2wsx3edc4rfv' }, /^ADMIN_PASSWORD: is one of the most common passwords/],
    [{ SESSION_SECRET: 'tiny' }, /^SESSION_SECRET: at least 32 characters/],
    [{ RECONCILE_INTERVAL: 'often' }, /^RECONCILE_INTERVAL: a duration/],
    // `true` would believe any client's X-Forwarded-For: count the hops instead.
    [{ TRUST_PROXY: 'true' }, /^TRUST_PROXY: a hop count or a comma list of addresses and CIDRs/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /^TRUST_PROXY: .*invalid range/],
    [{ TRUST_PROXY: '10.0.0.1,,10.0.0.2' }, /^TRUST_PROXY: /],
    [{ METRICS_TOKEN: 'short' }, /^METRICS_TOKEN: at least 16 characters/],
    [
      { STRIPE_SECRET_KEY_FILE: '/nonexistent/key' },
      /^STRIPE_SECRET_KEY_FILE: cannot read \/nonexistent\/key \(ENOENT\)/,
    ],
    [
      { STRIPE_SECRET_KEY: 'sk_test_a', STRIPE_SECRET_KEY_FILE: '/x' },
      /^STRIPE_SECRET_KEY and STRIPE_SECRET_KEY_FILE are both set/,
    ],
  ])('refuses %o with one line naming the setting', (env, message) => {
    expect(() => loadSettings(env)).toThrow(message);
  });

  it('refuses a live key outside production and takes it in production', () => {
    expect(() => loadSettings({ STRIPE_SECRET_KEY: 'sk_live_abc', STRIPE_WEBHOOK_SECRET: 'whsec_x' })).toThrow(
      'STRIPE_SECRET_KEY: a live key is refused unless NODE_ENV=production',
    );
    expect(
      loadSettings({ STRIPE_SECRET_KEY: 'rk_live_abc', STRIPE_WEBHOOK_SECRET: 'whsec_x', NODE_ENV: 'production' })
        .stripeMode,
    ).toBe('live');
  });

  it('wants the webhook signing secret with a real key', () => {
    expect(() => loadSettings({ STRIPE_SECRET_KEY: 'sk_test_abc' })).toThrow(
      /^STRIPE_WEBHOOK_SECRET: required with STRIPE_SECRET_KEY/,
    );
  });

  it('reads TRUST_PROXY as a hop count or a list of proxies, and trusts none when unset', () => {
    expect(loadSettings({}).TRUST_PROXY).toBeUndefined();
    expect(loadSettings({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadSettings({ TRUST_PROXY: '10.0.0.0/8, fd00::/8,loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      'fd00::/8',
      'loopback',
    ]);
  });

  it('reads METRICS_TOKEN from METRICS_TOKEN_FILE', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'settings-')), 'metrics-token');
    writeFileSync(file, 'a-scrape-token-of-some-length\n');
    expect(loadSettings({ METRICS_TOKEN_FILE: file }).METRICS_TOKEN).toBe('a-scrape-token-of-some-length');
  });

  it('parses durations, 0 turning reconciliation off', () => {
    expect(loadSettings({ RECONCILE_INTERVAL: '0' }).RECONCILE_INTERVAL).toBe(0);
    expect(loadSettings({ RECONCILE_INTERVAL: '30s' }).RECONCILE_INTERVAL).toBe(30_000);
    expect(loadSettings({ RECONCILE_INTERVAL: '2h' }).RECONCILE_INTERVAL).toBe(7_200_000);
  });
});
