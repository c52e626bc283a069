import type { StripeEmulator } from '@service-desk/stripe-emulator';
import { payForm, sdkFor } from '@service-desk/stripe-emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { insertAcceptance } from '../data/acceptances';
import { PayPurpose } from '../engine/payment-enums';
import { startEmulatedServer, webhooksApplied } from '../test-support/emulated-server';
import { checkoutPage, sentRequest } from '../test-support/requests';
import { errorCode, ok, type TestServer } from '../test-support/test-server';

/**
 * Disputes end to end and offline: the customer pays with one of Stripe's dispute test cards, the
 * dispute shows on the payment, the owner submits evidence assembled from the request's record,
 * and Stripe's test evidence (the note) decides the outcome, seen on the payment and its timeline.
 */
const READ = `query($id: ID!) { serviceRequest(id: $id) { status timeline { kind note }
  payments { id disputed dispute { stripeDisputeId status reason amount evidenceDueBy outcome amountWithdrawn } } } }`;
const SUBMIT = `mutation($paymentId: ID!, $note: String) { submitDisputeEvidence(paymentId: $paymentId, note: $note) {
  id disputed dispute { status outcome } } }`;

let emulator: StripeEmulator;
let server: TestServer;
let token: string;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ server, emulator, close } = await startEmulatedServer());
  token = await server.login();
});
afterAll(() => close?.());

const gql = async (query: string, variables: Record<string, unknown> = {}) => server.gql(query, variables, token);
const read = async (id: string) => ok(await gql(READ, { id }))['serviceRequest'];
const postCalls = () => emulator.apiCalls().operations['POST /v1/disputes/{dispute}']?.count ?? 0;

/** A request paid on the Stripe page with `card`, once Stripe's events are applied. */
async function paidWith(card: string, amount = 12_500) {
  const { id, payUrl } = await sentRequest(server, token, amount, { customerName: 'Dana Disputer' });
  expect((await payForm(await checkoutPage(server, payUrl), { card_number: card })).status).toBe(303);
  await webhooksApplied(emulator, server);
  const request = await read(id);
  return { id, request, payment: request.payments[0] };
}

describe('disputes', () => {
  it('a chargeback shows on the payment; winning evidence from the record wins it, and a second submission replays', async () => {
    const { id, payment } = await paidWith('4000000000000259');
    expect(payment).toMatchObject({
      disputed: true,
      dispute: {
        status: 'needs_response',
        reason: 'fraudulent',
        amount: 12_500,
        outcome: null,
        amountWithdrawn: 12_500,
      },
    });
    expect(new Date(payment.dispute.evidenceDueBy).getTime()).toBeGreaterThan(Date.now());

    const before = postCalls();
    const submitted = ok(await gql(SUBMIT, { paymentId: payment.id, note: 'winning_evidence' }));
    expect(submitted.submitDisputeEvidence).toMatchObject({
      id: payment.id,
      dispute: { status: 'won', outcome: 'won' },
    });
    expect(postCalls()).toBe(before + 1);

    // What Stripe got: the request's own record.
    const dispute = await sdkFor(emulator.url).disputes.retrieve(payment.dispute.stripeDisputeId);
    expect(dispute.evidence).toMatchObject({
      customer_name: 'Dana Disputer',
      customer_email_address: expect.stringContaining('@example.com'),
      product_description: expect.stringContaining('Total: $125.00'),
      access_activity_log: expect.stringMatching(
        /Timeline of the request:[\s\S]*PAID[\s\S]*Payments received:\n.*\$125\.00/,
      ),
      uncategorized_text: 'winning_evidence',
    });
    expect(dispute.evidence.product_description).toContain('Service requested: Mow the lawn');

    await webhooksApplied(emulator, server);
    const settled = await read(id);
    expect(settled.payments[0]).toMatchObject({ disputed: false, dispute: { outcome: 'won', amountWithdrawn: 0 } });
    expect(settled.timeline.filter((e: { kind: string }) => e.kind === 'DISPUTE').length).toBeGreaterThan(1);

    // One submission per dispute: asking again answers the payment and calls Stripe no more.
    const again = ok(await gql(SUBMIT, { paymentId: payment.id, note: 'something else' }));
    expect(again.submitDisputeEvidence.dispute.outcome).toBe('won');
    expect(postCalls()).toBe(before + 1);
  });

  it('losing evidence loses: the payment shows the dispute lost, the money withdrawn', async () => {
    const { id, payment } = await paidWith('4000000000002685', 4_000);
    expect(payment.dispute).toMatchObject({ reason: 'product_not_received', status: 'needs_response' });
    // The customer had accepted the quote on the quote page: the record goes with the evidence.
    const accepted = {
      name: 'Dana Disputer',
      clientAddress: '203.0.113.7',
      userAgent: 'test',
      contentHash: 'x',
      payChoice: PayPurpose.FULL,
    };
    expect(await insertAcceptance(server.orm.em.fork(), { id, quoteVersion: 1 }, accepted)).toBe(true);
    const submitted = ok(await gql(SUBMIT, { paymentId: payment.id, note: 'losing_evidence' }));
    const { evidence } = await sdkFor(emulator.url).disputes.retrieve(payment.dispute.stripeDisputeId);
    expect(evidence.product_description).toMatch(
      /Accepted by Dana Disputer on .* from 203\.0\.113\.7 \(quote version 1\)/,
    );
    expect(submitted.submitDisputeEvidence.dispute).toMatchObject({ status: 'lost', outcome: 'lost' });
    await webhooksApplied(emulator, server);
    expect((await read(id)).payments[0].dispute).toMatchObject({ outcome: 'lost', amountWithdrawn: 4_000 });
  });

  it('an inquiry shows as warning_needs_response; winning evidence closes it with nothing withdrawn', async () => {
    const { id, payment } = await paidWith('4000000000001976');
    expect(payment.dispute).toMatchObject({ status: 'warning_needs_response', amountWithdrawn: 0 });
    ok(await gql(SUBMIT, { paymentId: payment.id, note: 'winning_evidence' }));
    await webhooksApplied(emulator, server);
    expect((await read(id)).payments[0].dispute).toMatchObject({ outcome: 'warning_closed', amountWithdrawn: 0 });
  });

  it("evidence after Stripe's due date is Stripe's error, and bad input changes nothing", async () => {
    const { payment } = await paidWith('4000000000000259');
    expect(emulator.passDisputeDueDate(payment.dispute.stripeDisputeId)).toBe(true);
    const late = await gql(SUBMIT, { paymentId: payment.id, note: 'winning_evidence' });
    expect(errorCode(late)).toBe('PAYMENT_PROVIDER_ERROR');
    expect(late.errors?.[0]?.message).toContain('due date');

    const { payment: plain } = await paidWith('4242424242424242');
    expect(errorCode(await gql(SUBMIT, { paymentId: plain.id }))).toBe('CONFLICT');
    expect(errorCode(await gql(SUBMIT, { paymentId: 'not-a-payment' }))).toBe('NOT_FOUND');
    const long = await gql(SUBMIT, { paymentId: payment.id, note: 'x'.repeat(20_001) });
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    const stored = await sdkFor(emulator.url).disputes.retrieve(payment.dispute.stripeDisputeId);
    expect(stored.evidence_details.submission_count).toBe(0);
  });
});
