import { execFile } from 'node:child_process';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { appEnv, login } from '../support/admin-api';
import { ARTIFACTS, type Browser, launchBrowser, screenshot } from '../support/browser';
import { gql, type ServerProcess, serverFailures, startServerProcess } from '../support/server-process';
import { badge, completeWork, payByCard, requireBuiltSpa, scheduleWork, signIn } from '../support/ui';

/**
 * The whole loop in Chromium against the built server, as a business and its customer live it:
 * the owner sets the business up in the SPA; a customer asks for work on the public form, is sent
 * an itemised, taxed quote with a deposit, accepts it on a phone and pays the deposit on the
 * emulator's checkout page; the owner's open page shows it arrive, the work is scheduled and done,
 * the balance link goes out and is paid, and the receipt is in the outbox. The quote and receipt
 * PDFs are rendered to PNG (poppler's `pdftoppm`) under test/artifacts/ for people to look at.
 */
const PHONE = { width: 375, height: 667 };
const BUSINESS = 'Green & Sons';
/** Far from the browsers' UTC, so a date shown in the business's zone is told apart. */
const TIME_ZONE = 'Pacific/Auckland';
const CUSTOMER = { name: 'Zoë Quinn', email: 'zoe@example.com' };

const run = promisify(execFile);

let dataDir: string;
let server: ServerProcess;
let emulatorPort: number;
let office: Browser;
let phone: Browser;
let token: string;

beforeAll(async () => {
  requireBuiltSpa();
  await run('pdftoppm', ['-v']).catch(() => {
    throw new Error('no pdftoppm: apt-get install -y poppler-utils (.ci/run does)');
  });
  const app = await appEnv('sd-walk-');
  ({ dataDir, emulatorPort } = app);
  [server, office, phone] = await Promise.all([
    startServerProcess(app.env),
    launchBrowser(),
    launchBrowser({ viewport: PHONE }),
  ]);
  office.context.setDefaultTimeout(15_000);
  phone.context.setDefaultTimeout(15_000);
  token = await login(server.url);
});

