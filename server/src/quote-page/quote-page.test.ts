import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm, sdkFor } from '@service-desk/stripe-emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { sideEffectsDone } from '../test-support/jobs';
import { checkoutPage, createRequest, REQUEST_FIELDS } from '../test-support/requests';
import { checkoutSession, deliver, stripeEvent } from '../test-support/stripe-events';
import { ADMIN_EMAIL, errorCode, ok, type TestServer } from '../test-support/test-server';

let server: TestServer;
let emulator: StripeEmulator;
let token: string;
let close: () => Promise<void>;
let vat: string;

beforeAll(async () => {
  // Loopback is a trusted proxy here, so each test speaks from client addresses of its own.
  ({ server, emulator, close } = await startEmulatedServer({ TRUST_PROXY: 'loopback' }));
  token = await server.login();
  const settings = ok(
    await server.gql(
      `mutation { updateBusinessSettings(input: { name: "Green & Sons <Gardens>", accentColor: "#ffd43b",
         taxRates: [{ name: "VAT", percentage: "20", inclusive: false }] }) { taxRates { id } } }`,
      {},
      token,
    ),
  )['updateBusinessSettings'];
  vat = settings.taxRates[0].id;
});
afterAll(() => close?.());

const gql = (query: string, variables: Record<string, unknown> = {}) => server.gql(query, variables, token);
let addresses = 0;
/** A client address of the test's own (X-Forwarded-For from the trusted loopback proxy). */
const newAddress = () => `203.0.113.${(addresses += 1)}`;

const READ = `${REQUEST_FIELDS} requireAcceptance validUntil quoteUrl payUrl allowedActions amountDue
  acceptance { name at clientAddress quoteVersion userAgent contentHash payChoice }`;
const read = async (id: string) =>
  ok(await gql(`query($id: ID!) { serviceRequest(id: $id) { ${READ} } }`, { id }))['serviceRequest'];

const LINES = [
  { description: 'Hedge <trimming>', quantity: 1.5, unitAmount: 4000, taxRateId: '' },
  { description: 'Green waste', quantity: 1, unitAmount: 2500 },
];

async function quote(
  id: string,
  options: { requireAcceptance?: boolean; validUntil?: string; note?: string; deposit?: number } = {},
) {
  return ok(
    await gql(
      `mutation($id: ID!, $lines: [LineItemInput!], $r: Boolean, $v: DateTime, $n: String, $d: Int) {
         quote(id: $id, lineItems: $lines, requireAcceptance: $r, validUntil: $v, note: $n, depositAmount: $d,
               terms: "Payment due on acceptance & <not later>") { id quoteVersion } }`,
      {
        id,
        lines: LINES.map((l) => ({ ...l, taxRateId: 'taxRateId' in l ? vat : undefined })),
        r: options.requireAcceptance ?? true,
        v: options.validUntil,
        n: options.note ?? 'See you <b>Monday</b>',
        d: options.deposit,
      },
    ),
  )['quote'];
}

/** A request quoted (requiring acceptance by default) and sent: its id, /pay token and quote page path. */
async function sent(options: Parameters<typeof quote>[1] = {}, email?: string) {
  const { id } = await createRequest(server, token, email ? { customerEmail: email } : {});
  await quote(id, options);
  const { payUrl, quoteUrl } = ok(
    await gql('mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl quoteUrl } }', { id }),
  )['sendPaymentLink'];
  const payToken = new URL(payUrl).pathname.split('/')[2] as string;
  expect(new URL(quoteUrl).pathname).toBe(`/quote/${payToken}`);
  return { id: id as string, payToken, page: `/quote/${payToken}` };
}

const open = (path: string, address: string) =>
  fetch(`${server.url}${path}`, { redirect: 'manual', headers: { 'x-forwarded-for': address } });

/** Posts a form as a browser without JavaScript does (urlencoded), without following the redirect. */
const post = (path: string, fields: Record<string, string>, address: string, userAgent = 'QuoteTest/1.0') =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': address,
      'user-agent': userAgent,
    },
    body: new URLSearchParams(fields).toString(),
  });

