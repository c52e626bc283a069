import type { Core } from './core';
import { invalidRequest } from './errors';
import { nowSeconds } from './events';
import { newId } from './ids';
import { materialize, mergeMetadata } from './object-shapes';
import type { Params } from './openapi-validator';
import type { StripeObject } from './store';
import { testCard } from './test-cards';

/** How long Stripe gives to answer a test dispute. */
const EVIDENCE_DAYS = 7;
/** Stripe's dispute fee in test mode (USD accounts), withdrawn with a chargeback and returned if it is won. */
const DISPUTE_FEE = 1_500;

/** Stripe's test evidence: `uncategorized_text` set to one of these decides the outcome at submission. */
const WINNING = 'winning_evidence';
const LOSING = 'losing_evidence';

const CLOSED = ['won', 'lost', 'warning_closed', 'prevented'];
const SUBMITTED = ['under_review', 'warning_under_review'];

/** The evidence fields that name an uploaded file (`file_…`) rather than carry text. */
export const FILE_FIELDS = [
  'cancellation_policy',
  'customer_communication',
  'customer_signature',
  'duplicate_charge_documentation',
  'receipt',
  'refund_policy',
  'service_documentation',
  'shipping_documentation',
  'uncategorized_file',
];

/** A balance transaction of a dispute: funds withdrawn (negative, with the fee) or reinstated. */
function balanceTransaction(dispute: StripeObject, sign: -1 | 1): StripeObject {
  const amount = sign * dispute['amount'];
  const fee = sign * -DISPUTE_FEE;
  const created = nowSeconds();
  return materialize<StripeObject>('balance_transaction', {
    id: newId('txn'),
    amount,
    available_on: created,
    balance_type: 'payments',
    created,
    currency: dispute['currency'],
    description: `Chargeback ${sign < 0 ? 'withdrawal' : 'reversal'} for ${dispute['charge']}`,
    exchange_rate: null,
    fee,
    fee_details: [
      {
        amount: fee,
        application: null,
        currency: dispute['currency'],
        description: `Dispute fee`,
        type: 'stripe_fee',
      },
    ],
    net: amount - fee,
    reporting_category: sign < 0 ? 'dispute' : 'dispute_reversal',
    source: dispute.id,
    status: 'available',
    type: 'adjustment',
  });
}

function withdraw(core: Core, dispute: StripeObject): void {
  core.store.update(dispute, {
    balance_transactions: [...dispute['balance_transactions'], balanceTransaction(dispute, -1)],
    is_charge_refundable: false,
  });
  core.events.emit('charge.dispute.funds_withdrawn', dispute);
}

/**
 * After a successful payment with one of Stripe's dispute test cards, the cardholder disputes it,
 * as Stripe does in test mode: `charge.dispute.created`, and for a chargeback (not an inquiry)
 * the funds and Stripe's fee withdrawn (`charge.dispute.funds_withdrawn`).
 */
export function disputeIfTestCard(core: Core, charge: StripeObject): void {
  const method = core.store.find(charge['payment_method']);
  const behaviour = testCard((method && core.store.internals(method.id).cardNumber) ?? '').dispute;
  if (!behaviour || charge['status'] !== 'succeeded' || !charge['captured']) return;
  const created = nowSeconds();
  const inquiry = behaviour.inquiry === true;
  const card = charge['payment_method_details']?.card;
  // Visa's codes for "fraud, card-absent" and "merchandise or services not received".
  const reasonCode = behaviour.reason === 'fraudulent' ? '10.4' : '13.1';
  const dispute = core.store.insert(
    materialize<StripeObject>('dispute', {
      id: newId('dp'),
      amount: charge['amount_captured'],
      charge: charge.id,
      created,
      currency: charge['currency'],
      evidence_details: {
        due_by: created + EVIDENCE_DAYS * 86_400,
        has_evidence: false,
        past_due: false,
        submission_count: 0,
        submission_method: 'not_submitted',
        enhanced_eligibility: {},
      },
      intended_submission_method: null,
      is_charge_refundable: inquiry,
      metadata: {},
      network_reason_code: reasonCode,
      payment_intent: charge['payment_intent'],
      payment_method_details: {
        type: 'card',
        card: {
          brand: card?.brand ?? 'visa',
          case_type: inquiry ? 'inquiry' : 'chargeback',
          network: card?.network ?? 'visa',
          network_reason_code: reasonCode,
        },
      },
      reason: behaviour.reason,
      status: inquiry ? 'warning_needs_response' : 'needs_response',
    }),
  );
  core.store.update(charge, { disputed: true });
  core.events.emit('charge.dispute.created', dispute);
  if (!inquiry) withdraw(core, dispute);
}

