import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm } from '@service-desk/stripe-emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { AdminRole } from '../auth/roles';
import { formatDateTime } from '../common/time-zone';
import { type EmulatedServer, startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { pdfText } from '../test-support/pdf';
import { acceptQuote, checkoutPage, createRequest } from '../test-support/requests';
import { sendOutbox, smtpInbox } from '../test-support/smtp';
import { ADMIN_EMAIL, ok, signedInAdmin, type TestServer } from '../test-support/test-server';

let emulator: StripeEmulator;
let server: TestServer;
let token: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, emulator, close } = await startEmulatedServer({ BUSINESS_NAME: 'Env Name' }));
  token = await server.login();
  await signedInAdmin(server, 'staff@example.com', AdminRole.STAFF);
  ok(
    await server.gql(
      `mutation($input: BusinessSettingsInput!) { updateBusinessSettings(input: $input) { name } }`,
      {
        input: {
          name: 'Fern & <Co>',
          replyTo: 'office@fern.example',
          timeZone: 'America/New_York',
          taxRates: [{ name: 'Sales tax', percentage: '10', inclusive: false }],
        },
      },
      token,
    ),
  );
}, 120_000);
afterAll(async () => {
  await close?.();
});

interface Mail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  reply_to: string | null;
}

const mails = (where: string, params: unknown[]) =>
  server.orm.em
    .fork()
    .execute<Mail[]>(
      `select kind, "to", subject, text, html, reply_to from outbox_message where ${where} order by created_at, id`,
      params,
    );

const gql = (query: string, variables: Record<string, unknown> = {}) => server.gql(query, variables, token);

describe('a request from the public form', () => {
  it('is confirmed to the customer at most 3 times a day per address, and always notified to the owners', async () => {
    const ask = (description: string) =>
      server.gql(
        `mutation($input: RequestServiceInput!) { requestService(input: $input) { id } }`,
        {
          input: {
            // Typed text with markup, a right-to-left override and (the description) a control character.
            customerName: 'Ada <b>Lovelace</b>\u202e',
            customerEmail: 'Ada@Example.com',
            description: `${description}\u0007`,
          },
        },
        undefined,
      );
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4]) ids.push(ok(await ask(`Fix the <script>fence</script> ${n}`))['requestService'].id);
    expect(new Set(ids).size).toBe(4); // the fourth request is made, without its mail

    const confirmations = await mails(`kind = 'REQUEST_RECEIVED'`, []);
    expect(confirmations).toHaveLength(3);
    const [first] = confirmations as [Mail];
    expect(first).toMatchObject({ to: 'ada@example.com', reply_to: 'office@fern.example' });
    expect(first.subject).toBe('Fern & <Co>: we received your request');
    expect(first.text).toContain('Hello Ada <b>Lovelace</b>,');
    expect(first.text).not.toContain('\u0007');
    expect(first.text).not.toContain('\u202e');
    expect(first.text).toContain('Fix the <script>fence</script> 1');
    expect(first.text).toMatch(/— Fern & <Co>$/);
    expect(first.html).toContain('Hello Ada &lt;b&gt;Lovelace&lt;/b&gt;,');
    expect(first.html).toContain('Fix the &lt;script&gt;fence&lt;/script&gt; 1');
    expect(first.html).toContain('— Fern &amp; &lt;Co&gt;');
    expect(first.html).not.toMatch(/<script>|<b>|\u202e/);
    expect(first.html).not.toContain('\u0007');

    // Every owner (not staff) hears of each request; replying reaches the customer.
    const notices = await mails(`kind = 'NEW_REQUEST'`, []);
    expect(notices).toHaveLength(4);
    expect(notices.every((m) => m.to === ADMIN_EMAIL && m.reply_to === 'ada@example.com')).toBe(true);
    expect(notices[0]?.text).toContain(`/requests/${ids[0]}`);

    // An admin's own request mails nobody.
    const before = (await mails('true', [])).length;
    await createRequest(server, token, { customerEmail: 'walkin@example.com' });
    expect(await mails('true', [])).toHaveLength(before);
  });
});