/** The accept form's hidden fields, as the page loaded now carries them. */
async function acceptForm(page: string, address: string) {
  const html = await (await open(page, address)).text();
  const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] as string;
  return { version: field('version'), hash: field('hash') };
}

const accept = async (page: string, name: string, address: string) =>
  post(`${page}/accept`, { ...(await acceptForm(page, address)), name, pay: 'full' }, address);

const stripeSdk = () => sdkFor(server.settings.STRIPE_API_URL as string, 'sk_test_emulated');

/** The Checkout Session /pay leads to now. */
async function sessionOf(payPath: string) {
  const page = await checkoutPage(server, payPath);
  return stripeSdk().checkout.sessions.retrieve(page.split('/').at(-1) as string);
}

const count = async (sql: string, params: unknown[]) =>
  Number((await server.orm.em.getConnection().execute<{ n: string }[]>(sql, params))[0]?.n);
const acceptances = (id: string) =>
  count('select count(*) as n from quote_acceptance where service_request_id = ?', [id]);
const kinds = (request: { timeline: { kind: string }[] }, kind: string) =>
  request.timeline.filter((entry) => entry.kind === kind);

const descriptionOf = async (id: string): Promise<string> =>
  ok(await gql('query($id: ID!) { serviceRequest(id: $id) { description } }', { id }))['serviceRequest'].description;

async function mailsOf(kind: string, description: string) {
  const { outbox } = ok(await gql('{ outbox(first: 100) { edges { node { to kind subject text } } } }'));
  return outbox.edges
    .map((e: { node: { to: string; kind: string; text: string } }) => e.node)
    .filter((m: { kind: string; text: string }) => m.kind === kind && m.text.includes(description));
}

