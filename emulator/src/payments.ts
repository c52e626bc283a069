import { randomBytes } from 'node:crypto';

import { completeSession, customerFor } from './checkout';
import type { Core } from './core';
import { disputeIfTestCard } from './disputes';
import { invalidRequest, StripeError } from './errors';
import { nowSeconds } from './events';
import { newId } from './ids';
import { materialize } from './object-shapes';
import type { Params } from './openapi-validator';
import { attachMethod, createCardMethod, paymentMethodFor } from './payment-methods';
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

/** A new PaymentIntent from `data` (a session's `payment_intent_data`, or the create call's parameters). */
function newIntent(core: Core, data: Params, values: Params): StripeObject {
  const id = newId('pi');
  const intent = core.store.insert(
    materialize<StripeObject>('payment_intent', {
      id,
      amount_capturable: 0,
      amount_received: 0,
      capture_method: data['capture_method'] ?? 'automatic_async',
      confirmation_method: data['confirmation_method'] ?? 'automatic',
      client_secret: `${id}_secret_${randomBytes(12).toString('hex')}`,
      created: nowSeconds(),
      description: data['description'] ?? null,
      automatic_payment_methods: data['automatic_payment_methods'] ?? null,
      metadata: data['metadata'] ?? {},
      setup_future_usage: data['setup_future_usage'] ?? null,
      statement_descriptor: data['statement_descriptor'] ?? null,
      statement_descriptor_suffix: data['statement_descriptor_suffix'] ?? null,
      transfer_group: data['transfer_group'] ?? null,
      status: 'requires_payment_method',
      ...values,
    }),
  );
  core.events.emit('payment_intent.created', intent);
  return intent;
}

/** The session's PaymentIntent, made at its first payment attempt as Stripe does (sessions start without one). */
function intentFor(core: Core, session: StripeObject): StripeObject {
  const existing = session['payment_intent'] ? core.store.find(session['payment_intent']) : undefined;
  if (existing) return existing;
  const intent = newIntent(core, core.store.internals(session.id).paymentIntentData ?? {}, {
    amount: session['amount_total'],
    currency: session['currency'],
    customer: session['customer'],
    payment_method_types: session['payment_method_types'],
  });
  core.store.update(session, { payment_intent: intent.id });
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
  paymentMethodId?: string,
): StripeObject {
  const succeeded = status === 'succeeded';
  // A manual-capture payment is only authorised: the charge succeeds uncaptured.
  const captured = status !== 'failed' && intent['capture_method'] !== 'manual';
  return core.store.insert(
    materialize<StripeObject>('charge', {
      id: newId('ch'),
      amount: intent['amount'],
      amount_captured: captured ? intent['amount'] : 0,
      amount_refunded: 0,
      balance_transaction: succeeded ? newId('txn') : null,
      billing_details: { email: payer.email, name: payer.name },
      calculated_statement_descriptor: statementDescriptor(core.businessName),
      captured,
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
      payment_method: paymentMethodId ?? newId('pm'),
      payment_method_details: details,
      status,
    }),
  );
}