/** Text fields are kept as given; file fields must name an uploaded `dispute_evidence` file. */
function checkedEvidence(core: Core, given: Record<string, unknown>): Record<string, unknown> {
  for (const field of FILE_FIELDS) {
    const id = given[field];
    if (typeof id !== 'string' || id === '') continue;
    const file = core.store.retrieve('file', id, `evidence[${field}]`);
    if (file['purpose'] !== 'dispute_evidence')
      throw invalidRequest(
        `The file ${id} was not uploaded with purpose dispute_evidence and cannot be used as evidence.`,
        `evidence[${field}]`,
      );
  }
  return given;
}

/** Decides a submitted dispute as Stripe's test evidence says; other evidence leaves it under review. */
function decide(core: Core, dispute: StripeObject): void {
  const text = dispute['evidence']['uncategorized_text'];
  const inquiry = dispute['status'] === 'warning_under_review';
  if (text === WINNING) {
    if (inquiry) {
      core.events.change(dispute, { status: 'warning_closed' }, 'charge.dispute.closed');
      return;
    }
    core.store.update(dispute, {
      balance_transactions: [...dispute['balance_transactions'], balanceTransaction(dispute, 1)],
    });
    core.events.emit('charge.dispute.funds_reinstated', dispute);
    core.events.change(dispute, { status: 'won' }, 'charge.dispute.closed');
  } else if (text === LOSING) {
    if (inquiry) {
      // The bank was not convinced: the inquiry becomes a chargeback.
      core.events.change(dispute, { status: 'needs_response' }, 'charge.dispute.updated');
      withdraw(core, dispute);
      return;
    }
    core.events.change(dispute, { status: 'lost' }, 'charge.dispute.closed');
  }
}

function refuseIfSettled(dispute: StripeObject, action: string): void {
  if (CLOSED.includes(dispute['status']))
    throw invalidRequest(
      `This dispute is already closed (status ${dispute['status']}): you cannot ${action} it.`,
      undefined,
      'dispute_already_closed',
    );
}

/**
 * `POST /v1/disputes/{id}`: evidence and metadata, staged (`submit=false`) or submitted (the
 * default). A submission moves the dispute under review; a closed or submitted dispute, or one
 * past its due date, takes no more evidence.
 */
export function updateDispute(core: Core, id: string, params: Params): StripeObject {
  const dispute = core.store.retrieve('dispute', id, 'dispute');
  const metadata =
    params['metadata'] !== undefined ? { metadata: mergeMetadata(dispute['metadata'], params['metadata']) } : {};
  if (params['evidence'] === undefined && params['submit'] === undefined) {
    return core.events.change(dispute, metadata, 'charge.dispute.updated');
  }
  refuseIfSettled(dispute, 'update the evidence of');
  if (SUBMITTED.includes(dispute['status']))
    throw invalidRequest(
      'Evidence for this dispute has already been submitted to the bank; it cannot be changed or submitted again.',
      'evidence',
    );
  const details = dispute['evidence_details'];
  if (details['due_by'] < nowSeconds())
    throw invalidRequest(
      'The due date for submitting evidence for this dispute has passed; evidence can no longer be submitted.',
      'evidence',
    );
  const evidence = { ...dispute['evidence'], ...checkedEvidence(core, params['evidence'] ?? {}) };
  const submit = params['submit'] !== false;
  const inquiry = dispute['status'].startsWith('warning_');
  core.events.change(
    dispute,
    {
      ...metadata,
      evidence,
      evidence_details: {
        ...details,
        has_evidence: true,
        submission_count: details['submission_count'] + (submit ? 1 : 0),
        submission_method: submit ? 'manual' : details['submission_method'],
      },
      ...(submit ? { status: inquiry ? 'warning_under_review' : 'under_review' } : {}),
    },
    'charge.dispute.updated',
  );
  if (submit) decide(core, dispute);
  return dispute;
}

/** `POST /v1/disputes/{id}/close`: the dispute is accepted as lost (an inquiry just closes). */
export function closeDispute(core: Core, id: string): StripeObject {
  const dispute = core.store.retrieve('dispute', id, 'dispute');
  refuseIfSettled(dispute, 'close');
  const status = dispute['status'].startsWith('warning_') ? 'warning_closed' : 'lost';
  return core.events.change(dispute, { status }, 'charge.dispute.closed');
}

/** The emulator's switch for the due-date rule: the dispute's evidence is now past due. */
export function passDueDate(core: Core, id: string): boolean {
  const dispute = core.store.find(id);
  if (dispute?.object !== 'dispute') return false;
  core.store.update(dispute, {
    evidence_details: { ...dispute['evidence_details'], due_by: nowSeconds() - 1, past_due: true },
  });
  return true;
}