describe('the quote page', () => {
  it('requireAcceptance: /pay leads to the quote page, which shows the quote escaped, until it is accepted', async () => {
    const address = newAddress();
    const { id, payToken, page } = await sent({ validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString() });
    const toQuote = await open(`/pay/${payToken}`, address);
    expect(toQuote.status).toBe(303);
    expect(toQuote.headers.get('location')).toBe(page);

    const response = await open(page, address);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const csp = response.headers.get('content-security-policy') as string;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('script-src');
    const html = await response.text();
    expect(html).not.toContain('<script');
    // Everything customer-facing is escaped: the business name, lines, note and terms.
    expect(html).toContain('Green &amp; Sons &lt;Gardens&gt;');
    expect(html).toContain('Hedge &lt;trimming&gt;');
    expect(html).toContain('See you &lt;b&gt;Monday&lt;/b&gt;');
    expect(html).toContain('Payment due on acceptance &amp; &lt;not later&gt;');
    expect(html).not.toMatch(/<b>Monday|<trimming>|<Gardens>/);
    // 1.5 × 40.00 + 25.00 = 85.00, VAT 20 % on the hedge line = 12.00, total 97.00; the accent colour.
    expect(html).toMatch(/Subtotal<\/th><td class="n">\$85\.00/);
    expect(html).toMatch(/Tax<\/th><td class="n">\$12\.00/);
    expect(html).toMatch(/Total<\/th><td class="n">\$97\.00/);
    expect(html).toContain('1.5 × $40.00 · VAT 20 %');
    expect(html).toContain('#ffd43b');
    expect(html).toContain('Valid until');
    expect(html).toContain('Accept and pay in full ($97.00)');
    expect(html).toContain('>Decline</button>');
    expect((await read(id)).acceptance).toBeNull();

    const accepted = await accept(page, "Zoë <b>O'Brien</b>", address);
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe(`/pay/${payToken}`);
    // Accepted: /pay now leads to Stripe, for the quote's total.
    const stripePage = await checkoutPage(server, `/pay/${payToken}`);
    expect(await (await fetch(stripePage)).text()).toContain('97.00');

    const after = await read(id);
    expect(after.status).toBe('ACCEPTED');
    expect(after.acceptance).toMatchObject({
      name: "Zoë <b>O'Brien</b>",
      clientAddress: address,
      quoteVersion: 1,
      userAgent: 'QuoteTest/1.0',
    });
    expect(after.acceptance.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(after.acceptance.at)).toBeGreaterThan(Date.now() - 60_000);
    expect(kinds(after, 'QUOTE_ACCEPTED')).toMatchObject([
      { from: 'AWAITING_PAYMENT', to: 'ACCEPTED', source: 'CUSTOMER' },
    ]);
    const shown = await (await open(page, address)).text();
    expect(shown).toContain('Accepted by <strong>Zoë &lt;b&gt;O&#39;Brien&lt;/b&gt;</strong>');
    expect(shown).not.toContain('name="hash"');
  });

  it('a quote with a deposit offers the deposit or the full amount: each choice leads /pay to its own Stripe page', async () => {
    const address = newAddress();
    const deposit = await sent({ deposit: 3_000 });
    const html = await (await open(deposit.page, address)).text();
    expect(html).toContain('Accept and pay the deposit ($30.00 of $97.00)');
    expect(html).toContain('Accept and pay in full ($97.00)');
    expect(html).not.toContain('Accept and pay the balance');
    // A forged choice the page did not offer records nothing.
    const forged = await post(
      `${deposit.page}/accept`,
      { ...(await acceptForm(deposit.page, address)), name: 'Ada', pay: 'balance' },
      address,
    );
    expect(forged.status).toBe(409);
    expect((await read(deposit.id)).acceptance).toBeNull();

    const form = { ...(await acceptForm(deposit.page, address)), name: 'Ada Lovelace', pay: 'deposit' };
    const accepted = await post(`${deposit.page}/accept`, form, address);
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe(`/pay/${deposit.payToken}`);
    expect(await sessionOf(`/pay/${deposit.payToken}`)).toMatchObject({ amount_total: 3_000 });
    expect(await read(deposit.id)).toMatchObject({
      status: 'ACCEPTED',
      amountDue: 3_000,
      acceptance: { name: 'Ada Lovelace', payChoice: 'DEPOSIT' },
    });
    expect(kinds(await read(deposit.id), 'QUOTE_ACCEPTED')).toEqual([
      expect.objectContaining({ note: expect.stringContaining('paying the deposit') }),
    ]);

    // The other choice: the whole quote, on a page of its own; the deposit is not asked.
    const full = await sent({ deposit: 3_000 });
    const chose = await post(
      `${full.page}/accept`,
      { ...(await acceptForm(full.page, address)), name: 'Ada Lovelace', pay: 'full' },
      address,
    );
    expect(chose.status).toBe(303);
    // The quote's own lines, not a deposit line.
    const session = await sessionOf(`/pay/${full.payToken}`);
    const items = (await stripeSdk().checkout.sessions.listLineItems(session.id)).data;
    const descriptions = items.map((i) => i.description);
    expect(descriptions).toEqual(expect.arrayContaining(['Hedge <trimming>', 'Green waste']));
    expect(descriptions.join(' ')).not.toContain('Deposit');
    expect(session.amount_total).toBe(9_700);
    expect(await read(full.id)).toMatchObject({
      status: 'ACCEPTED',
      amountDue: 9_700,
      acceptance: { payChoice: 'FULL' },
    });
    // The accepted page's pay button says what /pay collects.
    expect(await (await open(full.page, address)).text()).toContain('Pay $97.00');
    await payForm(await checkoutPage(server, `/pay/${full.payToken}`), { card_number: '4242 4242 4242 4242' });
    await webhooksApplied(emulator, server);
    expect(await read(full.id)).toMatchObject({
      status: 'PAID',
      amountPaid: 9_700,
      amountDue: 0,
      needsAttention: false,
    });
  });

  it('without requireAcceptance, a quote with a deposit leads /pay to the quote page, where the customer chooses', async () => {
    const address = newAddress();
    const { id, payToken, page } = await sent({ requireAcceptance: false, deposit: 3_000 });
    const toQuote = await open(`/pay/${payToken}`, address);
    expect(toQuote.status).toBe(303);
    expect(toQuote.headers.get('location')).toBe(page);
    const form = { ...(await acceptForm(page, address)), name: 'Ada Lovelace', pay: 'full' };
    expect((await post(`${page}/accept`, form, address)).status).toBe(303);
    expect(await sessionOf(`/pay/${payToken}`)).toMatchObject({ amount_total: 9_700 });
    expect(await read(id)).toMatchObject({ amountDue: 9_700, acceptance: { payChoice: 'FULL' } });
  });

  it('a new quote after a paid deposit keeps it: a new acceptance, then the balance of the new total', async () => {
    const address = newAddress();
    const { id, payToken, page } = await sent({ deposit: 3_000 });
    const first = { ...(await acceptForm(page, address)), name: 'Ada Lovelace', pay: 'deposit' };
    expect((await post(`${page}/accept`, first, address)).status).toBe(303);
    await payForm(await checkoutPage(server, `/pay/${payToken}`), { card_number: '4242 4242 4242 4242' });
    await webhooksApplied(emulator, server);
    expect(await read(id)).toMatchObject({ status: 'DEPOSIT_PAID', amountDue: 6_700 });
    expect((await read(id)).allowedActions).toContain('QUOTE');

    // A deposit of its own, or a total the paid deposit leaves no chargeable balance of, is refused.
    const requote = (lines: unknown[], deposit?: number) =>
      gql(
        `mutation($id: ID!, $lines: [LineItemInput!], $d: Int) {
           quote(id: $id, lineItems: $lines, depositAmount: $d, requireAcceptance: true) { ${READ} } }`,
        { id, lines, d: deposit ?? null },
      );
    const more = [...LINES.map((l) => ({ ...l, taxRateId: 'taxRateId' in l ? vat : undefined }))];
    more.push({ description: 'Extra hedge', quantity: 1, unitAmount: 2_000, taxRateId: undefined });
    expect(errorCode(await requote(more, 1_000))).toBe('BAD_USER_INPUT');
    const tooSmall = await requote([{ description: 'Smaller job', quantity: 1, unitAmount: 3_020 }]);
    expect(tooSmall.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lineItems' });
    expect(await read(id)).toMatchObject({ status: 'DEPOSIT_PAID', quoteVersion: 1 });

    // Adding $20.00 of work: $117.00 in all, the $30.00 paid kept, $87.00 due once accepted again.
    const v2 = ok(await requote(more))['quote'];
    expect(v2).toMatchObject({ status: 'DEPOSIT_PAID', quoteVersion: 2, quoteAmount: 11_700, amountDue: 8_700 });
    expect(v2.acceptance).toBeNull();
    expect(v2.allowedActions).toContain('SCHEDULE');
    const toQuote = await open(`/pay/${payToken}`, address);
    expect(toQuote.headers.get('location')).toBe(page);
    const html = await (await open(page, address)).text();
    expect(html).toContain('Accept and pay the balance ($87.00, after your deposit of $30.00)');
    expect(html).not.toContain('Accept and pay in full');
    const second = { ...(await acceptForm(page, address)), name: 'Ada Lovelace', pay: 'balance' };
    expect((await post(`${page}/accept`, second, address)).status).toBe(303);
    expect(await read(id)).toMatchObject({
      status: 'DEPOSIT_PAID',
      acceptance: { quoteVersion: 2, payChoice: 'BALANCE' },
    });

    const balance = await checkoutPage(server, `/pay/${payToken}`);
    const session = await stripeSdk().checkout.sessions.retrieve(balance.split('/').at(-1) as string);
    expect(session.amount_total).toBe(8_700);
    await payForm(balance, { card_number: '4242 4242 4242 4242' });
    await webhooksApplied(emulator, server);
    // The kept deposit and the balance pay the new total: no second payment, no old quote, no mismatch.
    expect(await read(id)).toMatchObject({
      status: 'PAID',
      amountPaid: 11_700,
      amountDue: 0,
      needsAttention: false,
      attentionReason: null,
    });
  });

  it('without requireAcceptance /pay goes straight to Stripe, and the page is there too', async () => {
    const address = newAddress();
    const { id, payToken, page } = await sent({ requireAcceptance: false });
    await checkoutPage(server, `/pay/${payToken}`);
    expect((await open(page, address)).status).toBe(200);
    expect((await read(id)).requireAcceptance).toBe(false);
  });

  it('accepting twice, or at once from two tabs, records one acceptance', async () => {
    const address = newAddress();
    const { id, page } = await sent();
    const form = { ...(await acceptForm(page, address)), name: 'Ada Lovelace', pay: 'full' };
    const answers = await Promise.all([post(`${page}/accept`, form, address), post(`${page}/accept`, form, address)]);
    expect(answers.map((a) => a.status).sort()).toEqual([303, 409]);
    const again = await post(`${page}/accept`, form, address);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('Already accepted');
    expect(await acceptances(id)).toBe(1);
    expect(kinds(await read(id), 'QUOTE_ACCEPTED')).toHaveLength(1);
  });

  it('a quote changed after the page was loaded is not accepted: the page says so and shows the new one', async () => {
    const address = newAddress();
    const { id, page } = await sent();
    const stale = await acceptForm(page, address);
    await quote(id, { note: 'Changed: Tuesday instead' });
    const answer = await post(`${page}/accept`, { ...stale, name: 'Ada Lovelace', pay: 'full' }, address);
    expect(answer.status).toBe(409);
    const html = await answer.text();
    expect(html).toContain('This quote has changed');
    expect(html).toContain('Changed: Tuesday instead');
    expect(await acceptances(id)).toBe(0);
    // The same version with another content hash is refused too.
    const fresh = await acceptForm(page, address);
    const forged = await post(`${page}/accept`, { ...fresh, hash: stale.hash, name: 'Ada', pay: 'full' }, address);
    expect(forged.status).toBe(409);
    expect(await acceptances(id)).toBe(0);
    expect((await read(id)).status).toBe('QUOTED'); // the new quote's
  });

  it('an accepted quote is locked: a new quote is a new version that needs a new acceptance', async () => {
    const address = newAddress();
    const { id, payToken, page } = await sent();
    expect((await accept(page, 'Grace Hopper', address)).status).toBe(303);
    const v1 = await read(id);
    await quote(id, { note: 'Now with the back garden' });
    const requoted = await read(id);
    expect(requoted).toMatchObject({ status: 'QUOTED', quoteVersion: 2, acceptance: null });
    expect((await open(`/pay/${payToken}`, address)).headers.get('location')).toBe(page);
    expect(await (await open(page, address)).text()).toContain('name="version" value="2"');
    expect((await accept(page, 'Grace Hopper', address)).status).toBe(303);
    const v2 = (await read(id)).acceptance;
    expect(v2.quoteVersion).toBe(2);
    expect(v2.contentHash).not.toBe(v1.acceptance.contentHash);
    expect(await acceptances(id)).toBe(2);
  });

  it('refuses a blank, overlong or control-character name, recording nothing', async () => {
    const address = newAddress();
    const { id, page } = await sent();
    for (const name of ['   ', 'x'.repeat(201), 'Ada\u0007Lovelace']) {
      const answer = await accept(page, name, address);
      expect(answer.status).toBe(400);
      expect(await answer.text()).toMatch(/Your name (is needed|is not valid)/);
    }
    expect(await acceptances(id)).toBe(0);
  });

  it('declining records the reason, tells the owners, and leaves the request open to a new quote', async () => {
    const address = newAddress();
    const { id, page } = await sent();
    const description = await descriptionOf(id);
    const tooLong = await post(`${page}/decline`, { reason: 'x'.repeat(2001) }, address);
    expect(tooLong.status).toBe(400);
    const control = await post(`${page}/decline`, { reason: 'no\u0000thanks' }, address);
    expect(control.status).toBe(400);
    expect(kinds(await read(id), 'QUOTE_DECLINED')).toHaveLength(0);

    const declined = await post(`${page}/decline`, { reason: 'Too <expensive>\nsorry' }, address);
    expect(declined.status).toBe(303);
    expect(declined.headers.get('location')).toBe(`${page}?done=declined`);
    expect(await (await open(`${page}?done=declined`, address)).text()).toContain('declined this quote');
    const after = await read(id);
    expect(after.status).toBe('AWAITING_PAYMENT');
    expect(kinds(after, 'QUOTE_DECLINED')).toMatchObject([
      { source: 'CUSTOMER', note: 'Declined by the customer: Too <expensive>\nsorry' },
    ]);
    expect(after.allowedActions).toContain('QUOTE');
    const mails = await mailsOf('QUOTE_DECLINED', description);
    expect(mails.map((m: { to: string }) => m.to)).toEqual([ADMIN_EMAIL]);
    expect(mails[0].text).toContain('Reason: Too <expensive>');
    // A new quote can be sent, and accepted.
    await quote(id);
    expect((await accept(page, 'Ada Lovelace', address)).status).toBe(303);
  });

  it('chargeSavedCard waits for the acceptance of the quote', async () => {
    const email = `card-${Date.now()}@example.com`;
    const first = await createRequest(server, token, { customerEmail: email });
    ok(await gql('mutation($id: ID!) { quote(id: $id, amount: 3000, saveCard: true) { id } }', { id: first.id }));
    const { payUrl } = ok(await gql('mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }', { id: first.id }))[
      'sendPaymentLink'
    ];
    const paid = await payForm(await checkoutPage(server, payUrl), { card_number: '4242424242424242', email });
    expect(paid.status).toBe(303);
    await webhooksApplied(emulator, server);

    const { id } = await createRequest(server, token, { customerEmail: email });
    await quote(id);
    expect((await read(id)).allowedActions).not.toContain('CHARGE_SAVED_CARD');
    const refused = await gql('mutation($id: ID!) { chargeSavedCard(id: $id) { id } }', { id });
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toContain('not accepted');

    ok(await gql('mutation($id: ID!) { sendPaymentLink(id: $id) { id } }', { id }));
    const page = new URL((await read(id)).quoteUrl).pathname;
    expect((await accept(page, 'Returning Customer', newAddress())).status).toBe(303);
    expect((await read(id)).allowedActions).toContain('CHARGE_SAVED_CARD');
    const charged = ok(await gql('mutation($id: ID!) { chargeSavedCard(id: $id) { status } }', { id }))[
      'chargeSavedCard'
    ];
    expect(['PAID', 'ACCEPTED']).toContain(charged.status);
    await webhooksApplied(emulator, server);
    expect((await read(id)).status).toBe('PAID');
  });

  it('the forms (accept, decline, ask for a new quote) are limited per client address', async () => {
    const [busy, other] = [newAddress(), newAddress()];
    const { id, page } = await sent();
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await post(`${page}/decline`, { reason: `try ${i}` }, busy));
    expect(answers.slice(0, 10).map((a) => a.status)).toEqual(Array(10).fill(303));
    expect(answers[10]?.status).toBe(429);
    expect(Number(answers[10]?.headers.get('retry-after'))).toBeGreaterThan(0);
    const blocked = await post(`${page}/accept`, { ...(await acceptForm(page, busy)), name: 'Ada', pay: 'full' }, busy);
    expect(blocked.status).toBe(429);
    expect((await post(`${page}/renew`, {}, busy)).status).toBe(429);
    expect(await acceptances(id)).toBe(0);
    expect(kinds(await read(id), 'QUOTE_DECLINED')).toHaveLength(10);
    expect(kinds(await read(id), 'NEW_QUOTE_ASKED')).toHaveLength(0);
    expect((await accept(page, 'Ada', other)).status).toBe(303);
  });
});

