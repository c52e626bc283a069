import path from 'node:path';

import { createCanvas } from '@napi-rs/canvas';
import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm } from '@service-desk/stripe-emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { pdfText, renderPdfToPng } from '../test-support/pdf';
import { checkoutPage, createRequest } from '../test-support/requests';
import { statements } from '../test-support/statements';
import { ok, type TestServer } from '../test-support/test-server';

/** Where the PDFs are rendered for people (and the browser test) to look at; ignored by git. */
const ARTIFACTS = path.resolve(__dirname, '../../../test/artifacts');
const BUSINESS = 'Zielony Ogród <Łódź> & Söhne';

let emulator: StripeEmulator;
let server: TestServer;
let token: string;
let close: () => Promise<void>;
let sales: string;
let vat: string;

beforeAll(async () => {
  // Loopback is a trusted proxy: the customer accepts from a client address of the test's own.
  ({ server, emulator, close } = await startEmulatedServer({
    PAYMENT_PRIMITIVE: 'checkout_session',
    TRUST_PROXY: 'loopback',
  }));
  token = await server.login();
  const canvas = createCanvas(120, 40);
  const context = canvas.getContext('2d');
  context.fillStyle = '#2f9e44';
  context.fillRect(0, 0, 120, 40);
  const rates = ok(
    await server.gql(
      `mutation($input: BusinessSettingsInput!) { updateBusinessSettings(input: $input) { taxRates { id name } } }`,
      {
        input: {
          name: BUSINESS,
          logo: (await canvas.encode('png')).toString('base64'),
          accentColor: '#2f9e44',
          address: '1 Ogrodowa, 90-001 Łódź',
          phone: '+48 42 000 00 00',
          timeZone: 'Asia/Tokyo',
          taxRates: [
            { name: 'Sales tax', percentage: '8.875', inclusive: false },
            { name: 'VAT', percentage: '20', inclusive: true },
          ],
        },
      },
      token,
    ),
  )['updateBusinessSettings'].taxRates as { id: string; name: string }[];
  [sales, vat] = ['Sales tax', 'VAT'].map((name) => rates.find((r) => r.name === name)?.id as string) as [
    string,
    string,
  ];
});
afterAll(() => close?.());

const urls = async (id: string) =>
  ok(await server.gql(`query($id: ID!) { serviceRequest(id: $id) { quotePdfUrl receiptPdfUrl } }`, { id }, token))[
    'serviceRequest'
  ] as { quotePdfUrl: string | null; receiptPdfUrl: string | null };

/** A request for `customerName`, quoted in lines with both taxes (valid until 2030-06-30 23:30 UTC) and sent. */
async function quoted(customerName: string) {
  const { id } = await createRequest(server, token, { customerName, description: '庭の手入れ — garden work' });
  ok(
    await server.gql(
      `mutation($id: ID!, $lines: [LineItemInput!], $until: DateTime) {
         quote(id: $id, lineItems: $lines, validUntil: $until, note: "We bring our own tools.", terms: "Pay within 14 days.") { id } }`,
      {
        id,
        until: '2030-06-30T23:30:00Z',
        lines: [
          { description: 'Labour (hours)', quantity: 1.5, unitAmount: 3333, taxRateId: sales },
          { description: '草刈り mowing', quantity: 3, unitAmount: 1250, taxRateId: vat },
          { description: 'Disposal', quantity: 1, unitAmount: 2000 },
        ],
      },
      token,
    ),
  );
  expect((await urls(id)).quotePdfUrl).toBeNull(); // no customer address yet
  const { payUrl } = ok(await server.gql(`mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }`, { id }, token))[
    'sendPaymentLink'
  ];
  return { id: id as string, payUrl: payUrl as string };
}

const get = (url: string) => fetch(`${server.url}${new URL(url).pathname}`);

async function pdfAt(url: string): Promise<{ pdf: Buffer; text: string; response: Response }> {
  const response = await get(url);
  expect(response.status).toBe(200);
  const pdf = Buffer.from(await response.arrayBuffer());
  return { pdf, response, text: (await pdfText(pdf)).join('\n') };
}

describe.each(['Łukasz Żółć', '山田太郎', 'Σωκράτης'])('for %s', (customerName) => {
  it('the quote PDF shows the business, the customer, every line, the taxes and the totals, in Tokyo time', async () => {
    const { id, payUrl } = await quoted(customerName);
    const { quotePdfUrl } = await urls(id);
    expect(quotePdfUrl).toBe(payUrl.replace('/pay/', '/quote/') + '.pdf');
    const { pdf, text, response } = await pdfAt(quotePdfUrl as string);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="quote-[0-9A-F]{8}\.pdf"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    for (const expected of [
      BUSINESS,
      '1 Ogrodowa, 90-001 Łódź',
      customerName,
      '庭の手入れ — garden work',
      'Labour (hours)',
      '草刈り mowing',
      'Disposal',
      // 1.5 × 33.33 = 50.00 (rounded half up), with 8.875 % on top; 3 × 12.50 with 20 % inside.
      '1.5',
      '$33.33',
      '$50.00',
      '$37.50',
      '$20.00',
      'Subtotal',
      '$107.50',
      'Sales tax 8.875 %',
      '$4.44',
      'VAT 20 % (included)',
      '$6.25',
      'Total',
      '$111.94',
      // 23:30 UTC on 30 June is 1 July in Tokyo.
      'Valid until',
      '1 July 2030',
      'We bring our own tools.',
      'Pay within 14 days.',
    ]) {
      expect(text).toContain(expected);
    }
    const pages = await renderPdfToPng(pdf, path.join(ARTIFACTS, `quote-${customerName}`));
    expect(pages.length).toBeGreaterThan(0);
  });
});

