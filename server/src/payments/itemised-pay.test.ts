import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm, sdkFor } from '@service-desk/stripe-emulator/testing';
import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { checkoutPage, createRequest, REQUEST_FIELDS } from '../test-support/requests';
import { checkoutSession, deliver, stripeEvent } from '../test-support/stripe-events';
import { ok, type TestServer } from '../test-support/test-server';

// An itemised, taxed quote paid end to end on the emulator, through either primitive.
describe.each(['checkout_session', 'payment_link'] as const)('with PAYMENT_PRIMITIVE=%s', (primitive) => {
  let emulator: StripeEmulator;
  let server: TestServer;
  let stripe: Stripe;
  let token: string;
  let close: () => Promise<void>;
  let sales: string;
  let vat: string;

  beforeAll(async () => {
    ({ server, emulator, close } = await startEmulatedServer({ PAYMENT_PRIMITIVE: primitive }));
    token = await server.login();
    stripe = sdkFor(server.settings.STRIPE_API_URL as string, 'sk_test_emulated');
    const rates = ok(
      await server.gql(
        `mutation { updateBusinessSettings(input: { taxRates: [
           { name: "Sales tax", percentage: "8.875", inclusive: false }, { name: "VAT", percentage: "20", inclusive: true }
         ] }) { taxRates { id name } } }`,
        {},
        token,
      ),
    )['updateBusinessSettings'].taxRates as { id: string; name: string }[];
    [sales, vat] = ['Sales tax', 'VAT'].map((name) => rates.find((r) => r.name === name)?.id as string) as [
      string,
      string,
    ];
  });
  afterAll(() => close?.());

  const read = async (id: string) =>
    ok(
      await server.gql(
        `query($id: ID!) { serviceRequest(id: $id) { ${REQUEST_FIELDS} subtotal taxAmount paymentLinks { stripeId } } }`,
        { id },
        token,
      ),
    )['serviceRequest'];

  async function sentQuote(lineItems: unknown[]) {
    const { id } = await createRequest(server, token);
    ok(
      await server.gql(
        `mutation($id: ID!, $lines: [LineItemInput!]) { quote(id: $id, lineItems: $lines) { id } }`,
        { id, lines: lineItems },
        token,
      ),
    );
    const { payUrl } = ok(
      await server.gql(`mutation($id: ID!) { sendPaymentLink(id: $id) { payUrl } }`, { id }, token),
    )['sendPaymentLink'];
    return { id: id as string, payUrl: payUrl as string };
  }

  it('pays the total Stripe computes from the lines and their taxes, and the request is PAID exactly once', async () => {
    const { id, payUrl } = await sentQuote([
      { description: 'Labour (hours)', quantity: 1.5, unitAmount: 3333, taxRateId: sales },
      { description: 'Mulch', quantity: 3, unitAmount: 1250, taxRateId: vat },
      { description: 'Disposal', quantity: 1, unitAmount: 2000 },
    ]);
    const page = await checkoutPage(server, payUrl);
    const session = await stripe.checkout.sessions.retrieve(page.split('/').at(-1) as string);
    // What the customer sees at Stripe is what we quoted: 107.50 before tax, 10.69 of tax, 111.94 in all.
    expect(session.amount_total).toBe(11_194);
    const items = (await stripe.checkout.sessions.listLineItems(session.id)).data;
    if (primitive === 'checkout_session') {
      expect(session.amount_subtotal).toBe(10_750);
      expect(session.total_details?.amount_tax).toBe(444 + 625);
      expect(items.map((i) => [i.description, i.quantity, i.amount_subtotal, i.amount_tax])).toEqual([
        ['Labour (hours)', 1, 5000, 444],
        ['Mulch', 3, 3750, 625],
        ['Disposal', 1, 2000, 0],
      ]);
    } else {
      // A Payment Link takes no tax rates per line: the exclusive tax is a line of its own.
      expect(session.amount_subtotal).toBe(11_194);
      expect(items.map((i) => [i.description, i.quantity, i.amount_total])).toEqual([
        ['Labour (hours)', 1, 5000],
        ['Mulch', 3, 3750],
        ['Disposal', 1, 2000],
        ['Sales tax 8.875 %', 1, 444],
      ]);
    }

    const paid = await payForm(page, { card_number: '4242 4242 4242 4242' });
    expect(paid.status).toBe(303);
    await webhooksApplied(emulator, server);
    const after = await read(id);
    expect(after).toMatchObject({
      status: 'PAID',
      quoteAmount: 11_194,
      subtotal: 10_750,
      taxAmount: 1_069,
      amountPaid: 11_194,
      needsAttention: false,
      payments: [{ amount: 11_194, status: 'SUCCEEDED' }],
    });
    expect(after.timeline.filter((e: { kind: string }) => e.kind === 'PAYMENT_RECEIVED')).toHaveLength(1);
    expect(after.timeline.filter((e: { to: string | null }) => e.to === 'PAID')).toHaveLength(1);
  });

  if (primitive === 'checkout_session') {
    it('a payment whose subtotal is not what its session expected is kept and raises attention', async () => {
      const { id, payUrl } = await sentQuote([
        { description: 'Labour (hours)', quantity: 2, unitAmount: 5000, taxRateId: sales },
      ]);
      const sessionId = (await checkoutPage(server, payUrl)).split('/').at(-1) as string;
      // The right total, but reported as if the tax were a line of its own: not what this session sells.
      const session = { ...checkoutSession({ requestId: id, amount: 10_888 }), id: sessionId, payment_link: null };
      await deliver(server, stripeEvent('checkout.session.completed', session));
      const after = await read(id);
      expect(after).toMatchObject({ status: 'AWAITING_PAYMENT', needsAttention: true, quoteAmount: 10_888 });
      expect(after.attentionReason).toContain('its link expected $100.00 and $108.88');
      expect(after.payments).toEqual([expect.objectContaining({ amount: 10_888, status: 'SUCCEEDED' })]);
    });
  }

  if (primitive === 'payment_link') {
    it('groups the work lines past what a Payment Link holds into one "Other work" line', async () => {
      const lines = Array.from({ length: 25 }, (_, i) => ({
        description: `Task ${i + 1}`,
        quantity: 1,
        unitAmount: 1000,
        taxRateId: sales,
      }));
      const { id, payUrl } = await sentQuote(lines);
      const page = await checkoutPage(server, payUrl);
      const session = await stripe.checkout.sessions.retrieve(page.split('/').at(-1) as string);
      const items = (await stripe.checkout.sessions.listLineItems(session.id, { limit: 100 })).data;
      expect(items).toHaveLength(20);
      expect(items.slice(0, 18).map((i) => i.description)).toEqual(lines.slice(0, 18).map((l) => l.description));
      expect(items[18]).toMatchObject({ description: 'Other work', amount_total: 7 * 1000 });
      expect(items[19]).toMatchObject({ description: 'Sales tax 8.875 %', amount_total: 25 * 89 });
      expect(session.amount_total).toBe((await read(id)).quoteAmount);
    });
  }
});