afterAll(async () => {
  await office?.close();
  await phone?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** A logo as a designer would hand it over: a PNG, here drawn by Chromium itself. */
async function drawnLogo(): Promise<Buffer> {
  const page = await office.context.newPage();
  try {
    await page.setContent(
      '<div style="display:inline-block;padding:8px 16px;background:#2f9e44;color:#fff;font:bold 28px sans-serif">G&amp;S</div>',
    );
    return await page.locator('div').screenshot();
  } finally {
    await page.close();
  }
}

/** One line of the quote form: its description, quantity, unit price and, maybe, a tax rate. */
async function fillLine(page: Page, index: number, line: { what: string; qty: string; price: string; tax?: string }) {
  const row = page.getByTestId('quote-line').nth(index);
  await row.getByLabel('Description').fill(line.what);
  await row.getByLabel('Quantity').fill(line.qty);
  await row.getByLabel('Unit price').fill(line.price);
  if (line.tax) {
    await row.getByRole('combobox', { name: 'Tax' }).click();
    await page.getByRole('option', { name: line.tax, exact: true }).click();
  }
}

/** A PDF the admin's link points at (the customer's own address): saved, its text, and page 1 as a PNG. */
async function renderPdf(page: Page, linkName: string, name: string): Promise<string> {
  const link = page.getByRole('link', { name: linkName });
  const href = await link.getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.context().request.get(new URL(href as string, server.url).toString());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  await mkdir(ARTIFACTS, { recursive: true });
  const pdf = path.join(ARTIFACTS, `${name}.pdf`);
  await writeFile(pdf, await response.body());
  await run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(ARTIFACTS, name)]);
  expect((await stat(path.join(ARTIFACTS, `${name}.png`))).size).toBeGreaterThan(1_000);
  return (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
}

describe('quote to receipt, walked through in the browser', () => {
  it('sets up the business, quotes with a deposit, takes the deposit and the balance, and hands over the receipt', async () => {
    const owner = await office.context.newPage();
    const customer = await phone.context.newPage();
    try {
      // The owner sets up the business: name, logo, a tax rate, the time zone, quote validity.
      await signIn(owner, server.url);
      await owner.getByRole('link', { name: 'Settings' }).first().click();
      await owner.getByRole('heading', { name: 'Business settings' }).waitFor();
      await owner.locator('input[type="file"]').setInputFiles({
        name: 'logo.png',
        mimeType: 'image/png',
        buffer: await drawnLogo(),
      });
      await owner.getByTestId('logo-preview').waitFor();
      await owner.getByLabel(/^Business name/).fill(BUSINESS);
      await owner.getByRole('combobox', { name: 'Time zone' }).fill(TIME_ZONE);
      await owner.getByRole('option', { name: TIME_ZONE, exact: true }).click();
      await owner.getByLabel('Quotes valid for (days)').fill('14');
      await owner.getByRole('button', { name: 'Add a tax rate' }).click();
      const rate = owner.getByTestId('tax-rate').last();
      await rate.getByLabel('Name', { exact: true }).fill('VAT');
      await rate.getByLabel('Percentage').fill('20');
      await owner.getByRole('button', { name: 'Save settings' }).click();
      await owner.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      await screenshot(owner, 'walk-settings');

      // A customer asks for work on the public form, on their phone; the owner's list shows it live.
      await owner.getByRole('link', { name: 'Requests' }).first().click();
      await owner.getByRole('heading', { name: 'Requests' }).waitFor();
      await customer.goto(`${server.url}/request`);
      await customer.getByLabel(/^Name/).fill(CUSTOMER.name);
      await customer.getByLabel(/^Email/).fill(CUSTOMER.email);
      await customer.getByLabel(/^What is needed/).fill('Spring garden tidy-up');
      await customer.getByRole('button', { name: 'Send request' }).click();
      await customer.getByText('Thank you, we got your request').waitFor();
      const row = owner.getByTestId('request-row').filter({ hasText: CUSTOMER.name });
      await row.getByRole('link', { name: CUSTOMER.name }).click();
      await badge(owner, 'Requested').waitFor();

      // An itemised, taxed quote with a 20 % deposit, which the customer must accept first.
      await owner.getByRole('button', { name: 'Itemise: lines, quantities and taxes' }).click();
      await fillLine(owner, 0, { what: 'Hedge trimming (hours)', qty: '2.5', price: '40', tax: 'VAT 20 %' });
      await owner.getByRole('button', { name: 'Add a line' }).click();
      await fillLine(owner, 1, { what: 'Green waste removal', qty: '1', price: '35' });
      await owner
        .getByTestId('quote-form-totals')
        .filter({ hasText: 'Subtotal $135.00 · Tax $20.00 · Total $155.00' })
        .waitFor();
      await owner
        .locator('label')
        .filter({ hasText: /^Percent$/ })
        .click();
      await owner.getByLabel('Deposit (% of the total with tax)').fill('20');
      await owner.getByLabel('Note to the customer (optional)').fill('We bring our own tools');
      await owner.getByLabel('Customer accepts the quote online first').check();
      await owner.getByRole('button', { name: 'Quote', exact: true }).click();
      await badge(owner, 'Quoted').waitFor();
      await owner.getByTestId('quote-total').filter({ hasText: '$155.00' }).waitFor();
      await owner.getByTestId('deposit-amount').filter({ hasText: '$31.00' }).waitFor();
      await owner.getByRole('button', { name: 'Send payment link' }).click();
      await badge(owner, 'Awaiting payment').waitFor();
      const payUrl = (await owner.getByTestId('pay-url').textContent()) ?? '';
      expect(payUrl).toMatch(new RegExp(`^${server.url}/pay/[A-Za-z0-9_-]+$`));

      // On the phone, the link opens the quote page: the business's look, the items and totals.
      await customer.goto(payUrl);
      await customer.waitForURL(/\/quote\/[^/]+$/);
      const { validUntil } = (
        await gql<{ serviceRequest: { validUntil: string } }>(
          server.url,
          'query($id: ID!) { serviceRequest(id: $id) { validUntil } }',
          { id: new URL(owner.url()).pathname.split('/').pop() },
          token,
        )
      ).serviceRequest;
      const validInZone = new Intl.DateTimeFormat('en-US', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: TIME_ZONE,
      }).format(new Date(validUntil));
      const main = customer.locator('main');
      for (const text of [
        BUSINESS,
        'Hedge trimming (hours)',
        '2.5 × $40.00 · VAT 20 %',
        'Green waste removal',
        '$135.00',
        '$20.00',
        '$155.00',
        `Valid until ${validInZone}`,
        'We bring our own tools',
      ]) {
        await expect.soft(main.getByText(text, { exact: false }).first().isVisible(), text).resolves.toBe(true);
      }
      const logo = main.locator('header img');
      await logo.waitFor();
      // Loaded, not a broken image: the logo's bytes came through as an image.
      const loaded = (img: unknown) => (img as { naturalWidth: number }).naturalWidth > 0;
      await expect.poll(() => logo.evaluate(loaded)).toBe(true);
      await screenshot(customer, 'quote-page');

      // Accepting with a typed name leads to the deposit on the emulator's checkout page.
      await customer.getByLabel('Your full name').fill(CUSTOMER.name);
      await customer.getByRole('button', { name: /Accept and pay the deposit/ }).click();
      await customer.waitForURL((url) => url.port === String(emulatorPort));
      await customer.getByRole('heading', { name: /^Pay \$31\.00$/ }).waitFor();
      await customer.getByText(/^Deposit on quote #[0-9A-F]{8}-1 × 1: \$31\.00$/).waitFor();
      await payByCard(customer, CUSTOMER);
      await customer.getByText('We have received your payment of $31.00.').waitFor();

      // The owner's open page follows, without a reload: the deposit is in, the work booked.
      await badge(owner, 'Deposit paid').waitFor({ timeout: 30_000 });
      await owner.getByTestId('amount-paid').filter({ hasText: '$31.00' }).waitFor();
      await owner.getByTestId('amount-due').filter({ hasText: '$124.00' }).waitFor();
      await owner
        .getByTestId('acceptance')
        .filter({ hasText: `Accepted by ${CUSTOMER.name}` })
        .waitFor();
      await screenshot(owner, 'walk-deposit-paid');

      // The work is scheduled and done; the balance link goes out through the same /pay URL.
      await scheduleWork(owner);
      await completeWork(owner);
      await owner.getByRole('button', { name: 'Send balance link ($124.00)' }).click();
      await owner
        .getByRole('table', { name: 'Payment link history' })
        .getByRole('row')
        .filter({ hasText: '$124.00' })
        .filter({ hasText: 'Active' })
        .waitFor();

      await customer.goto(payUrl);
      await customer.waitForURL((url) => url.port === String(emulatorPort));
      await customer.getByRole('heading', { name: /^Pay \$124\.00$/ }).waitFor();
      await customer.getByText(/^Balance of quote #[0-9A-F]{8}-1 × 1: \$124\.00$/).waitFor();
      await payByCard(customer, CUSTOMER);
      await customer.getByText('We have received your payment of $124.00.').waitFor();
      await owner.getByTestId('amount-paid').filter({ hasText: '$155.00' }).waitFor({ timeout: 30_000 });
      await owner.getByTestId('amount-due').filter({ hasText: '$0.00' }).waitFor();
      await screenshot(owner, 'walk-balance-paid');

      // Both PDFs, as the customer gets them: items, totals, the acceptance, what was paid.
      const quote = await renderPdf(owner, 'Quote PDF', 'quote-pdf');
      for (const text of [
        BUSINESS,
        CUSTOMER.name,
        'Hedge trimming (hours)',
        'Green waste removal',
        '$135.00',
        '$20.00',
        '$155.00',
        'Deposit',
        '$31.00',
        'Balance',
        '$124.00',
        'Accepted by',
      ]) {
        expect.soft(quote, text).toContain(text);
      }
      const receipt = await renderPdf(owner, 'Receipt PDF', 'receipt-pdf');
      for (const text of [BUSINESS, CUSTOMER.name, '$31.00', '$124.00', '$155.00']) {
        expect.soft(receipt, text).toContain(text);
      }

      // The receipt of the balance is in the outbox, to the customer.
      await owner.getByRole('link', { name: 'Outbox' }).first().click();
      const mail = owner.getByTestId('outbox-message').filter({ hasText: 'receipt for your payment of $124.00' });
      await mail.getByText(`To ${CUSTOMER.email}`).waitFor();
      await mail.getByRole('button').first().click();
      await mail
        .getByText(/\$124\.00/)
        .last()
        .waitFor();
      await screenshot(owner, 'walk-outbox');

      expect(serverFailures()).toEqual([]);
    } finally {
      await customer.close();
      await owner.close();
    }
  }, 120_000);
});
