import { existsSync } from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';

import { ADMIN } from './admin-api';

/** What the browser tests do as people do it: in the admin SPA, and on the emulator's checkout page. */
const ROOT = path.resolve(import.meta.dirname, '../..');

/** The server serves the built SPA: without it every SPA test would fail on a blank page. */
export function requireBuiltSpa(): void {
  if (!existsSync(path.join(ROOT, 'web/dist/index.html'))) {
    throw new Error('web/dist is missing: run `pnpm --filter web build` (the server serves the built SPA)');
  }
}

/** Signs in through the login page, from a signed-out browser, as the suite's admin. */
export async function signIn(page: Page, baseUrl: string, next = '/requests'): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}${next}`);
  await page.waitForURL(/\/login\?next=/);
  await page.getByLabel(/^Email/).fill(ADMIN.email);
  await page.getByLabel(/^Password/).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next);
  // The subscription is up once the header says so: changes from now on arrive live.
  await page.getByTestId('live-state').filter({ hasText: 'Live' }).waitFor();
}

/** The request's status badge in the page's main content, reading exactly `label`. */
export const badge = (page: Page, label: string) =>
  page
    .locator('main')
    .getByTestId('status-badge')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .first();

/** On the request page: the work goes in the calendar, on the 15th of next month. */
export async function scheduleWork(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Date and time of the work' }).click();
  await page.getByRole('button', { name: 'Next month' }).click();
  const day = new Date();
  day.setDate(1);
  day.setMonth(day.getMonth() + 1);
  day.setDate(15);
  const dayLabel = new Intl.DateTimeFormat('en-US', { dateStyle: 'full' }).format(day);
  await page.getByRole('button', { name: dayLabel }).click();
  await page.getByRole('button', { name: 'Use this date and time' }).click();
  await page.getByRole('button', { name: 'Schedule', exact: true }).click();
  await badge(page, 'Scheduled').waitFor();
}

/** On the request page: the work is done, confirmed in the dialog. */
export async function completeWork(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Complete', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark the work as completed?' });
  await dialog.getByRole('button', { name: 'Complete' }).click();
  await badge(page, 'Completed').waitFor();
}

/** On the emulator's hosted checkout page: the customer's details and the test card that succeeds. */
export async function fillCheckout(page: Page, customer: { name: string; email: string }): Promise<void> {
  const email = page.getByLabel('Email', { exact: true });
  if ((await email.getAttribute('readonly')) === null) await email.fill(customer.email);
  await page.getByLabel('Name', { exact: true }).fill(customer.name);
  await page.getByLabel('Card number').fill('4242 4242 4242 4242');
  await page.getByLabel('Expiry date (MM / YY)').fill('12 / 34');
  await page.getByLabel('Security code (CVC)').fill('123');
}

/** The customer pays on the emulator's checkout page by the card that succeeds, and lands on our /pay/…/done page. */
export async function payByCard(page: Page, customer: { name: string; email: string }): Promise<void> {
  await fillCheckout(page, customer);
  await page.getByRole('button', { name: /^Pay / }).click();
  await page.waitForURL(/\/pay\/[^/]+\/done/);
}