describe('validity', () => {
  /** Waits until the request's timeline has `kind` (the expiry job runs at validUntil). */
  async function until(id: string, kind: string) {
    const deadline = Date.now() + 20_000;
    while (kinds(await read(id), kind).length === 0) {
      if (Date.now() > deadline) throw new Error(`no ${kind} on the timeline`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('at validUntil the links are deactivated; the page offers to ask for a new quote; a later payment raises attention', async () => {
    const address = newAddress();
    const validUntil = new Date(Date.now() + 2_500).toISOString();
    const { id, payToken, page } = await sent({ requireAcceptance: false, validUntil });
    await checkoutPage(server, `/pay/${payToken}`); // the Payment Link exists at Stripe
    await until(id, 'QUOTE_EXPIRED');
    await sideEffectsDone(server);
    const links = await server.orm.em
      .getConnection()
      .execute<{ active: boolean; closed_at_stripe: string | null; stripe_id: string }[]>(
        'select active, closed_at_stripe, stripe_id from payment_link where service_request_id = ?',
        [id],
      );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.active).toBe(false);
      expect(link.closed_at_stripe).not.toBeNull();
    }
    expect(
      (await sdkFor(emulator.url, 'sk_test_emulated').paymentLinks.retrieve(links[0]?.stripe_id as string)).active,
    ).toBe(false);

    expect((await open(`/pay/${payToken}`, address)).headers.get('location')).toBe(page);
    const html = await (await open(page, address)).text();
    expect(html).toContain('This quote expired on');
    expect(html).toContain('Ask for a new quote');
    expect(html).not.toContain('name="hash"');
    const late = await post(`${page}/accept`, { version: '1', hash: 'x', name: 'Ada', pay: 'full' }, address);
    expect(late.status).toBe(410);
    expect(await acceptances(id)).toBe(0);
    expect(errorCode(await gql('mutation($id: ID!) { sendPaymentLink(id: $id) { id } }', { id }))).toBe('CONFLICT');

    const asked = await post(`${page}/renew`, {}, address);
    expect(asked.status).toBe(303);
    expect(asked.headers.get('location')).toBe(`${page}?done=asked`);
    const after = await read(id);
    expect(kinds(after, 'NEW_QUOTE_ASKED')).toHaveLength(1);
    expect(await mailsOf('NEW_QUOTE_ASKED', await descriptionOf(id))).toHaveLength(1);

    // A payment Stripe made after the expiry is recorded, with attention. Stripe's `created` is in
    // whole seconds: the second after validUntil's own is after it, whenever this line runs.
    const created = Math.floor(Date.parse(validUntil) / 1000) + 1;
    const session = checkoutSession({ requestId: id, amount: 9_700, created });
    await deliver(server, stripeEvent('checkout.session.completed', session));
    const paid = await read(id);
    expect(paid).toMatchObject({ status: 'PAID', amountPaid: 9_700, needsAttention: true });
    expect(paid.attentionReason).toContain('paid after the quote expired');
  });

  it('an admin extends an expired quote: it can be accepted and paid again, with fresh links', async () => {
    const address = newAddress();
    const { id, payToken, page } = await sent({ validUntil: new Date(Date.now() + 2_000).toISOString() });
    await until(id, 'QUOTE_EXPIRED');
    const past = await gql(
      'mutation($id: ID!, $v: DateTime!) { extendQuoteValidity(id: $id, validUntil: $v) { id } }',
      {
        id,
        v: new Date(Date.now() - 1000).toISOString(),
      },
    );
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    const until2 = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const extended = ok(
      await gql(
        'mutation($id: ID!, $v: DateTime!) { extendQuoteValidity(id: $id, validUntil: $v) { validUntil quoteVersion } }',
        {
          id,
          v: until2,
        },
      ),
    )['extendQuoteValidity'];
    expect(extended).toEqual({ validUntil: until2, quoteVersion: 1 });
    expect(kinds(await read(id), 'VALIDITY_EXTENDED')).toHaveLength(1);
    expect((await accept(page, 'Ada Lovelace', address)).status).toBe(303);
    const stripePage = await checkoutPage(server, `/pay/${payToken}`);
    expect((await payForm(stripePage, { card_number: '4242424242424242' })).status).toBe(303);
    await webhooksApplied(emulator, server);
    expect(await read(id)).toMatchObject({ status: 'PAID', needsAttention: false });
  });
});
