import { randomBytes } from 'node:crypto';

import { completeSession, customerFor } from './checkout';
import type { Core } from './core';
import { nowSeconds } from './events';
import { newId } from './ids';
import { materialize } from './object-shapes';
import type { StripeObject } from './store';
import { TEST_BANK_ACCOUNTS, testCard } from './test-cards';

export interface Payer {
  email: string;
  name: string | null;
}

export interface CardPayment extends Payer {
  number: string;
  expMonth: number;
  expYear: number;
}

export interface DebitPayment extends Payer {
  accountNumber: string;
}

export type PaymentOutcome = { paid: true } | { paid: false; message: string };

interface Failure {
  type: 'card_error' | 'invalid_request_error';
  code: string;
  declineCode?: string;
  message: string;
}

const DEBIT_FAILURE: Failure = {
  type: 'invalid_request_error',
  code: 'account_closed',
  message: "The customer's bank account has been closed.",
};

const settlementTimer = (sessionId: string) => `settle ${sessionId}`;

/** How a charge descriptor reads on a statement: the business name, at most 22 plain characters. */
const statementDescriptor = (name: string) =>
  name
    .toUpperCase()
    .replace(/[^A-Z0-9 .-]/g, '')
    .slice(0, 22)
    .trim() || 'STRIPE EMULATOR';

/** The session's PaymentIntent, made at its first payment attempt as Stripe does (sessions start without one). */
function intentFor(core: Core, session: StripeObject): StripeObject {
  const existing = session['payment_intent'] ? core.store.find(session['payment_intent']) : undefined;
  if (existing) return existing;
  const data = core.store.internals(session.id).paymentIntentData ?? {};
  const id = newId('pi');
  const intent = core.store.insert(
    materialize<StripeObject>('payment_intent', {
      id,
      amount: session['amount_total'],
      amount_capturable: 0,
      amount_received: 0,
      capture_method: data['capture_method'] ?? 'automatic_async',
      confirmation_method: 'automatic',
      client_secret: `${id}_secret_${randomBytes(12).toString('hex')}`,
      created: nowSeconds(),
      currency: session['currency'],
      customer: session['customer'],
      description: data['description'] ?? null,
      metadata: data['metadata'] ?? {},
      payment_method_types: session['payment_method_types'],
      setup_future_usage: data['setup_future_usage'] ?? null,
      statement_descriptor: data['statement_descriptor'] ?? null,
      statement_descriptor_suffix: data['statement_descriptor_suffix'] ?? null,
      transfer_group: data['transfer_group'] ?? null,
      status: 'requires_payment_method',
    }),
  );
  core.events.emit('payment_intent.created', intent);
  core.store.update(session, { payment_intent: id });
  return intent;
}

function chargeOutcome(failure: Failure | undefined) {
  return failure
    ? {
        network_status: 'declined_by_network',
        reason: failure.declineCode ?? failure.code,
        risk_level: 'normal',
        risk_score: 20,
        seller_message: 'The bank did not return any further details with this decline.',
        type: 'issuer_declined',
      }
    : {
        network_status: 'approved_by_network',
        reason: null,
        risk_level: 'normal',
        risk_score: 20,
        seller_message: 'Payment complete.',
        type: 'authorized',
      };
}

function newCharge(
  core: Core,
  intent: StripeObject,
  payer: Payer,
  details: Record<string, unknown>,
  status: 'succeeded' | 'pending' | 'failed',
  failure?: Failure,
): StripeObject {
  const succeeded = status === 'succeeded';
  return core.store.insert(
    materialize<StripeObject>('charge', {
      id: newId('ch'),
      amount: intent['amount'],
      amount_captured: status === 'failed' ? 0 : intent['amount'],
      amount_refunded: 0,
      balance_transaction: succeeded ? newId('txn') : null,
      billing_details: { email: payer.email, name: payer.name },
      calculated_statement_descriptor: statementDescriptor(core.businessName),
      captured: status !== 'failed',
      created: nowSeconds(),
      currency: intent['currency'],
      customer: intent['customer'],
      description: intent['description'],
      failure_code: failure?.code ?? null,
      failure_message: failure?.message ?? null,
      metadata: intent['metadata'],
      // A debit's outcome is known only when it settles.
      outcome: status === 'pending' ? null : chargeOutcome(failure),
      paid: succeeded,
      payment_intent: intent.id,
      payment_method: newId('pm'),
      payment_method_details: details,
      status,
    }),
  );
}

function succeed(core: Core, intent: StripeObject, charge: StripeObject): void {
  core.events.emit('charge.succeeded', charge);
  core.store.update(intent, {
    status: 'succeeded',
    amount_received: intent['amount'],
    latest_charge: charge.id,
    payment_method: charge['payment_method'],
    last_payment_error: null,
  });
  core.events.emit('payment_intent.succeeded', intent);
}

