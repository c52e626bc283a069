import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FILE_FIELDS } from './disputes';
import { failure, payForm, runEmulator, type Running } from './test-support';

let running: Running;
let stripe: Stripe;

beforeAll(async () => {
  running = await runEmulator({ port: 0 });
  stripe = running.stripe;
});
afterAll(() => running?.stop());

const now = () => Math.floor(Date.now() / 1000) - 1;

/** A payment by API with one of Stripe's test PaymentMethods, and the dispute it brought (if any). */
async function pay(paymentMethod: string, amount = 12_500) {
  const intent = await stripe.paymentIntents.create({
    amount,
    currency: 'usd',
    payment_method: paymentMethod,
    confirm: true,
  });
  const disputes = await stripe.disputes.list({ payment_intent: intent.id });
  return { intent, dispute: disputes.data[0] };
}

/** The types of the dispute's events, oldest first. */
async function eventsOf(disputeId: string, since: number): Promise<string[]> {
  const events = await stripe.events.list({ created: { gte: since }, limit: 100 });
  return events.data
    .filter((e) => (e.data.object as { id: string }).id === disputeId)
    .map((e) => e.type)
    .reverse();
}

/** A tiny but real PDF: Stripe reads a file's type from its contents. */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('disputes by test card', () => {
  it('a chargeback card pays, then disputes it: funds and the fee withdrawn, evidence due in seven days', async () => {
    const since = now();
    const { intent, dispute } = await pay('pm_card_createDispute');
    expect(intent.status).toBe('succeeded');
    expect(dispute).toMatchObject({
      object: 'dispute',
      amount: 12_500,
      currency: 'usd',
      charge: intent.latest_charge,
      payment_intent: intent.id,
      reason: 'fraudulent',
      status: 'needs_response',
      is_charge_refundable: false,
      evidence_details: { has_evidence: false, past_due: false, submission_count: 0 },
    });
    expect(dispute?.evidence_details.due_by).toBe(dispute!.created + 7 * 86_400);
    expect(dispute?.balance_transactions.map((t) => [t.amount, t.fee, t.net, t.reporting_category])).toEqual([
      [-12_500, 1_500, -14_000, 'dispute'],
    ]);
    expect(await stripe.charges.retrieve(intent.latest_charge as string)).toMatchObject({ disputed: true });
    expect(await eventsOf(dispute!.id, since)).toEqual(['charge.dispute.created', 'charge.dispute.funds_withdrawn']);

    // The other chargeback card, paid on the hosted page: a dispute for goods not received.
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      success_url: 'https://shop.example/done',
      line_items: [
        { quantity: 1, price_data: { currency: 'usd', unit_amount: 4_000, product_data: { name: 'Hedge' } } },
      ],
    });
    expect((await payForm(session.url as string, { card_number: '4000000000002685' })).status).toBe(303);
    const paid = await stripe.checkout.sessions.retrieve(session.id);
    const [notReceived] = (await stripe.disputes.list({ payment_intent: paid.payment_intent as string })).data;
    expect(notReceived).toMatchObject({ reason: 'product_not_received', status: 'needs_response', amount: 4_000 });

    // An ordinary card is never disputed.
    expect((await pay('pm_card_visa')).dispute).toBeUndefined();
  });

  it('an inquiry: warning_needs_response, no funds withdrawn; winning evidence closes it as warning_closed', async () => {
    const since = now();
    const { dispute } = await pay('pm_card_createDisputeInquiry');
    expect(dispute).toMatchObject({
      status: 'warning_needs_response',
      is_charge_refundable: true,
      balance_transactions: [],
      payment_method_details: { card: { case_type: 'inquiry' } },
    });
    const closed = await stripe.disputes.update(dispute!.id, { evidence: { uncategorized_text: 'winning_evidence' } });
    expect(closed).toMatchObject({ status: 'warning_closed', balance_transactions: [] });
    expect(await eventsOf(dispute!.id, since)).toEqual([
      'charge.dispute.created',
      'charge.dispute.updated',
      'charge.dispute.closed',
    ]);

    // Losing evidence on an inquiry: the bank turns it into a chargeback.
    const { dispute: other } = await pay('pm_card_createDisputeInquiry');
    const escalated = await stripe.disputes.update(other!.id, { evidence: { uncategorized_text: 'losing_evidence' } });
    expect(escalated).toMatchObject({ status: 'needs_response', is_charge_refundable: false });
    expect(escalated.balance_transactions.map((t) => t.amount)).toEqual([-12_500]);
  });

  it('winning_evidence wins: funds reinstated, charge.dispute.closed with won', async () => {
    const since = now();
    const { dispute } = await pay('pm_card_createDispute', 8_000);
    const won = await stripe.disputes.update(dispute!.id, {
      evidence: { uncategorized_text: 'winning_evidence', customer_name: 'Ann Example' },
    });
    expect(won).toMatchObject({
      status: 'won',
      evidence: { uncategorized_text: 'winning_evidence', customer_name: 'Ann Example' },
      evidence_details: { has_evidence: true, submission_count: 1, submission_method: 'manual' },
    });
    expect(won.balance_transactions.map((t) => [t.amount, t.fee])).toEqual([
      [-8_000, 1_500],
      [8_000, -1_500],
    ]);
    expect(await eventsOf(dispute!.id, since)).toEqual([
      'charge.dispute.created',
      'charge.dispute.funds_withdrawn',
      'charge.dispute.updated',
      'charge.dispute.funds_reinstated',
      'charge.dispute.closed',
    ]);
  });

  it('losing_evidence loses: closed as lost, funds stay withdrawn', async () => {
    const since = now();
    const { dispute } = await pay('pm_card_createDispute');
    const lost = await stripe.disputes.update(dispute!.id, { evidence: { uncategorized_text: 'losing_evidence' } });
    expect(lost.status).toBe('lost');
    expect(lost.balance_transactions).toHaveLength(1);
    expect(await eventsOf(dispute!.id, since)).toEqual([
      'charge.dispute.created',
      'charge.dispute.funds_withdrawn',
      'charge.dispute.updated',
      'charge.dispute.closed',
    ]);
  });

  it('evidence staged with submit=false and metadata merged; submitted once, a second submission is refused', async () => {
    const { dispute } = await pay('pm_card_createDispute');
    const staged = await stripe.disputes.update(dispute!.id, {
      evidence: { product_description: 'Spring clean-up' },
      metadata: { request: 'sr_1', keep: 'yes' },
      submit: false,
    });
    expect(staged).toMatchObject({
      status: 'needs_response',
      metadata: { request: 'sr_1', keep: 'yes' },
      evidence_details: { has_evidence: true, submission_count: 0 },
    });
    const submitted = await stripe.disputes.update(dispute!.id, {
      evidence: { service_date: '2030-05-01' },
      metadata: { keep: '' },
      submit: true,
    });
    expect(submitted).toMatchObject({
      status: 'under_review',
      metadata: { request: 'sr_1' },
      evidence: { product_description: 'Spring clean-up', service_date: '2030-05-01' },
      evidence_details: { submission_count: 1 },
    });
    const again = await failure(stripe.disputes.update(dispute!.id, { evidence: { service_date: '2030-05-02' } }));
    expect(again).toMatchObject({ statusCode: 400, type: 'StripeInvalidRequestError', param: 'evidence' });
    expect(again.message).toContain('already been submitted');
    expect((await stripe.disputes.retrieve(dispute!.id)).evidence.service_date).toBe('2030-05-01');
  });

  it("evidence after the due date, or to a closed dispute, is refused with Stripe's error", async () => {
    const { dispute } = await pay('pm_card_createDispute');
    expect(running.emulator.passDisputeDueDate(dispute!.id)).toBe(true);
    const late = await failure(stripe.disputes.update(dispute!.id, { evidence: { uncategorized_text: 'x' } }));
    expect(late).toMatchObject({ statusCode: 400, param: 'evidence' });
    expect(late.message).toContain('due date');
    expect(await stripe.disputes.retrieve(dispute!.id)).toMatchObject({
      status: 'needs_response',
      evidence: { uncategorized_text: null },
      evidence_details: { past_due: true, submission_count: 0 },
    });

    const { dispute: settled } = await pay('pm_card_createDispute');
    await stripe.disputes.update(settled!.id, { evidence: { uncategorized_text: 'losing_evidence' } });
    const closed = await failure(stripe.disputes.update(settled!.id, { evidence: { uncategorized_text: 'x' } }));
    expect(closed).toMatchObject({ statusCode: 400, code: 'dispute_already_closed' });
    expect((await failure(stripe.disputes.close(settled!.id))).code).toBe('dispute_already_closed');
  });

  it('lists disputes by charge and payment_intent, and closes one (accepted as lost)', async () => {
    const since = now();
    const { intent, dispute } = await pay('pm_card_createDisputeProductNotReceived');
    const byCharge = await stripe.disputes.list({ charge: intent.latest_charge as string, created: { gte: since } });
    expect(byCharge.data.map((d) => d.id)).toEqual([dispute!.id]);
    const missing = await failure(stripe.disputes.retrieve('dp_missing'));
    expect(missing).toMatchObject({ statusCode: 404, code: 'resource_missing' });
    const accepted = await stripe.disputes.close(dispute!.id);
    expect(accepted.status).toBe('lost');
    expect(await eventsOf(dispute!.id, since)).toEqual([
      'charge.dispute.created',
      'charge.dispute.funds_withdrawn',
      'charge.dispute.closed',
    ]);
  });
});

