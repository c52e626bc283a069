import type { Core } from './core';
import { disputeIfTestCard } from './disputes';
import { invalidRequest, type StripeError } from './errors';
import { nowSeconds } from './events';
import { mergeMetadata } from './object-shapes';
import type { Params } from './openapi-validator';
import { paymentMethodFor } from './payment-methods';
import { confirmIntent } from './payments';
import { amountLimitsError, payableAmountError } from './rules';
import type { StripeObject } from './store';

/** PaymentIntents driven through the API, as the SDK's own examples pay: update, confirm, capture, cancel. */

const UNCONFIRMED = ['requires_payment_method', 'requires_confirmation', 'requires_action'];
const CANCELABLE = [...UNCONFIRMED, 'requires_capture'];

const retrieve = (core: Core, id: string) => core.store.retrieve('payment_intent', id, 'intent');

/** Stripe's refusal of an action the PaymentIntent's status does not allow. */
function unexpectedState(intent: StripeObject, action: string, allowed: readonly string[]): StripeError {
  return invalidRequest(
    `You cannot ${action} this PaymentIntent because it has a status of ${intent['status']}. Only a PaymentIntent with one of the following statuses may be ${action === 'cancel' ? 'canceled' : `${action}d`}: ${allowed.join(', ')}.`,
    undefined,
    'payment_intent_unexpected_state',
  );
}

/** `POST /v1/payment_intents/{intent}`: amount, currency, description, metadata, customer or payment method, before confirmation. */
export function updatePaymentIntent(core: Core, id: string, params: Params): StripeObject {
  const intent = retrieve(core, id);
  if (!UNCONFIRMED.includes(intent['status'])) throw unexpectedState(intent, 'update', UNCONFIRMED);
  const amount = params['amount'] ?? intent['amount'];
  const currency = params['currency'] ?? intent['currency'];
  const problem = payableAmountError(amount, currency, params['amount'] === undefined ? 'currency' : 'amount');
  if (problem) throw problem;
  if (params['customer'] !== undefined) core.store.retrieve('customer', params['customer'], 'customer');
  const method =
    params['payment_method'] !== undefined
      ? paymentMethodFor(core, params['payment_method'], 'payment_method')
      : undefined;
  return core.store.update(intent, {
    amount,
    currency,
    ...(params['metadata'] !== undefined ? { metadata: mergeMetadata(intent['metadata'], params['metadata']) } : {}),
    ...(params['description'] !== undefined ? { description: params['description'] || null } : {}),
    ...(params['customer'] !== undefined ? { customer: params['customer'] } : {}),
    // A new payment method has to be confirmed again.
    ...(method ? { payment_method: method.id, status: 'requires_confirmation' } : {}),
  });
}

/** `POST /v1/payment_intents/{intent}/confirm`: charges the given or attached payment method, as creating with `confirm=true` does. */
export function confirmPaymentIntent(core: Core, id: string, params: Params): StripeObject {
  const intent = retrieve(core, id);
  if (!UNCONFIRMED.includes(intent['status'])) throw unexpectedState(intent, 'confirm', UNCONFIRMED);
  const methodId: string | null = params['payment_method'] ?? intent['payment_method'];
  if (!methodId) {
    throw invalidRequest(
      "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
      undefined,
      'payment_intent_unexpected_state',
    );
  }
  const method = paymentMethodFor(core, methodId, 'payment_method');
  if (method['customer'] && method['customer'] !== intent['customer']) {
    throw invalidRequest(
      `The provided PaymentMethod is attached to another customer. To use it, pass customer=${method['customer']}.`,
      'payment_method',
    );
  }
  const offSession = params['off_session'] !== undefined && params['off_session'] !== false;
  return confirmIntent(core, intent, method, offSession);
}

/** `POST /v1/payment_intents/{intent}/capture`: takes all or part of an authorised amount; the rest is released. */
export function capturePaymentIntent(core: Core, id: string, params: Params): StripeObject {
  const intent = retrieve(core, id);
  if (intent['status'] !== 'requires_capture') throw unexpectedState(intent, 'capture', ['requires_capture']);
  const capturable: number = intent['amount_capturable'];
  const amount: number = params['amount_to_capture'] ?? capturable;
  if (amount > capturable || amount < 1) {
    throw invalidRequest(
      `The amount to capture must be a positive integer no greater than the amount capturable (${capturable}).`,
      'amount_to_capture',
      amount > capturable ? 'amount_too_large' : 'parameter_invalid_integer',
    );
  }
  const problem = amountLimitsError(amount, intent['currency'], 'amount_to_capture');
  if (problem) throw problem;
  const charge = core.store.retrieve('charge', intent['latest_charge'], 'intent');
  core.store.update(charge, { captured: true, amount_captured: amount, amount_refunded: charge['amount'] - amount });
  core.events.emit('charge.captured', charge);
  core.store.update(intent, { status: 'succeeded', amount_capturable: 0, amount_received: amount });
  core.events.emit('payment_intent.succeeded', intent);
  disputeIfTestCard(core, charge);
  return intent;
}

/** `POST /v1/payment_intents/{intent}/cancel`: no charge is made, and an authorisation is released in full. */
export function cancelPaymentIntent(core: Core, id: string, params: Params): StripeObject {
  const intent = retrieve(core, id);
  if (!CANCELABLE.includes(intent['status'])) throw unexpectedState(intent, 'cancel', CANCELABLE);
  const session = core.store.list('checkout.session').find((s) => s['payment_intent'] === intent.id);
  if (session && intent['status'] !== 'requires_capture') {
    throw invalidRequest(
      `You cannot cancel this PaymentIntent because it was created by Checkout. To cancel it, expire the Checkout Session ${session.id} instead.`,
      undefined,
      'payment_intent_unexpected_state',
    );
  }
  if (intent['status'] === 'requires_capture') {
    const charge = core.store.retrieve('charge', intent['latest_charge'], 'intent');
    core.events.change(charge, { amount_refunded: charge['amount'], refunded: true }, 'charge.refunded');
  }
  core.store.update(intent, {
    status: 'canceled',
    amount_capturable: 0,
    canceled_at: nowSeconds(),
    cancellation_reason: params['cancellation_reason'] ?? null,
  });
  core.events.emit('payment_intent.canceled', intent);
  return intent;
}
