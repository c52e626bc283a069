import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm } from '@service-desk/stripe-emulator/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { checkoutPage, createRequest, sentRequest } from '../test-support/requests';
import { ok, type TestServer } from '../test-support/test-server';

let emulator: StripeEmulator;
let server: TestServer;
let token: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, emulator, close } = await startEmulatedServer(
    { BUSINESS_NAME: 'Green Thumbs' },
    { asyncPaymentDelayMs: 3_600_000 }, // a bank payment stays on its way for the whole test
  ));
  token = await server.login();
  ok(
    await server.gql(
      'mutation { updateBusinessSettings(input: { reminderDays: [3, 7], timeZone: "Europe/Paris" }) { name } }',
      {},
      token,
    ),
  );
}, 120_000);
afterAll(async () => {
  await close?.();
});

const DAY = 86_400_000;
const HOUR = 3_600_000;
const gql = (query: string, variables: Record<string, unknown> = {}) => server.gql(query, variables, token);

/** The request's reminders: their steps, oldest first, and the REMINDER mails queued. */
async function reminders(id: string) {
  const em = server.orm.em.fork();
  const steps = await em.execute<{ step: string }[]>(
    `select step from quote_reminder where service_request_id = ? and step <> 'SENT' order by sent_at`,
    [id],
  );
  const [mails] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from outbox_message where service_request_id = ? and kind = 'REMINDER'`,
    [id],
  );
  return { steps: steps.map((s) => s.step), mails: mails?.n };
}

/** Moves the quote's sending `ms` later (ahead of now, so that the real scheduler finds nothing due meanwhile). */
const sentLater = (id: string, ms: number) =>
  server.orm.em
    .fork()
    .execute(
      `update quote_reminder set sent_at = sent_at + ? * interval '1 millisecond' where service_request_id = ?`,
      [ms, id],
    );

/** The customer declines on the quote page (the /pay token is the quote page's). */
async function decline(payUrl: string) {
  const page = new URL(payUrl).pathname.replace(/^\/pay\//, '/quote/');
  const answer = await fetch(`${server.url}${page}/decline`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ reason: 'Too dear' }).toString(),
  });
  expect(answer.status).toBe(303);
}

async function pay(payUrl: string, fields: Record<string, string>) {
  await payForm(await checkoutPage(server, payUrl), fields);
  await webhooksApplied(emulator, server);
}

/** Two schedulers (as on two replicas) at once; returns how many they sent together. */
async function twoSchedulersAt(at: number): Promise<number> {
  const runs = await Promise.all([
    server.services.reminders.sendDue(new Date(at)),
    server.services.reminders.sendDue(new Date(at)),
  ]);
  return runs[0] + runs[1];
}

it('sends each step once, one a day at most, and stops on payment, processing, expiry, decline and cancel', async () => {
  const t0 = Date.now();
  const unpaid = await sentRequest(server, token, 5_000, { customerEmail: 'unpaid@example.com' });
  await sentLater(unpaid.id, 4 * DAY);
  const missed = await sentRequest(server, token, 5_000, { customerEmail: 'missed@example.com' });
  const close = await sentRequest(server, token, 5_000, { customerEmail: 'close@example.com' });
  await sentLater(close.id, 2.4 * HOUR);
  const paid = await sentRequest(server, token, 5_000, { customerEmail: 'paid@example.com' });
  await pay(paid.payUrl, { card_number: '4242424242424242' });
  const banked = await sentRequest(server, token, 5_000, { customerEmail: 'bank@example.com' });
  await pay(banked.payUrl, { payment_method: 'bank_debit', account_number: '000123456789' });
  const canceled = await sentRequest(server, token, 5_000, { customerEmail: 'canceled@example.com' });
  ok(await gql('mutation($id: ID!) { cancel(id: $id) { id } }', { id: canceled.id }));
  // The customer's decline stops the reminders of that quote; a new quote, sent, has reminders of its own.
  const declined = await sentRequest(server, token, 5_000, { customerEmail: 'declined@example.com' });
  await decline(declined.payUrl);
  const requoted = await sentRequest(server, token, 5_000, { customerEmail: 'requoted@example.com' });
  await decline(requoted.payUrl);
  ok(await gql('mutation($id: ID!) { quote(id: $id, amount: 4000) { id } }', { id: requoted.id }));
  ok(await gql('mutation($id: ID!) { sendPaymentLink(id: $id) { id } }', { id: requoted.id }));
  const { id: expiring } = await createRequest(server, token, { customerEmail: 'expiring@example.com' });
  const until = new Date(t0 + 5 * DAY).toISOString();
  ok(
    await gql('mutation($id: ID!, $u: DateTime!) { quote(id: $id, amount: 5000, validUntil: $u) { id } }', {
      id: expiring,
      u: until,
    }),
  );
  ok(await gql('mutation($id: ID!) { sendPaymentLink(id: $id) { id } }', { id: expiring }));
  // A quote never sent is never reminded of.
  const { id: quotedOnly } = await createRequest(server, token, { customerEmail: 'quoted@example.com' });
  ok(await gql('mutation($id: ID!) { quote(id: $id, amount: 5000) { id } }', { id: quotedOnly }));

  // Day 7 for most: `unpaid` is at day 3, `close` just under day 7, `missed` gets only its latest step.
  expect(await twoSchedulersAt(t0 + 7 * DAY + HOUR)).toBe(4);
  expect(await reminders(unpaid.id)).toEqual({ steps: ['DAY_3'], mails: 1 });
  expect(await reminders(missed.id)).toEqual({ steps: ['DAY_7'], mails: 1 });
  expect(await reminders(close.id)).toEqual({ steps: ['DAY_3'], mails: 1 });
  expect(await reminders(requoted.id)).toEqual({ steps: ['DAY_7'], mails: 1 });
  for (const id of [paid.id, banked.id, canceled.id, declined.id, expiring, quotedOnly])
    expect(await reminders(id), id).toEqual({ steps: [], mails: 0 });

  // Two hours later `close` is at day 7, but had a reminder today.
  expect(await twoSchedulersAt(t0 + 7 * DAY + 3 * HOUR)).toBe(0);
  await pay(unpaid.payUrl, { card_number: '4242424242424242' });
  // The next day it gets its day-7 step; `unpaid` was paid meanwhile and gets no more, even at its day 7.
  expect(await twoSchedulersAt(t0 + 8 * DAY + 2 * HOUR)).toBe(1);
  expect(await reminders(close.id)).toEqual({ steps: ['DAY_3', 'DAY_7'], mails: 2 });
  expect(await twoSchedulersAt(t0 + 11 * DAY + 2 * HOUR)).toBe(0);
  expect(await reminders(unpaid.id)).toEqual({ steps: ['DAY_3'], mails: 1 });

  // The mail names the business, and the timeline says which reminder went.
  const [mail] = await server.orm.em
    .fork()
    .execute<{ subject: string; text: string }[]>(
      `select subject, text from outbox_message where service_request_id = ? and kind = 'REMINDER'`,
      [missed.id],
    );
  expect(mail?.subject).toBe('Green Thumbs: a reminder about $50.00');
  expect(mail?.text).toContain(missed.payUrl);
  const { serviceRequest } = ok(
    await gql('query($id: ID!) { serviceRequest(id: $id) { timeline { kind note } } }', { id: missed.id }),
  );
  expect(serviceRequest.timeline.filter((e: any) => e.kind === 'REMINDER_SENT')).toEqual([
    { kind: 'REMINDER_SENT', note: 'Reminder 2 of 2, 7 days after the quote' },
  ]);
}, 180_000);