function succeed(core: Core, intent: StripeObject, charge: StripeObject): void {
  core.events.emit('charge.succeeded', charge);
  if (intent['capture_method'] === 'manual') {
    core.store.update(intent, {
      status: 'requires_capture',
      amount_capturable: intent['amount'],
      latest_charge: charge.id,
      payment_method: charge['payment_method'],
      last_payment_error: null,
    });
    core.events.emit('payment_intent.amount_capturable_updated', intent);
    return;
  }
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

/** How a charge on a card PaymentMethod shows the card. */
function cardDetails(method: StripeObject) {
  const card = method['card'];
  return {
    type: 'card',
    card: {
      brand: card.brand,
      checks: card.checks,
      country: card.country,
      exp_month: card.exp_month,
      exp_year: card.exp_year,
      fingerprint: card.fingerprint,
      funding: card.funding,
      last4: card.last4,
      network: card.brand,
    },
  };
}

/**
 * A card payment on the hosted page; the test card decides the outcome (the customer passes any
 * 3D Secure challenge there). A decline leaves the session open. With `setup_future_usage` the
 * card is attached to the session's Customer (one is made if needed), as Stripe saves it.
 */
export function payByCard(core: Core, session: StripeObject, payment: CardPayment): PaymentOutcome {
  const card = testCard(payment.number);
  const intent = intentFor(core, session);
  const method = createCardMethod(core, payment, card);
  const details = cardDetails(method);
  if (card.decline) {
    const failure: Failure = { type: 'card_error', ...card.decline };
    fail(core, intent, newCharge(core, intent, payment, details, 'failed', failure, method.id), failure);
    return { paid: false, message: failure.message };
  }
  const customer = customerFor(core, session, payment.email, Boolean(intent['setup_future_usage']));
  core.store.update(intent, { customer });
  if (customer && intent['setup_future_usage']) attachMethod(core, method, customer);
  const charge = newCharge(core, intent, payment, details, 'succeeded', undefined, method.id);
  succeed(core, intent, charge);
  completeSession(core, session, 'paid', payment.email, payment.name);
  disputeIfTestCard(core, charge);
  return { paid: true };
}

/**
 * `POST /v1/payment_intents`: with `confirm`, charged at once on the given PaymentMethod, which
 * must be attached to `customer` if it is attached to one. Off-session, a card whose bank asks for
 * authentication fails with `authentication_required`; a decline fails as the card says. Both
 * answer a 402 card error naming the PaymentIntent, and a retry with the same key replays it.
 */
export function createPaymentIntent(core: Core, params: Params): StripeObject {
  if (params['customer'] !== undefined) core.store.retrieve('customer', params['customer'], 'customer');
  const method =
    params['payment_method'] !== undefined
      ? paymentMethodFor(core, params['payment_method'], 'payment_method')
      : undefined;
  if (method?.['customer'] && method['customer'] !== params['customer']) {
    throw invalidRequest(
      `The provided PaymentMethod is attached to another customer. To use it, pass customer=${method['customer']}.`,
      'payment_method',
    );
  }
  const offSession = params['off_session'] !== undefined && params['off_session'] !== false;
  if (offSession && params['confirm'] !== true)
    throw invalidRequest('off_session can only be used when confirm=true.', 'off_session');
  if (params['confirm'] === true && !method) {
    throw invalidRequest(
      "You cannot confirm this PaymentIntent because it's missing a payment method. To confirm the PaymentIntent with a customer, you must provide a payment method.",
      'payment_method',
    );
  }
  const intent = newIntent(core, params, {
    amount: params['amount'],
    currency: params['currency'],
    customer: params['customer'] ?? null,
    payment_method: method?.id ?? null,
    payment_method_types: params['payment_method_types'] ?? ['card'],
    status: method ? 'requires_confirmation' : 'requires_payment_method',
  });
  if (params['confirm'] !== true || !method) return intent;
  return confirmIntent(core, intent, method, offSession);
}

export function confirmIntent(
  core: Core,
  intent: StripeObject,
  method: StripeObject,
  offSession: boolean,
): StripeObject {
  const card = testCard(core.store.internals(method.id).cardNumber ?? '');
  const payer = { email: method['billing_details']?.email ?? '', name: method['billing_details']?.name ?? null };
  const declined = (failure: Failure, charge: StripeObject | undefined) =>
    new StripeError(
      402,
      'card_error',
      failure.message,
      failure.code,
      undefined,
      {
        ...(failure.declineCode ? { decline_code: failure.declineCode } : {}),
        ...(charge ? { charge: charge.id } : {}),
        payment_intent: intent,
        payment_method: method,
      },
      true,
    );
  if (card.authentication) {
    if (!offSession) {
      core.store.update(intent, {
        status: 'requires_action',
        next_action: { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect' } },
      });
      core.events.emit('payment_intent.requires_action', intent);
      return intent;
    }
    const failure: Failure = {
      type: 'card_error',
      code: 'authentication_required',
      declineCode: 'authentication_required',
      message: 'Your card was declined. This transaction requires authentication.',
    };
    // The bank refused before any charge was made.
    core.store.update(intent, {
      status: 'requires_payment_method',
      last_payment_error: {
        type: failure.type,
        code: failure.code,
        decline_code: failure.declineCode,
        message: failure.message,
        payment_method: method,
        doc_url: 'https://stripe.com/docs/error-codes/authentication-required',
      },
    });
    core.events.emit('payment_intent.payment_failed', intent);
    throw declined(failure, undefined);
  }
  if (card.decline) {
    const failure: Failure = { type: 'card_error', ...card.decline };
    const charge = newCharge(core, intent, payer, cardDetails(method), 'failed', failure, method.id);
    fail(core, intent, charge, failure);
    throw declined(failure, charge);
  }
  // `setup_future_usage` with a Customer saves the card on it once the payment is authorised, as at Stripe.
  if (intent['setup_future_usage'] && intent['customer'] && !method['customer'])
    attachMethod(core, method, intent['customer']);
  const charge = newCharge(core, intent, payer, cardDetails(method), 'succeeded', undefined, method.id);
  succeed(core, intent, charge);
  disputeIfTestCard(core, charge);
  return intent;
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