describe('with NOTIFY_EMAIL set', () => {
  let notified: EmulatedServer;
  beforeAll(async () => {
    notified = await startEmulatedServer({ NOTIFY_EMAIL: 'desk@fern.example' });
  }, 120_000);
  afterAll(() => notified?.close());

  it('the business hears of each new request and of a declined quote there, not at each owner', async () => {
    const { server: other } = notified;
    const admin = await other.login();
    const sentTo = async (kind: string) =>
      (
        await other.orm.em
          .fork()
          .execute<{ to: string }[]>(`select "to" from outbox_message where kind = ? order by created_at`, [kind])
      ).map((m) => m.to);
    const { id } = ok(
      await other.gql(
        `mutation($input: RequestServiceInput!) { requestService(input: $input) { id } }`,
        { input: { customerName: 'Ada', customerEmail: 'ada@example.com', description: 'Fence' } },
        undefined,
      ),
    )['requestService'];
    expect(await sentTo('NEW_REQUEST')).toEqual(['desk@fern.example']);

    ok(await other.gql('mutation($id: ID!) { quote(id: $id, amount: 5000) { id } }', { id }, admin));
    const { payUrl } = ok(await other.gql('mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }', { id }, admin))[
      'sendPaymentLink'
    ];
    const declined = await fetch(`${other.url}${new URL(payUrl).pathname.replace(/^\/pay\//, '/quote/')}/decline`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ reason: 'Too dear' }).toString(),
    });
    expect(declined.status).toBe(303);
    expect(await sentTo('QUOTE_DECLINED')).toEqual(['desk@fern.example']);
  }, 120_000);
});