function fail(core: Core, intent: StripeObject, charge: StripeObject, failure: Failure): void {
  core.events.emit('charge.failed', charge);
  core.store.update(intent, {
    status: 'requires_payment_method',
    latest_charge: charge.id,
    payment_method: null,
    last_payment_error: {
      type: failure.type,
      code: failure.code,
      ...(failure.declineCode ? { decline_code: failure.declineCode } : {}),
      message: failure.message,
      charge: charge.id,
      doc_url: `https://stripe.com/docs/error-codes/${failure.code.replace(/_/g, '-')}`,
    },
  });
  core.events.emit('payment_intent.payment_failed', intent);
}

/** A card payment on the hosted page; the test card decides the outcome. A decline leaves the session open. */
export function payByCard(core: Core, session: StripeObject, payment: CardPayment): PaymentOutcome {
  const card = testCard(payment.number);
  const intent = intentFor(core, session);
  const details = {
    type: 'card',
    card: {
      brand: card.brand,
      checks: {
        address_line1_check: null,
        address_postal_code_check: null,
        cvc_check: card.decline?.code === 'incorrect_cvc' ? 'fail' : 'pass',
      },
      country: 'US',
      exp_month: payment.expMonth,
      exp_year: payment.expYear,
      fingerprint: payment.number.slice(-8),
      funding: card.funding,
      last4: payment.number.slice(-4),
      network: card.brand,
    },
  };
  if (card.decline) {
    const failure: Failure = { type: 'card_error', ...card.decline };
    fail(core, intent, newCharge(core, intent, payment, details, 'failed', failure), failure);
    return { paid: false, message: failure.message };
  }
  core.store.update(intent, { customer: customerFor(core, session, payment.email) });
  succeed(core, intent, newCharge(core, intent, payment, details, 'succeeded'));
  completeSession(core, session, 'paid', payment.email, payment.name);
  return { paid: true };
}

/**
 * A delayed (bank debit) payment: the session completes unpaid at once, and the payment settles
 * after the configured delay (or when told to), as `checkout.session.async_payment_*`.
 */
export function payByDebit(core: Core, session: StripeObject, method: string, payment: DebitPayment): void {
  const intent = intentFor(core, session);
  core.store.update(intent, { customer: customerFor(core, session, payment.email) });
  const bank =
    method === 'us_bank_account'
      ? {
          account_holder_type: 'individual',
          account_type: 'checking',
          bank_name: 'STRIPE TEST BANK',
          routing_number: '110000000',
        }
      : {};
  const details = { type: method, [method]: { ...bank, last4: payment.accountNumber.slice(-4) } };
  const charge = newCharge(core, intent, payment, details, 'pending');
  core.events.emit('charge.pending', charge);
  core.store.update(intent, {
    status: 'processing',
    latest_charge: charge.id,
    payment_method: charge['payment_method'],
  });
  core.events.emit('payment_intent.processing', intent);
  completeSession(core, session, 'unpaid', payment.email, payment.name);
  const settlement = {
    at: Date.now() + core.asyncPaymentDelayMs,
    outcome: TEST_BANK_ACCOUNTS[payment.accountNumber] ?? 'succeeded',
  };
  core.store.internals(session.id).settlement = settlement;
  core.store.changed();
  scheduleSettlement(core, session.id, settlement.at);
}

export function scheduleSettlement(core: Core, sessionId: string, at: number): void {
  core.timers.at(at, () => settle(core, sessionId), settlementTimer(sessionId));
}

/** Settles a session's delayed payment now, as planned or as `outcome` says. False when none is pending. */
export function settle(core: Core, sessionId: string, outcome?: 'succeeded' | 'failed'): boolean {
  const internals = core.store.internals(sessionId);
  const pending = internals.settlement;
  if (!pending) return false;
  delete internals.settlement;
  core.timers.cancel(settlementTimer(sessionId));
  const session = core.store.retrieve('checkout.session', sessionId, 'session');
  const intent = core.store.retrieve('payment_intent', session['payment_intent'], 'payment_intent');
  const charge = core.store.retrieve('charge', intent['latest_charge'], 'charge');
  if ((outcome ?? pending.outcome) === 'succeeded') {
    core.store.update(charge, {
      status: 'succeeded',
      paid: true,
      balance_transaction: newId('txn'),
      outcome: chargeOutcome(undefined),
    });
    succeed(core, intent, charge);
    core.store.update(session, { payment_status: 'paid' });
    core.events.emit('checkout.session.async_payment_succeeded', session);
  } else {
    core.store.update(charge, {
      status: 'failed',
      captured: false,
      amount_captured: 0,
      failure_code: DEBIT_FAILURE.code,
      failure_message: DEBIT_FAILURE.message,
      outcome: chargeOutcome(DEBIT_FAILURE),
    });
    fail(core, intent, charge, DEBIT_FAILURE);
    core.events.emit('checkout.session.async_payment_failed', session);
  }
  return true;
}