describe('evidence files', () => {
  it('uploads an evidence file through the SDK (multipart), retrieves it and refuses other types and sizes', async () => {
    const file = await stripe.files.create({
      purpose: 'dispute_evidence',
      file: { data: PDF, name: 'timeline.pdf', type: 'application/pdf' },
    });
    expect(file).toMatchObject({
      object: 'file',
      purpose: 'dispute_evidence',
      filename: 'timeline.pdf',
      size: PDF.length,
      type: 'pdf',
    });
    expect(await stripe.files.retrieve(file.id)).toEqual(file);

    const text = await failure(
      stripe.files.create({
        purpose: 'dispute_evidence',
        file: { data: Buffer.from('just text'), name: 'notes.pdf', type: 'application/pdf' },
      }),
    );
    expect(text).toMatchObject({ statusCode: 400, param: 'file' });
    expect(text.message).toContain('pdf, jpeg, png');
    const huge = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await failure(
      stripe.files.create({
        purpose: 'dispute_evidence',
        file: { data: huge, name: 'big.pdf', type: 'application/pdf' },
      }),
    );
    expect(tooBig.message).toContain('File size exceeds the limit');
    const other = await failure(
      stripe.files.create({ purpose: 'business_logo', file: { data: PDF, name: 'logo.pdf', type: 'application/pdf' } }),
    );
    expect(other.message).toContain('does not implement `purpose=business_logo`');
  });

  it('takes every evidence field Stripe has, text and files, and shows it on the dispute', async () => {
    const file = await stripe.files.create({
      purpose: 'dispute_evidence',
      file: { data: PDF, name: 'receipt.pdf', type: 'application/pdf' },
    });
    const { dispute } = await pay('pm_card_createDispute');
    const texts = [
      'access_activity_log',
      'billing_address',
      'cancellation_policy_disclosure',
      'cancellation_rebuttal',
      'customer_email_address',
      'customer_name',
      'customer_purchase_ip',
      'duplicate_charge_explanation',
      'duplicate_charge_id',
      'product_description',
      'refund_policy_disclosure',
      'refund_refusal_explanation',
      'service_date',
      'shipping_address',
      'shipping_carrier',
      'shipping_date',
      'shipping_tracking_number',
    ] as const;
    const evidence = {
      ...Object.fromEntries(FILE_FIELDS.map((field) => [field, file.id])),
      ...Object.fromEntries(texts.map((field) => [field, `${field} text`])),
    };
    const unknownFile = await failure(
      stripe.disputes.update(dispute!.id, { evidence: { receipt: 'file_missing' }, submit: false }),
    );
    expect(unknownFile).toMatchObject({ statusCode: 404, param: 'evidence[receipt]' });
    const staged = await stripe.disputes.update(dispute!.id, { evidence, submit: false });
    expect(staged.evidence).toMatchObject(evidence);
    expect((await stripe.disputes.retrieve(dispute!.id)).evidence).toMatchObject(evidence);
  });
});