describe('the quote, the appointment, the receipt and the refund', () => {
  it('tell the customer everything, in the business’s time zone, each money mail once', async () => {
    const { id } = await createRequest(server, token, { customerEmail: 'grace@example.com', customerName: 'Grace' });
    const { businessSettings } = ok(await gql('{ businessSettings { taxRates { id } } }'));
    const taxRateId = businessSettings.taxRates[0].id;
    ok(
      await gql(
        `mutation($id: ID!, $lines: [LineItemInput!]!, $until: DateTime!) {
          quote(id: $id, lineItems: $lines, validUntil: $until, note: "Gate code <1234>", terms: "Pay within 14 days") { id } }`,
        {
          id,
          until: '2099-06-30T12:00:00Z',
          lines: [
            { description: 'Mowing', quantity: 1.5, unitAmount: 4_000, taxRateId },
            { description: 'Hedge <trim>', quantity: 1, unitAmount: 2_000 },
          ],
        },
      ),
    );
    const { sendPaymentLink } = ok(await gql('mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }', { id }));
    const [quote] = (await mails(`service_request_id = ? and kind = 'PAYMENT_LINK'`, [id])) as [Mail];
    expect(quote.subject).toBe('Fern & <Co>: your quote of $86.00');
    for (const line of [
      /Mowing — 1\.5 × \$40\.00\s+\$60\.00/,
      /Hedge <trim> — 1 × \$20\.00\s+\$20\.00/,
      /Subtotal\s+\$80\.00/,
      /Tax\s+\$6\.00/,
      /Total\s+\$86\.00/,
    ])
      expect(quote.text).toMatch(line);
    expect(quote.text).toContain('valid until June 30, 2099');
    expect(quote.text).toContain('Gate code <1234>');
    expect(quote.text).toContain('Terms:\nPay within 14 days');
    expect(quote.text).toContain(sendPaymentLink.payUrl);
    expect(quote.html).toContain('Hedge &lt;trim&gt;');
    expect(quote.html).toContain(`href="${sendPaymentLink.payUrl}"`);

    await payForm(await checkoutPage(server, sendPaymentLink.payUrl), { card_number: '4242424242424242' });
    await webhooksApplied(emulator, server);
    const at = new Date('2099-03-06T19:30:00Z');
    ok(await gql('mutation($id: ID!, $at: DateTime!) { schedule(id: $id, scheduledFor: $at) { id } }', { id, at }));
    const [appointment] = (await mails(`service_request_id = ? and kind = 'SCHEDULED'`, [id])) as [Mail];
    expect(formatDateTime(at, 'America/New_York')).toBe('Friday, March 6, 2099 at 2:30 PM EST');
    expect(appointment.subject).toBe('Fern & <Co>: your appointment on Friday, March 6, 2099 at 2:30 PM EST');

    const { serviceRequest } = ok(await gql('query($id: ID!) { serviceRequest(id: $id) { payments { id } } }', { id }));
    ok(
      await gql('mutation($id: ID!, $p: ID!) { refund(id: $id, paymentId: $p, amount: 1000) { id } }', {
        id,
        p: serviceRequest.payments[0].id,
      }),
    );
    await webhooksApplied(emulator, server);
    // The same facts again, from reconciliation: nothing is told twice (every delivery order and
    // duplicate of Stripe's events: webhooks/order-free.test.ts).
    await server.services.reconcile.checkRequest(id);
    await webhooksApplied(emulator, server);

    const receipts = await mails(`service_request_id = ? and kind = 'RECEIPT'`, [id]);
    expect(receipts).toHaveLength(1);
    expect(receipts[0]?.text).toMatch(/Amount\s+\$86\.00/);
    // How it was paid is what Stripe told by then: the Charge naming the card may come after.
    expect(receipts[0]?.text).toMatch(/Paid by\s+(Visa ending 4242|Card|Online payment \(Stripe\))\n/);
    expect(receipts[0]?.text).toMatch(/Paid on\s+\w+day, \w+ \d+, \d{4} at \d+:\d\d [AP]M E[SD]T/);
    const refunds = await mails(`service_request_id = ? and kind = 'REFUND'`, [id]);
    expect(refunds).toHaveLength(1);
    expect(refunds[0]?.subject).toBe('Fern & <Co>: a refund of $10.00');
    expect((await mails(`service_request_id = ?`, [id])).every((m) => m.reply_to === 'office@fern.example')).toBe(true);
  }, 120_000);
});

