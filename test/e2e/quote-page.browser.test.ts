import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { appEnv, login } from '../support/admin-api';
import { type Browser, launchBrowser, screenshot } from '../support/browser';
import { gql, type ServerProcess, startServerProcess } from '../support/server-process';

/**
 * The customer's quote page in headless Chromium on a phone-sized viewport (375 × 667), against
 * the built server: its forms with JavaScript off, and axe-core's audit of it.
 */
const PHONE = { width: 375, height: 667 };

let dataDir: string;
let server: ServerProcess;
let emulatorPort: number;
let noScript: Browser;
let audited: Browser;
let token: string;

beforeAll(async () => {
  const app = await appEnv('sd-quote-page-');
  ({ dataDir, emulatorPort } = app);
  server = await startServerProcess(app.env);
  noScript = await launchBrowser({ viewport: PHONE, javaScriptEnabled: false });
  // axe-core is injected as a script, which the page's CSP (rightly) forbids: this browser bypasses it.
  audited = await launchBrowser({ viewport: PHONE, bypassCSP: true });
  token = await login(server.url);
  await api(`mutation { updateBusinessSettings(input: { name: "Green & Sons", accentColor: "#ffd43b",
    taxRates: [{ name: "VAT", percentage: "20", inclusive: false }] }) { name } }`);
}, 120_000);

afterAll(async () => {
  await noScript?.close();
  await audited?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const api = <T = any>(query: string, variables: Record<string, unknown> = {}) =>
  gql<T>(server.url, query, variables, token);

/** An itemised, taxed quote the customer must accept, sent: its id and /pay URL. */
async function sentQuote(): Promise<{ id: string; payUrl: string }> {
  const { taxRates } = (await api('{ businessSettings { taxRates { id } } }')).businessSettings;
  const { createServiceRequest: created } = await api(
    `mutation { createServiceRequest(input: { customerName: "Zoë Quinn", customerEmail: "zoe@example.com",
      description: "Spring garden tidy-up" }) { id } }`,
  );
  await api(
    `mutation($id: ID!, $lines: [LineItemInput!], $v: DateTime) {
       quote(id: $id, lineItems: $lines, validUntil: $v, requireAcceptance: true,
             note: "We bring our own tools", terms: "Payment in full on acceptance.") { id } }`,
    {
      id: created.id,
      v: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      lines: [
        { description: 'Hedge trimming (hours)', quantity: 2.5, unitAmount: 4000, taxRateId: taxRates[0].id },
        { description: 'Green waste removal', quantity: 1, unitAmount: 3500 },
      ],
    },
  );
  const { sendPaymentLink } = await api('mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }', {
    id: created.id,
  });
  return { id: created.id, payUrl: sendPaymentLink.payUrl };
}

/** Whether anything on the page is wider than the phone (a horizontal scroll). */
const overflows = (page: Page) => page.evaluate<boolean>('document.documentElement.scrollWidth > window.innerWidth');

describe('the quote page on a phone', () => {
  it('with JavaScript off, shows the whole quote and accepting leads on to paying', async () => {
    const { id, payUrl } = await sentQuote();
    const page = await noScript.context.newPage();
    try {
      await page.goto(payUrl);
      expect(new URL(page.url()).pathname).toMatch(/^\/quote\//);
      const main = page.locator('main');
      for (const text of [
        'Green & Sons',
        'Hedge trimming (hours)',
        '2.5 × $40.00 · VAT 20 %',
        'Green waste removal',
        'Subtotal',
        '$135.00',
        '$20.00',
        '$155.00',
        'Valid until',
        'We bring our own tools',
        'Payment in full on acceptance.',
      ]) {
        await expect.soft(main.getByText(text, { exact: false }).first().isVisible(), text).resolves.toBe(true);
      }
      await screenshot(page, 'quote-page-375');
      await page.getByLabel('Your full name').fill('Zoë Quinn');
      await page.getByRole('button', { name: /Accept and pay in full/ }).click();
      await page.waitForURL((url) => url.port === String(emulatorPort));
      const { serviceRequest } = await api(
        'query($id: ID!) { serviceRequest(id: $id) { status acceptance { name quoteVersion } } }',
        { id },
      );
      expect(serviceRequest).toEqual({ status: 'ACCEPTED', acceptance: { name: 'Zoë Quinn', quoteVersion: 1 } });
    } finally {
      await page.close();
    }
  }, 60_000);

  it('with JavaScript off, declining with a reason says thank you and records it', async () => {
    const { id, payUrl } = await sentQuote();
    const page = await noScript.context.newPage();
    try {
      await page.goto(payUrl.replace('/pay/', '/quote/'));
      await page.getByLabel('Reason (optional)').fill('We found <someone> closer');
      await page.getByRole('button', { name: 'Decline' }).click();
      await page.waitForURL(/\?done=declined$/);
      await page.getByText('We have let the business know you declined this quote.').waitFor();
      const { serviceRequest } = await api(
        'query($id: ID!) { serviceRequest(id: $id) { status timeline { kind note } } }',
        {
          id,
        },
      );
      expect(serviceRequest.status).toBe('AWAITING_PAYMENT');
      expect(serviceRequest.timeline).toContainEqual({
        kind: 'QUOTE_DECLINED',
        note: 'Declined by the customer: We found <someone> closer',
      });
    } finally {
      await page.close();
    }
  }, 60_000);

  it('fits the phone and axe-core finds no serious or critical violation, before and after accepting', async () => {
    const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const { payUrl } = await sentQuote();
    const quoteUrl = payUrl.replace('/pay/', '/quote/');
    const page = await audited.context.newPage();
    const audit = async () => {
      await page.addScriptTag({ content: axe });
      const result = await page.evaluate<{ id: string; impact: string | null; nodes: number }[]>(
        'axe.run().then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))',
      );
      return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    };
    try {
      await page.goto(quoteUrl);
      expect(await overflows(page)).toBe(false);
      expect(await audit()).toEqual([]);
      await page.getByLabel('Your full name').fill('Zoë Quinn');
      await page.getByRole('button', { name: /Accept and pay in full/ }).click();
      await page.waitForURL((url) => url.port === String(emulatorPort));
      await page.goto(quoteUrl);
      await page.getByText('Accepted by').waitFor();
      expect(await overflows(page)).toBe(false);
      expect(await audit()).toEqual([]);
      await screenshot(page, 'quote-page-accepted-375');
    } finally {
      await page.close();
    }
  }, 60_000);
});
