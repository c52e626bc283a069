import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm, sdkFor } from '@service-desk/stripe-emulator/testing';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { acceptQuote, checkoutPage, createRequest, REQUEST_FIELDS } from '../test-support/requests';
import { checkoutSession, deliver, stripeEvent } from '../test-support/stripe-events';
import { type GraphQLResponse, ok, type TestServer } from '../test-support/test-server';

const errorOf = (response: GraphQLResponse) => response.errors?.[0];

let addresses = 0;
/** A client address of the test's own (the quote page's forms are limited per address). */
const newAddress = () => `198.51.100.${(addresses += 1)}`;

const FIELDS = `${REQUEST_FIELDS} depositAmount amountDue allowedActions payUrl
  payments { id amount status purpose } paymentLinks { purpose active amount }`;

// A quote with a deposit, paid on the emulator through either primitive: deposit, work, balance, refunds.
describe.each(['checkout_session', 'payment_link'] as const)('deposits with PAYMENT_PRIMITIVE=%s', (primitive) => {
  let emulator: StripeEmulator;
  let server: TestServer;
  let stripe: Stripe;
  let token: string;
  let close: () => Promise<void>;
  let sales: string;

  beforeAll(async () => {
    ({ server, emulator, close } = await startEmulatedServer({
      PAYMENT_PRIMITIVE: primitive,
      TRUST_PROXY: 'loopback',
    }));
    token = await server.login();
    stripe = sdkFor(server.settings.STRIPE_API_URL as string, 'sk_test_emulated');
    const rates = ok(
      await server.gql(
        `mutation { updateBusinessSettings(input: { taxRates: [{ name: "Sales tax", percentage: "8.875", inclusive: false }],
           defaultDepositPercent: 25 }) { taxRates { id } } }`,
        {},
        token,
      ),
    )['updateBusinessSettings'].taxRates as { id: string }[];
    sales = rates[0]?.id as string;
  });
  afterAll(() => close?.());

  const gql = (query: string, variables: Record<string, unknown>) => server.gql(query, variables, token);
  const read = async (id: string) =>
    ok(await gql(`query($id: ID!) { serviceRequest(id: $id) { ${FIELDS} } }`, { id }))['serviceRequest'];
  const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString();

  /** 1.5 h at $33.33 and $20 of disposal, 8.875 % tax on the labour: $74.44 in all. */
  const LINES = () => [
    { description: 'Labour (hours)', quantity: 1.5, unitAmount: 3333, taxRateId: sales },
    { description: 'Disposal', quantity: 1, unitAmount: 2000 },
  ];
  const TOTAL = 7_444;

  /** Quoted and sent; with a deposit the customer chooses on the quote page how to pay (`choice`). */
  async function quoted(
    deposit: Record<string, unknown>,
    saveCard = false,
    email?: string,
    choice: 'deposit' | 'full' = 'deposit',
  ) {
    const { id } = await createRequest(server, token, email ? { customerEmail: email } : {});
    ok(
      await gql(
        `mutation($id: ID!, $lines: [LineItemInput!], $a: Int, $p: Int, $s: Boolean!) {
           quote(id: $id, lineItems: $lines, depositAmount: $a, depositPercent: $p, saveCard: $s) { id } }`,
        { id, lines: LINES(), a: deposit['amount'] ?? null, p: deposit['percent'] ?? null, s: saveCard },
      ),
    );
    const { payUrl } = ok(await gql(`mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }`, { id }))[
      'sendPaymentLink'
    ];
    if (deposit['amount'] || deposit['percent']) await acceptQuote(server, payUrl, choice, newAddress());
    return { id: id as string, payUrl: payUrl as string };
  }

  /** Follows /pay to the Stripe page: its session and single line. */
  async function stripePage(payUrl: string) {
    const page = await checkoutPage(server, payUrl);
    const session = await stripe.checkout.sessions.retrieve(page.split('/').at(-1) as string);
    const items = (await stripe.checkout.sessions.listLineItems(session.id)).data;
    return { page, session, items };
  }

  async function pay(page: string) {
    expect((await payForm(page, { card_number: '4242 4242 4242 4242' })).status).toBe(303);
    await webhooksApplied(emulator, server);
  }

  async function depositPaid(saveCard = false, email?: string) {
    const { id, payUrl } = await quoted({ percent: 30 }, saveCard, email);
    await pay((await stripePage(payUrl)).page);
    return { id, payUrl };
  }

  const refund = (id: string, paymentId: string, after?: string) =>
    gql(
      `mutation($id: ID!, $p: ID, $after: AfterDepositRefund) {
         refund(id: $id, paymentId: $p, afterDepositRefund: $after) { ${FIELDS} } }`,
      { id, p: paymentId, after: after ?? null },
    );

  it('deposit, then the work, then the balance through the same /pay URL, then a refund of each', async () => {
    const { id, payUrl } = await quoted({ percent: 30 });
    // 30 % of $74.44 is $22.332: $22.33, rounded half up to the cent.
    expect(await read(id)).toMatchObject({ quoteAmount: TOTAL, depositAmount: 2_233, amountDue: 2_233 });
    const deposit = await stripePage(payUrl);
    // One tax-inclusive line: what Stripe reports before and after tax is the deposit.
    expect(deposit.items.map((i) => [i.description?.replace(/#\S+/, '#N'), i.quantity, i.amount_total])).toEqual([
      ['Deposit on quote #N', 1, 2_233],
    ]);
    expect([deposit.session.amount_subtotal, deposit.session.amount_total]).toEqual([2_233, 2_233]);
    await pay(deposit.page);

    let after = await read(id);
    expect(after).toMatchObject({ status: 'DEPOSIT_PAID', amountPaid: 2_233, amountDue: 5_211, needsAttention: false });
    expect(after.payments).toEqual([expect.objectContaining({ amount: 2_233, purpose: 'DEPOSIT' })]);
    expect(after.allowedActions).toEqual(expect.arrayContaining(['SCHEDULE', 'SEND_BALANCE_LINK', 'REFUND']));
    expect(after.allowedActions).not.toContain('MARK_PAID');

    // The work is booked: scheduled and done with the balance still due.
    ok(
      await gql('mutation($id: ID!, $at: DateTime!) { schedule(id: $id, scheduledFor: $at) { id } }', {
        id,
        at: tomorrow(),
      }),
    );
    ok(await gql('mutation($id: ID!) { complete(id: $id) { id } }', { id }));
    after = ok(await gql(`mutation($id: ID!) { sendBalanceLink(id: $id) { ${FIELDS} } }`, { id }))['sendBalanceLink'];
    expect(after).toMatchObject({ status: 'COMPLETED', amountDue: 5_211, payUrl });
    const { outbox } = ok(await gql(`{ outbox(first: 100) { edges { node { kind subject text } } } }`, {}));
    const mail = outbox.edges
      .map((e: any) => e.node)
      .find((m: any) => m.kind === 'BALANCE_LINK' && m.text.includes(payUrl));
    expect(mail.subject).toContain('$52.11');

    const balance = await stripePage(payUrl);
    expect(balance.items.map((i) => [i.description?.replace(/#\S+/, '#N'), i.amount_total])).toEqual([
      ['Balance of quote #N', 5_211],
    ]);
    await pay(balance.page);
    after = await read(id);
    // The balance is not a second payment: no attention, nothing more due, the status stays COMPLETED.
    expect(after).toMatchObject({ status: 'COMPLETED', amountPaid: TOTAL, amountDue: 0, needsAttention: false });
    expect(after.allowedActions).not.toContain('SEND_BALANCE_LINK');
    expect(after.payments.map((p: any) => p.purpose).sort()).toEqual(['BALANCE', 'DEPOSIT']);
    expect(after.paymentLinks.every((l: any) => !l.active)).toBe(true);

    // After the work, a deposit refund moves no booking: the choice is refused, nothing changes.
    const depositPayment = after.payments.find((p: any) => p.purpose === 'DEPOSIT');
    const balancePayment = after.payments.find((p: any) => p.purpose === 'BALANCE');
    expect(errorOf(await refund(id, depositPayment.id, 'QUOTED'))?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'afterDepositRefund',
    });
    expect((await read(id)).amountRefunded).toBe(0);
    ok(await refund(id, balancePayment.id));
    await webhooksApplied(emulator, server);
    expect(await read(id)).toMatchObject({ status: 'COMPLETED', amountRefunded: 5_211 });
    ok(await refund(id, depositPayment.id));
    await webhooksApplied(emulator, server);
    expect(await read(id)).toMatchObject({ status: 'REFUNDED', amountRefunded: TOTAL, needsAttention: false });
  });

  it('refunding the whole deposit before the work cancels the booking: back to QUOTED, or CANCELED', async () => {
    const requoted = await depositPaid();
    const [deposit] = (await read(requoted.id)).payments;
    ok(await refund(requoted.id, deposit.id, 'QUOTED'));
    await webhooksApplied(emulator, server);
    const after = await read(requoted.id);
    expect(after).toMatchObject({ status: 'QUOTED', amountDue: 2_233, amountRefunded: 2_233, needsAttention: false });
    // /pay leads to a fresh deposit page, and paying it books the work again.
    const again = await stripePage(requoted.payUrl);
    expect(again.session.amount_total).toBe(2_233);
    await pay(again.page);
    expect(await read(requoted.id)).toMatchObject({ status: 'DEPOSIT_PAID', amountDue: 5_211, needsAttention: false });

    const canceled = await depositPaid();
    ok(
      await gql('mutation($id: ID!, $at: DateTime!) { schedule(id: $id, scheduledFor: $at) { id } }', {
        id: canceled.id,
        at: tomorrow(),
      }),
    );
    ok(await refund(canceled.id, (await read(canceled.id)).payments[0].id));
    await webhooksApplied(emulator, server);
    expect(await read(canceled.id)).toMatchObject({ status: 'CANCELED', amountDue: 0, amountRefunded: 2_233 });
  });

  it('the deposit and the full amount both paid is a second payment: attention', async () => {
    const { id } = await depositPaid();
    // A full payment of the same quote lands too (a page opened before the deposit was paid).
    const full = { ...checkoutSession({ requestId: id, amount: TOTAL, quoteVersion: 1 }), payment_link: null };
    await deliver(server, stripeEvent('checkout.session.completed', full));
    const after = await read(id);
    expect(after).toMatchObject({ status: 'PAID', needsAttention: true, amountPaid: 2_233 + TOTAL, amountDue: 0 });
    expect(after.attentionReason).toContain('possible double payment: $22.33 more was paid');
  });

  it('the customer chose to pay in full: its own Stripe page, the deposit not asked; paying it pays the quote', async () => {
    const { id, payUrl } = await quoted({ percent: 30 }, false, undefined, 'full');
    expect(await read(id)).toMatchObject({ status: 'ACCEPTED', depositAmount: 2_233, amountDue: TOTAL });
    const full = await stripePage(payUrl);
    expect(full.session.amount_total).toBe(TOTAL);
    const descriptions = full.items.map((i) => i.description);
    expect(descriptions).toEqual(expect.arrayContaining(['Labour (hours)', 'Disposal']));
    expect(descriptions.join(' ')).not.toContain('Deposit');
    // The full payment's link or session is the only one /pay leads to: a deposit link made before
    // the choice (a Payment Link, made when the quote was sent) is retired with the choice.
    const links = (await read(id)).paymentLinks;
    expect(links.filter((l: any) => l.active).map((l: any) => l.purpose)).toEqual(['FULL']);
    expect(links.filter((l: any) => !l.active).map((l: any) => l.purpose)).toEqual(
      primitive === 'payment_link' ? ['DEPOSIT'] : [],
    );
    await pay(full.page);
    const after = await read(id);
    expect(after).toMatchObject({ status: 'PAID', amountPaid: TOTAL, amountDue: 0, needsAttention: false });
    expect(after.payments).toEqual([expect.objectContaining({ amount: TOTAL, purpose: 'FULL' })]);
    expect(after.paymentLinks.every((l: any) => !l.active)).toBe(true);
  });

  it('a new quote after the deposit keeps it: its balance is the new total minus the deposit, not a second payment', async () => {
    const { id, payUrl } = await depositPaid();
    // $10.00 more disposal: $84.44 in all, the $22.33 paid kept.
    const lines = [...LINES(), { description: 'More disposal', quantity: 1, unitAmount: 1_000 }];
    const v2 = ok(
      await gql(`mutation($id: ID!, $lines: [LineItemInput!]) { quote(id: $id, lineItems: $lines) { ${FIELDS} } }`, {
        id,
        lines,
      }),
    )['quote'];
    expect(v2).toMatchObject({
      status: 'DEPOSIT_PAID',
      quoteVersion: 2,
      quoteAmount: 8_444,
      depositAmount: 2_233,
      amountPaid: 2_233,
      amountDue: 6_211,
      needsAttention: false,
    });
    expect(v2.allowedActions).toEqual(expect.arrayContaining(['SCHEDULE', 'SEND_BALANCE_LINK', 'QUOTE']));
    const balance = await stripePage(payUrl);
    expect(balance.items.map((i) => [i.description?.replace(/#\S+/, '#N'), i.amount_total])).toEqual([
      ['Balance of quote #N', 6_211],
    ]);
    await pay(balance.page);
    const after = await read(id);
    // The deposit of version 1 and the balance of version 2 pay it: no old quote, no mismatch, no second payment.
    expect(after).toMatchObject({ status: 'PAID', amountPaid: 8_444, amountDue: 0, needsAttention: false });
    expect(after.payments.map((p: any) => p.purpose).sort()).toEqual(['BALANCE', 'DEPOSIT']);
  });

  it('the balance of booked work stays payable past the quote’s validUntil: /pay still leads to it', async () => {
    const { id, payUrl } = await depositPaid();
    await server.orm.em
      .getConnection()
      .execute(`update service_request set valid_until = now() - interval '1 minute' where id = ?`, [id]);
    const balance = await stripePage(payUrl);
    expect(balance.items.map((i) => [i.description?.replace(/#\S+/, '#N'), i.amount_total])).toEqual([
      ['Balance of quote #N', 5_211],
    ]);
    await pay(balance.page);
    expect(await read(id)).toMatchObject({ status: 'PAID', amountDue: 0 });
  });

  it('a new quote after the deposit needs a new acceptance before the saved card pays its balance', async () => {
    const email = `requote-card-${primitive}@example.com`;
    const { id, payUrl } = await depositPaid(true, email);
    const charge = () => gql(`mutation($id: ID!) { chargeSavedCard(id: $id) { ${FIELDS} } }`, { id });
    const v2 = ok(
      await gql(
        `mutation($id: ID!, $lines: [LineItemInput!]) {
           quote(id: $id, lineItems: $lines, saveCard: true, requireAcceptance: true) { ${FIELDS} } }`,
        { id, lines: LINES() },
      ),
    )['quote'];
    expect(v2).toMatchObject({ status: 'DEPOSIT_PAID', amountDue: 5_211 });
    expect(v2.allowedActions).not.toContain('CHARGE_SAVED_CARD');
    expect(errorOf(await charge())?.message).toContain('has not accepted the new quote');
    await acceptQuote(server, payUrl, 'balance', newAddress());
    expect(ok(await charge())['chargeSavedCard']).toMatchObject({
      status: 'PAID',
      amountPaid: TOTAL,
      amountDue: 0,
      needsAttention: false,
    });
  });

  it('a saved card from the deposit pays the balance', async () => {
    const email = `deposit-card-${primitive}@example.com`;
    const { id } = await depositPaid(true, email);
    expect((await read(id)).allowedActions).toContain('CHARGE_SAVED_CARD');
    const charged = ok(await gql(`mutation($id: ID!) { chargeSavedCard(id: $id) { ${FIELDS} } }`, { id }))[
      'chargeSavedCard'
    ];
    expect(charged).toMatchObject({ status: 'PAID', amountPaid: TOTAL, amountDue: 0, needsAttention: false });
    expect(charged.payments.find((p: any) => p.purpose === 'BALANCE')?.amount).toBe(5_211);
    await webhooksApplied(emulator, server);
    expect(await read(id)).toMatchObject({ status: 'PAID', needsAttention: false });
  });

  if (primitive === 'checkout_session') {
    it.each<[{ amount?: number; percent?: number }, string, string]>([
      [{ amount: TOTAL + 1 }, 'depositAmount', 'must not be over the total'],
      [{ amount: TOTAL }, 'depositAmount', 'must leave a balance of at least $0.50'],
      [{ amount: 49 }, 'depositAmount', 'must be at least $0.50'],
      [{ percent: 0 }, 'depositPercent', 'from 1 to 99'],
      [{ percent: 100 }, 'depositPercent', 'from 1 to 99'],
      [{ amount: 1000, percent: 30 }, 'depositAmount', 'either'],
    ])('refuses the deposit %j naming %s, and changes nothing', async (deposit, field, message) => {
      const { id } = await createRequest(server, token);
      const before = await read(id);
      const answer = await gql(
        `mutation($id: ID!, $lines: [LineItemInput!], $a: Int, $p: Int) {
           quote(id: $id, lineItems: $lines, depositAmount: $a, depositPercent: $p) { id } }`,
        { id, lines: LINES(), a: deposit.amount ?? null, p: deposit.percent ?? null },
      );
      expect(errorOf(answer)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(errorOf(answer)?.message).toContain(message);
      expect(await read(id)).toEqual(before);
    });

    it('without a deposit, the default percent of the settings is not applied: the quote is paid in full as before', async () => {
      const { id, payUrl } = await quoted({});
      expect(await read(id)).toMatchObject({ depositAmount: null, amountDue: TOTAL });
      await pay((await stripePage(payUrl)).page);
      expect(await read(id)).toMatchObject({ status: 'PAID', amountDue: 0, needsAttention: false });
    });
  }
});
