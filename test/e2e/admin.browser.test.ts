import { rm } from 'node:fs/promises';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ADMIN, appEnv, login } from '../support/admin-api';
import { type Browser, launchBrowser, screenshot } from '../support/browser';
import { gql, type ServerProcess, startServerProcess } from '../support/server-process';
import {
  badge,
  completeWork,
  fillCheckout,
  payByCard,
  requireBuiltSpa,
  scheduleWork,
  signIn as signInAt,
} from '../support/ui';

/**
 * The admin SPA in a real headless Chromium against the built server (`server/dist`, serving
 * `web/dist`), as `pnpm start` runs it: no mocks between the browser and PostgreSQL.
 */
let dataDir: string;
let env: Record<string, string>;
let server: ServerProcess;
let browser: Browser;
let token: string;

beforeAll(async () => {
  requireBuiltSpa();
  ({ dataDir, env } = await appEnv('sd-browser-'));
  server = await startServerProcess(env);
  browser = await launchBrowser();
  browser.context.setDefaultTimeout(15_000);
  token = await login(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const api = <T = any>(query: string, variables: Record<string, unknown> = {}) =>
  gql<T>(server.url, query, variables, token);

/** Signs in on this file's server (which a test restarts). */
const signIn = (page: Page, next?: string) => signInAt(page, server.url, next);

describe('admin SPA in Chromium', () => {
  it('sends an unauthenticated visit to the login page, and back where it was going after signing in', async () => {
    const page = await browser.context.newPage();
    try {
      await page.goto(`${server.url}/outbox`);
      await page.waitForURL(`${server.url}/login?next=%2Foutbox`);
      // The URL changes before the login page renders: wait for its heading (fails if it never shows).
      await page.getByRole('heading', { name: 'Sign in' }).waitFor({ state: 'visible' });

      await page.getByLabel(/^Email/).fill(ADMIN.email);
      await page.getByLabel(/^Password/).fill('not the password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'Wrong email or password.' }).waitFor();
      await screenshot(page, 'login');

      await page.getByLabel(/^Password/).fill(ADMIN.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${server.url}/outbox`);
      await page.getByRole('heading', { name: 'Outbox' }).waitFor();

      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/\/login/);
      await page.goto(`${server.url}/requests`);
      await page.waitForURL(/\/login\?next=%2Frequests/);
    } finally {
      await page.close();
      await browser.context.clearCookies();
    }
  });

  it('creates a request (showing a bad field where it belongs), quotes, sends, and re-quotes', async () => {
    const page = await browser.context.newPage();
    try {
      await signIn(page);
      await page.getByRole('button', { name: 'New request' }).click();
      const dialog = page.getByRole('dialog', { name: 'New request' });
      await dialog.getByLabel(/^Name/).fill('Hedy Lamarr');
      await dialog.getByLabel(/^Email/).fill('not-an-email');
      await dialog.getByLabel(/^What is needed/).fill('Hedge trimming, front and back');
      await dialog.getByRole('button', { name: 'Create request' }).click();
      const emailError = dialog.getByText('Must be an email address');
      await emailError.waitFor();
      expect(await dialog.getByLabel(/^Email/).getAttribute('aria-invalid')).toBe('true');
      await screenshot(page, 'new-request-field-error');

      await dialog.getByLabel(/^Email/).fill('hedy@example.com');
      await dialog.getByRole('button', { name: 'Create request' }).click();
      await page.waitForURL(/\/requests\/[^/]+$/);
      await page.getByRole('heading', { name: 'Hedy Lamarr' }).waitFor();
      await badge(page, 'Requested').waitFor();

      // Too small for Stripe: the server's BAD_USER_INPUT appears under the amount.
      const amount = page.getByRole('textbox', { name: 'Amount' });
      await amount.fill('0.10');
      await page.getByRole('button', { name: 'Quote', exact: true }).click();
      await page.getByText('Must be at least $0.50').waitFor();
      expect(await amount.getAttribute('aria-invalid')).toBe('true');

      await amount.fill('125');
      await page.getByRole('button', { name: 'Quote', exact: true }).click();
      await badge(page, 'Quoted').waitFor();
      await page.getByTestId('quote-amount').filter({ hasText: '$125.00' }).waitFor();

      await page.getByRole('button', { name: 'Send payment link' }).click();
      await badge(page, 'Awaiting payment').waitFor();
      const payUrl = await page.getByTestId('pay-url').textContent();
      expect(payUrl).toMatch(new RegExp(`^${server.url}/pay/[A-Za-z0-9_-]+$`));
      await page.getByRole('button', { name: 'Resend payment link' }).waitFor();
      await screenshot(page, 'request-detail-awaiting-payment');

      // Re-quote: the request goes back to QUOTED, the old link is retired, the pay URL stays.
      await page.getByRole('textbox', { name: 'Amount' }).fill('150');
      await page.getByRole('button', { name: 'Re-quote', exact: true }).click();
      await badge(page, 'Quoted').waitFor();
      await page.getByTestId('quote-amount').filter({ hasText: '$150.00' }).waitFor();
      await page.getByRole('button', { name: 'Send payment link' }).click();
      await badge(page, 'Awaiting payment').waitFor();
      const history = page.getByRole('table', { name: 'Payment link history' });
      await history.getByRole('row').filter({ hasText: 'v2' }).filter({ hasText: 'Active' }).waitFor();
      expect(await history.getByRole('row').filter({ hasText: 'v1' }).textContent()).toContain('Retired');
      expect(await page.getByTestId('pay-url').textContent()).toBe(payUrl);
      // The timeline tells the story, oldest first.
      await page.getByText('Awaiting payment → Quoted').waitFor();
    } finally {
      await page.close();
    }
  });

  it('shows changes from other sources live (a customer’s request, an API quote, a payment), then schedules and completes', async () => {
    const admin = await browser.context.newPage();
    const customer = await browser.context.newPage();
    try {
      await signIn(admin);
      await admin.getByRole('heading', { name: 'Requests' }).waitFor();

      // The customer's public page, no login.
      await customer.goto(`${server.url}/request`);
      await customer.getByLabel(/^Name/).fill('Katherine Johnson');
      await customer.getByLabel(/^Email/).fill('katherine@example.com');
      await customer.getByLabel(/^What is needed/).fill('Lawn aeration');
      await customer.getByRole('button', { name: 'Send request' }).click();
      await customer.getByText('Thank you, we got your request').waitFor();
      await screenshot(customer, 'public-request-sent');
      await admin.bringToFront(); // a page behind another gets no animation frames: Playwright's clicks would wait for them

      // The admin's list shows it without a reload, and says so.
      const row = admin.getByTestId('request-row').filter({ hasText: 'Katherine Johnson' });
      await row.waitFor();
      await admin.getByRole('status').filter({ hasText: 'New request' }).first().waitFor();
      const id = await row.getAttribute('data-id');
      expect(id).toBeTruthy();
      await screenshot(admin, 'request-list');

      await row.getByRole('link', { name: 'Katherine Johnson' }).click();
      await badge(admin, 'Requested').waitFor();
      await api('mutation($id: ID!) { quote(id: $id, amount: 9900) { status } }', { id });
      await badge(admin, 'Quoted').waitFor();
      await admin.getByTestId('quote-amount').filter({ hasText: '$99.00' }).waitFor();
      await api('mutation($id: ID!) { markPaid(id: $id, note: "cash") { status } }', { id });
      await badge(admin, 'Paid').waitFor();
      await admin.getByRole('status').filter({ hasText: 'Paid — $99.00' }).first().waitFor();
      await admin.getByTestId('amount-paid').filter({ hasText: '$99.00' }).waitFor();
      // Buttons follow the status: scheduling now, no more quoting.
      await admin.getByRole('heading', { name: 'Schedule' }).waitFor();
      expect(await admin.getByRole('button', { name: 'Re-quote' }).count()).toBe(0);
      await screenshot(admin, 'request-detail-paid');

      // Back on the list, the Paid tab already counts it.
      await admin.getByRole('link', { name: 'Requests' }).first().click();
      await admin.getByRole('tab', { name: /Paid/ }).click();
      await admin.getByTestId('request-row').filter({ hasText: 'Katherine Johnson' }).waitFor();

      // The work goes in the calendar (the 15th of next month), then gets done.
      await admin.getByRole('link', { name: 'Katherine Johnson' }).click();
      await scheduleWork(admin);
      await admin.getByRole('button', { name: 'Reschedule', exact: true }).waitFor();
      await completeWork(admin);
      await admin.getByText('Scheduled → Completed').waitFor();
      await screenshot(admin, 'request-detail-completed');
    } finally {
      await customer.close();
      await admin.close();
    }
  });

  it('takes a card payment on the Stripe emulator’s checkout page: PAID without reload, then a partial refund and the rest', async () => {
    const { createServiceRequest: created } = await api<{ createServiceRequest: { id: string } }>(
      'mutation { createServiceRequest(input: { customerName: "Ada Lovelace", customerEmail: "ada@example.com", description: "Spring clean-up" }) { id } }',
    );
    await api('mutation($id: ID!) { quote(id: $id, amount: 12500) { status } }', { id: created.id });
    const admin = await browser.context.newPage();
    const customer = await browser.context.newPage();
    try {
      await admin.bringToFront(); // a page behind another gets no animation frames: Playwright's clicks would wait for them
      await signIn(admin, `/requests/${created.id}`);
      await badge(admin, 'Quoted').waitFor();
      await admin.getByRole('button', { name: 'Send payment link' }).click();
      await badge(admin, 'Awaiting payment').waitFor();
      const payUrl = (await admin.getByTestId('pay-url').textContent()) ?? '';

      // The customer follows the link from the mail to the emulator's hosted checkout page.
      await customer.bringToFront();
      await customer.goto(payUrl);
      await customer.getByRole('heading', { name: /^Pay \$125\.00$/ }).waitFor();
      await fillCheckout(customer, { name: 'Ada Lovelace', email: 'ada@example.com' });
      await screenshot(customer, 'emulator-checkout');
      await customer.getByRole('button', { name: /^Pay / }).click();
      await customer.waitForURL(/\/pay\/[^/]+\/done/);
      await screenshot(customer, 'pay-done');

      // The webhook lands and the admin's open page follows, with no reload.
      await admin.bringToFront();
      await badge(admin, 'Paid').waitFor({ timeout: 30_000 });
      await admin.getByRole('status').filter({ hasText: 'Paid — $125.00' }).first().waitFor();
      await admin.getByTestId('amount-paid').filter({ hasText: '$125.00' }).waitFor();
      const row = admin.getByTestId('payment-row').first();
      expect(await row.textContent()).toContain('Stripe');

      // A partial refund first, confirmed in a dialog that proposes the whole payment.
      await row.getByRole('button', { name: 'Refund' }).click();
      const dialog = admin.getByRole('dialog', { name: 'Refund Ada Lovelace?' });
      const amount = dialog.getByLabel('Amount (USD)');
      expect(await amount.inputValue()).toBe('125.00');
      await screenshot(admin, 'refund-dialog');
      await amount.fill('25');
      await dialog.getByRole('button', { name: 'Refund' }).click();
      await dialog.waitFor({ state: 'detached' });
      // Stripe's refund webhook lands: the payment is partly refunded, the request still PAID.
      await row.getByTestId('payment-status').filter({ hasText: 'partially refunded' }).waitFor({ timeout: 30_000 });
      await admin.getByTestId('amount-refunded').filter({ hasText: '$25.00' }).waitFor();
      await badge(admin, 'Paid').waitFor();

      // Reopened, the dialog proposes what is left on the payment, not the 25 typed before; the rest
      // is refunded and the webhook makes the request REFUNDED.
      await row.getByRole('button', { name: 'Refund' }).click();
      await dialog.getByText('Up to $100.00 of this payment').waitFor();
      expect(await amount.inputValue()).toBe('100.00');
      await dialog.getByRole('button', { name: 'Refund' }).click();
      await dialog.waitFor({ state: 'detached' });
      await badge(admin, 'Refunded').waitFor({ timeout: 30_000 });
      await admin.getByTestId('amount-refunded').filter({ hasText: '$125.00' }).waitFor();
      expect(await admin.getByRole('button', { name: 'Refund' }).count()).toBe(0);
      await screenshot(admin, 'request-detail-refunded');
    } finally {
      await customer.close();
      await admin.close();
    }
  });

  it('reconnects after the server restarts, and catches up with what changed meanwhile', async () => {
    const { createServiceRequest: created } = await api<{ createServiceRequest: { id: string } }>(
      'mutation { createServiceRequest(input: { customerName: "Mary Jackson", customerEmail: "mary@example.com", description: "Gutter cleaning" }) { id } }',
    );
    const page = await browser.context.newPage();
    try {
      await signIn(page, `/requests/${created.id}`);
      await badge(page, 'Requested').waitFor();

      await server.stop();
      await page.getByTestId('live-state').filter({ hasText: 'Reconnecting' }).waitFor();
      server = await startServerProcess(env);
      // Changed before the page is back on the socket: the refetch on reconnecting brings it.
      await api('mutation($id: ID!) { quote(id: $id, amount: 4000) { status } }', { id: created.id });
      await page.getByTestId('live-state').filter({ hasText: 'Live' }).waitFor({ timeout: 30_000 });
      await badge(page, 'Quoted').waitFor();
      await page.getByTestId('quote-amount').filter({ hasText: '$40.00' }).waitFor();
      // And pushed changes flow again.
      await api('mutation($id: ID!) { decline(id: $id, reason: "out of area") { status } }', { id: created.id });
      await badge(page, 'Declined').waitFor();
      await page.getByText('out of area').waitFor();
    } finally {
      await page.close();
    }
  });

  it('works at phone width and renders the other screens', async () => {
    const page = await browser.context.newPage();
    try {
      await signIn(page);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByRole('heading', { name: 'Requests' }).waitFor();
      await screenshot(page, 'request-list-phone');
      await page.getByRole('button', { name: 'Toggle navigation' }).click();
      await page.getByRole('link', { name: 'Outbox' }).click();
      await page.getByTestId('outbox-message').first().waitFor();
      await screenshot(page, 'outbox-phone');
      await page.setViewportSize({ width: 1280, height: 900 });

      for (const [route, heading, name] of [
        ['/attention', 'Needs attention', 'attention'],
        ['/events', 'Webhook events', 'webhook-events'],
        ['/reports/payments', 'Payments', 'payments-report'],
      ] as const) {
        await page.goto(`${server.url}${route}`);
        await page.getByRole('heading', { name: heading, exact: true }).waitFor();
        await page.getByRole('status').filter({ hasText: 'Loading' }).waitFor({ state: 'detached' });
        await screenshot(page, name);
      }
      // The manual payment of the live test is in this month's report.
      await page.getByTestId('report-payments').waitFor();
      expect(Number(await page.getByTestId('report-payments').textContent())).toBeGreaterThanOrEqual(1);
    } finally {
      await page.close();
    }
  });

  it('sends links to selected requests as a campaign, follows it live, reminds the unpaid; a customer campaign from the filter', async () => {
    const ids: string[] = [];
    for (const [name, email] of [
      ['Hedy Lamarr', 'hedy@example.com'],
      ['Claude Shannon', 'claude@example.com'],
    ]) {
      const { createServiceRequest } = await api<{ createServiceRequest: { id: string } }>(
        'mutation($n: String!, $e: String!) { createServiceRequest(input: { customerName: $n, customerEmail: $e, description: "Window cleaning" }) { id } }',
        { n: name, e: email },
      );
      await api('mutation($id: ID!) { quote(id: $id, amount: 6000) { status } }', { id: createServiceRequest.id });
      ids.push(createServiceRequest.id);
    }
    const page = await browser.context.newPage();
    try {
      await signIn(page);
      await page.getByRole('checkbox', { name: "Select Hedy Lamarr's request: Window cleaning" }).check();
      await page.getByRole('checkbox', { name: "Select Claude Shannon's request: Window cleaning" }).check();
      await page.getByRole('button', { name: 'Send links to 2 requests' }).click();
      await page.getByLabel(/^Campaign name/).fill('Windows, spring');
      await page.getByRole('button', { name: 'Send the links' }).click();
      await page.waitForURL(/\/campaigns\/[^/]+$/);
      await page.getByRole('heading', { name: 'Windows, spring' }).waitFor();
      // The background job mails both links; the subscription moves the bar without a reload.
      await page.getByTestId('campaign-counts').filter({ hasText: '2 of 2 handled' }).waitFor();
      await api('mutation($id: ID!) { markPaid(id: $id, note: "cash") { status } }', { id: ids[0] });
      await page.getByTestId('count-paid').filter({ hasText: '1 paid' }).waitFor();
      await page.getByTestId('count-unpaid').filter({ hasText: '1 sent, unpaid' }).waitFor();
      await screenshot(page, 'campaign');

      await page.getByRole('button', { name: 'Remind the unpaid' }).click();
      await page.getByRole('button', { name: 'Send reminders' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page
        .getByTestId('recipient-row')
        .filter({ hasText: 'Claude Shannon' })
        .filter({ hasText: '1 reminder' })
        .waitFor();

      await page.getByRole('link', { name: 'Campaigns', exact: true }).first().click();
      await page.getByTestId('campaign-row').filter({ hasText: 'Windows, spring' }).waitFor();
      await screenshot(page, 'campaigns');

      // Customers: search, the saved-card filter, and a customer's own view.
      await page.getByRole('link', { name: 'Customers', exact: true }).first().click();
      await page.getByLabel('Search').fill('hedy');
      await page.getByTestId('customer-row').filter({ hasText: 'Hedy Lamarr' }).waitFor();
      await page.getByTestId('customer-row').filter({ hasText: 'Claude Shannon' }).waitFor({ state: 'detached' });
      await screenshot(page, 'customers');
      await page.getByRole('link', { name: 'Hedy Lamarr' }).click();
      await page.getByTestId('total-paid').filter({ hasText: '$60.00' }).waitFor();
      await page
        .getByRole('table', { name: /Requests of Hedy Lamarr/ })
        .getByRole('link', { name: 'Window cleaning' })
        .waitFor();
      await screenshot(page, 'customer');

      // A new quote for every customer the filter shows (here: Hedy only).
      await page.goBack();
      await page.getByTestId('customer-row').filter({ hasText: 'Hedy Lamarr' }).waitFor();
      await page.getByRole('button', { name: 'New campaign for these customers' }).click();
      await page.getByLabel(/^Campaign name/).fill('Gutters for Hedy');
      await page.getByLabel(/^What the requests are for/).fill('Gutter cleaning');
      await page.getByLabel(/^Amount/).fill('0.10');
      await page.getByRole('button', { name: 'Send the links' }).click();
      await page.getByText('The amount must be at least $0.50').waitFor();
      await page.getByLabel(/^Amount/).fill('45');
      await page.getByRole('button', { name: 'Send the links' }).click();
      await page.waitForURL(/\/campaigns\/[^/]+$/);
      await page.getByTestId('campaign-counts').filter({ hasText: '1 of 1 handled' }).waitFor();
      await page
        .getByTestId('recipient-row')
        .filter({ hasText: 'Hedy Lamarr' })
        .filter({ hasText: '$45.00' })
        .waitFor();
    } finally {
      await page.close();
    }
  });

  it('an owner invites a staff member on the team screen; the staff member joins through the link and finds no refund button', async () => {
    // A request paid by card, which the owner may refund.
    const { createServiceRequest: created } = await api<{ createServiceRequest: { id: string } }>(
      'mutation { createServiceRequest(input: { customerName: "Grace Hopper", customerEmail: "grace@example.com", description: "Roof repair" }) { id } }',
    );
    await api('mutation($id: ID!) { quote(id: $id, amount: 9000) { status } }', { id: created.id });
    const { sendPaymentLink } = await api<{ sendPaymentLink: { payUrl: string } }>(
      'mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }',
      { id: created.id },
    );
    const page = await browser.context.newPage();
    const customer = await browser.context.newPage();
    try {
      await customer.goto(sendPaymentLink.payUrl);
      await payByCard(customer, { name: 'Grace Hopper', email: 'grace@example.com' });

      await page.bringToFront(); // a page behind another gets no animation frames: Playwright's clicks would wait for them
      await signIn(page, `/requests/${created.id}`);
      await badge(page, 'Paid').waitFor({ timeout: 30_000 });
      await page.getByTestId('payment-row').first().getByRole('button', { name: 'Refund' }).waitFor();

      // The owner invites a colleague and copies the link from the team screen.
      await page.getByRole('link', { name: 'Team' }).click();
      await page.getByLabel(/^Invite by email/).fill('sam@example.com');
      await page.getByRole('button', { name: 'Invite', exact: true }).click();
      const link = (await page.getByTestId('one-time-link').textContent()) ?? '';
      expect(link).toMatch(/\/invite\/[\w-]{43}$/);
      await page.getByTestId('team-invitation').filter({ hasText: 'sam@example.com' }).waitFor();
      await screenshot(page, 'team');

      // The colleague follows it in a signed-out browser, chooses a name and a password, and is in.
      await browser.context.clearCookies();
      await page.goto(link);
      await page.getByRole('heading', { name: 'Join the team' }).waitFor();
      await page.getByLabel(/^Your name/).fill('Sam Staff');
      await page.getByLabel(/^Password/).fill('short');
      await page.getByRole('button', { name: 'Join' }).click();
      await page.getByText('Must be at least 15 characters').waitFor();
      await page.getByLabel(/^Password/).fill('a long and unusual pass phrase');
      await page.getByRole('button', { name: 'Join' }).click();
      await page.waitForURL((url) => url.pathname === '/requests');
      await page.getByText('Sam Staff').first().waitFor();
      expect(await page.getByRole('link', { name: 'Team' }).count()).toBe(0);

      // The paid request, as staff: the payment is there, the refund button is not.
      await page.goto(`${server.url}/requests/${created.id}`);
      await badge(page, 'Paid').waitFor();
      await page.getByTestId('payment-row').first().waitFor();
      expect(await page.getByRole('button', { name: 'Refund' }).count()).toBe(0);
      await screenshot(page, 'request-detail-as-staff');
    } finally {
      await customer.close();
      await page.close();
      await browser.context.clearCookies();
    }
  });
});