describe('the PDFs the mails carry', () => {
  it('the quote mail carries the quote with its deposit; each receipt mail the receipt of its own payment, with the card', async () => {
    const inbox = await smtpInbox();
    try {
      const to = 'zoe@example.com';
      const { id } = await createRequest(server, token, { customerEmail: to, customerName: 'Zoë Ångström' });
      const { businessSettings } = ok(await gql('{ businessSettings { taxRates { id } } }'));
      ok(
        await gql(
          `mutation($id: ID!, $lines: [LineItemInput!]!) { quote(id: $id, lineItems: $lines, depositAmount: 2000) { id } }`,
          {
            id,
            lines: [
              { description: 'Mowing', quantity: 1.5, unitAmount: 4_000, taxRateId: businessSettings.taxRates[0].id },
              { description: 'Hedge <trim>', quantity: 1, unitAmount: 2_000 },
            ],
          },
        ),
      );
      const { payUrl } = ok(await gql('mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }', { id }))[
        'sendPaymentLink'
      ];
      const mailsTo = () => inbox.received.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === to);
      /** The mail's one attachment, a PDF, and its text. */
      const pdfOf = async (mail: (typeof inbox.received)[number] | undefined) => {
        expect(mail?.attachments).toHaveLength(1);
        const [file] = mail?.attachments ?? [];
        expect(file?.contentType).toBe('application/pdf');
        return { filename: file?.filename, text: (await pdfText(file?.content as Buffer)).join('\n') };
      };

      await sendOutbox(server, inbox.url);
      const quote = await pdfOf(mailsTo().find((m) => m.subject?.includes('your quote')));
      expect(quote.filename).toMatch(/^quote-[0-9A-F]{8}\.pdf$/);
      // 1.5 × $40 with 10 % tax, and $20 untaxed: $86.00, of which $20.00 now.
      for (const expected of [
        'Mowing',
        'Hedge <trim>',
        '$60.00',
        'Subtotal',
        '$80.00',
        'Sales tax 10 %',
        '$6.00',
        'Total',
        '$86.00',
        'Deposit due now',
        '$20.00',
        'Balance due later',
        '$66.00',
      ])
        expect(quote.text).toContain(expected);

      // The deposit (the customer chooses it on the quote page), then the balance through the
      // same /pay URL: a receipt each.
      await acceptQuote(server, payUrl, 'deposit');
      await payForm(await checkoutPage(server, payUrl), { card_number: '4242424242424242' });
      await webhooksApplied(emulator, server);
      await sendOutbox(server, inbox.url);
      ok(await gql('mutation($id: ID!) { sendBalanceLink(id: $id) { id } }', { id }));
      await payForm(await checkoutPage(server, payUrl), { card_number: '5555555555554444' });
      await webhooksApplied(emulator, server);
      await sendOutbox(server, inbox.url);

      const receiptMails = mailsTo().filter((m) => m.subject?.includes('receipt'));
      expect(receiptMails.map((m) => m.subject)).toEqual([
        'Fern & <Co>: receipt for your payment of $20.00',
        'Fern & <Co>: receipt for your payment of $66.00',
      ]);
      for (const mail of receiptMails) {
        expect(mail.text).toMatch(
          /Paid by\s+(Visa ending 4242|Mastercard ending 4444|Card|Online payment \(Stripe\))\n/,
        );
      }
      const [deposit, balance] = await Promise.all(receiptMails.map(pdfOf));
      expect(deposit?.filename).toMatch(/^receipt-[0-9A-F]{8}\.pdf$/);
      // The deposit's receipt tells of the deposit alone, paid with the Visa card.
      for (const expected of ['Receipt', 'Mowing', 'Hedge <trim>', 'Visa ending 4242', 'Net paid', '$20.00'])
        expect(deposit?.text).toContain(expected);
      expect(deposit?.text).not.toContain('$66.00');
      expect(deposit?.text).not.toContain('Mastercard');
      for (const expected of ['Visa ending 4242', 'Mastercard ending 4444', '$20.00', '$66.00', 'Net paid', '$86.00'])
        expect(balance?.text).toContain(expected);

      // Drawn again after a refund, the deposit's receipt is the one its mail carried.
      const rows = await server.orm.em
        .fork()
        .execute<{ attachments: { paymentId: string }[] }[]>(
          `select attachments from outbox_message where service_request_id = ? and kind = 'RECEIPT' order by created_at`,
          [id],
        );
      const paymentId = rows[0]?.attachments[0]?.paymentId as string;
      ok(
        await gql('mutation($id: ID!, $p: ID!) { refund(id: $id, paymentId: $p, amount: 1000) { id } }', {
          id,
          p: paymentId,
        }),
      );
      await webhooksApplied(emulator, server);
      // The request's own receipt shows the refund; the one drawn for the deposit's mail does not.
      const live = await fetch(`${server.url}${new URL(payUrl).pathname}/receipt.pdf`);
      expect((await pdfText(Buffer.from(await live.arrayBuffer()))).join('\n')).toContain('-$10.00');
      const redrawn = await server.services.documents.attachment(server.orm.em.fork(), id, {
        document: 'receipt',
        paymentId,
      });
      expect((await pdfText(redrawn?.content as Buffer)).join('\n')).toBe(deposit?.text);
    } finally {
      await inbox.close();
    }
  }, 120_000);
});