it('the receipt is a clear 404 until money is received, then says what was paid, how, when, and each refund', async () => {
  const { id, payUrl } = await quoted('山田太郎');
  const receiptUrl = `${payUrl}/receipt.pdf`;
  expect((await urls(id)).receiptPdfUrl).toBeNull();
  const early = await get(receiptUrl);
  expect(early.status).toBe(404);
  expect(early.headers.get('content-type')).toMatch(/^text\/html/);
  expect(await early.text()).toContain('There is no receipt yet');

  await payForm(await checkoutPage(server, payUrl), { card_number: '4242 4242 4242 4242' });
  await webhooksApplied(emulator, server);
  expect((await urls(id)).receiptPdfUrl).toBe(receiptUrl);
  const paid = await pdfAt(receiptUrl);
  expect(paid.response.headers.get('content-disposition')).toMatch(/^inline; filename="receipt-[0-9A-F]{8}\.pdf"$/);
  for (const expected of [BUSINESS, '山田太郎', 'Receipt', 'Visa ending 4242', '$111.94', 'Net paid', '(Asia/Tokyo)']) {
    expect(paid.text).toContain(expected);
  }
  expect(paid.text).not.toContain('Refunds');

  ok(await server.gql(`mutation($id: ID!) { refund(id: $id, amount: 2500) { id } }`, { id }, token));
  await webhooksApplied(emulator, server);
  const refunded = await pdfAt(receiptUrl);
  for (const expected of ['Refunds', '-$25.00', 'Net paid', '$86.94', '$111.94']) {
    expect(refunded.text).toContain(expected);
  }
  await renderPdfToPng(refunded.pdf, path.join(ARTIFACTS, 'receipt-refunded'));

  // The /pay page of the paid request: the business's name, escaped, with its logo and colour.
  const page = await (await get(payUrl)).text();
  expect(page).toContain('Zielony Ogród &lt;Łódź&gt; &amp; Söhne');
  expect(page).not.toContain('<Łódź>');
  expect(page).toMatch(/<img src="\/business\/logo\?v=1"/);
  expect(page).toContain('#2f9e44');
});

it('an unknown token is a 404 page, for the quote and the receipt alike', async () => {
  for (const url of ['/quote/not-a-token.pdf', '/pay/not-a-token/receipt.pdf']) {
    const response = await fetch(`${server.url}${url}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('This link is not valid');
  }
});

describe('a quote with a deposit, accepted on the quote page', () => {
  const ADDRESS = '203.0.113.77';
  const forwarded = { 'x-forwarded-for': ADDRESS };

  it('shows the deposit due now, then the acceptance: the typed name, the time in Tokyo, the address, the version and the hash', async () => {
    const { id } = await createRequest(server, token, { customerName: '山田太郎', description: 'Garden work' });
    // Quoting reads the business's settings and rates in its transaction, one statement at a time.
    const quoting = await statements(server, async () =>
      ok(
        await server.gql(
          `mutation($id: ID!, $lines: [LineItemInput!]) {
             quote(id: $id, lineItems: $lines, depositAmount: 3000, requireAcceptance: true) { id } }`,
          {
            id,
            lines: [
              { description: 'Labour (hours)', quantity: 1.5, unitAmount: 3333, taxRateId: sales },
              { description: 'Disposal', quantity: 1, unitAmount: 2000 },
            ],
          },
          token,
        ),
      ),
    );
    expect(quoting.onBusyConnection).toEqual([]);
    const { payUrl } = ok(
      await server.gql(`mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }`, { id }, token),
    )['sendPaymentLink'];
    const pdfUrl = (payUrl as string).replace('/pay/', '/quote/') + '.pdf';

    // $50.00 + $4.44 tax + $20.00 = $74.44: $30.00 now, $44.44 later.
    const before = await pdfAt(pdfUrl);
    for (const expected of ['Deposit', 'Deposit due now', '$30.00', 'Balance due later', '$44.44', '$74.44']) {
      expect(before.text).toContain(expected);
    }
    expect(before.text).not.toContain('Accepted by');

    const page = new URL(pdfUrl).pathname.replace(/\.pdf$/, '');
    const html = await (await fetch(`${server.url}${page}`, { headers: forwarded })).text();
    const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] as string;
    const accepted = await fetch(`${server.url}${page}/accept`, {
      method: 'POST',
      redirect: 'manual',
      headers: { ...forwarded, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        version: field('version'),
        hash: field('hash'),
        name: 'Łukasz Żółć',
        pay: 'deposit',
      }),
    });
    expect(accepted.status).toBe(303);
    const { acceptance } = ok(
      await server.gql(`query($id: ID!) { serviceRequest(id: $id) { acceptance { at contentHash } } }`, { id }, token),
    )['serviceRequest'];

    const after = await pdfAt(pdfUrl);
    const tokyo = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', dateStyle: 'long', timeStyle: 'short' });
    for (const expected of [
      'Deposit due now',
      '$30.00',
      'Accepted by',
      'Łukasz Żółć',
      `${tokyo.format(new Date(acceptance.at))} (Asia/Tokyo)`,
      'From address',
      ADDRESS,
      'Quote version',
      'Content hash (SHA-256)',
    ]) {
      expect(after.text).toContain(expected);
    }
    expect(acceptance.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(after.text.replace(/\s/g, '')).toContain(acceptance.contentHash);
    await renderPdfToPng(after.pdf, path.join(ARTIFACTS, 'quote-accepted'));
  });

  it('reads the business settings once per document (its look and its logo together)', async () => {
    const { payUrl } = await quoted('Σωκράτης');
    const { sent } = await statements(server, () => pdfAt(payUrl.replace('/pay/', '/quote/') + '.pdf'));
    expect(sent.filter((sql) => /from "business_settings"/.test(sql))).toHaveLength(1);
  });
});
