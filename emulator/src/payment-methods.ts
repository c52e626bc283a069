import type { Core } from './core';
import { missingParam, noSuch } from './errors';
import { nowSeconds } from './events';
import { newId } from './ids';
import { materialize } from './object-shapes';
import type { Params } from './openapi-validator';
import type { CardPayment } from './payments';
import type { StripeObject } from './store';
import { MAGIC_PAYMENT_METHODS, MAGIC_TOKENS, testCard, type TestCard } from './test-cards';

/** The card PaymentMethod a payment on the hosted page makes; its number stays internal. */
export function createCardMethod(core: Core, payment: CardPayment, card: TestCard): StripeObject {
  const method = core.store.insert(
    materialize<StripeObject>('payment_method', {
      id: newId('pm'),
      type: 'card',
      created: nowSeconds(),
      customer: null,
      metadata: {},
      billing_details: { address: null, email: payment.email || null, name: payment.name, phone: null },
      card: {
        brand: card.brand,
        checks: {
          address_line1_check: null,
          address_postal_code_check: null,
          cvc_check: card.decline?.code === 'incorrect_cvc' ? 'fail' : 'pass',
        },
        country: 'US',
        display_brand: card.brand,
        exp_month: payment.expMonth,
        exp_year: payment.expYear,
        fingerprint: payment.number.slice(-8),
        funding: card.funding,
        last4: payment.number.slice(-4),
        networks: { available: [card.brand], preferred: null },
        three_d_secure_usage: { supported: true },
        wallet: null,
      },
    }),
  );
  core.store.internals(method.id).cardNumber = payment.number;
  core.store.changed();
  return method;
}

/** Saves the card on the Customer, as Stripe does after a payment with `setup_future_usage`. */
export function attachMethod(core: Core, method: StripeObject, customerId: string): void {
  core.store.update(method, { customer: customerId });
  core.events.emit('payment_method.attached', method);
}

/** The `/_emulator` switch: the card's later charges go as the test card `number` says. */
export function changeCardBehaviour(core: Core, paymentMethodId: string, number: string): boolean {
  const method = core.store.find(paymentMethodId);
  if (method?.object !== 'payment_method' || method['type'] !== 'card') return false;
  core.store.internals(method.id).cardNumber = number;
  core.store.changed();
  return true;
}

/** A new card PaymentMethod for one of Stripe's test cards. */
function testCardMethod(core: Core, number: string): StripeObject {
  const year = new Date().getUTCFullYear() + 1;
  return createCardMethod(core, { number, expMonth: 12, expYear: year, email: '', name: null }, testCard(number));
}

/** The PaymentMethod a call names: a stored one, or a new one made from one of Stripe's test PaymentMethods (`pm_card_visa`). */
export function paymentMethodFor(core: Core, id: string, param: string): StripeObject {
  const number = Object.hasOwn(MAGIC_PAYMENT_METHODS, id) ? MAGIC_PAYMENT_METHODS[id] : undefined;
  return number === undefined ? core.store.retrieve('payment_method', id, param) : testCardMethod(core, number);
}

/** `POST /v1/payment_methods` with a test card token (`type=card`, `card[token]=tok_visa`): a new PaymentMethod of that card. */
export function paymentMethodFromToken(core: Core, params: Params): StripeObject {
  const token: string | undefined = params['card']?.token;
  if (token === undefined) throw missingParam('card[token]');
  const number = Object.hasOwn(MAGIC_TOKENS, token) ? MAGIC_TOKENS[token] : undefined;
  if (number === undefined) throw noSuch('token', token, 'card[token]');
  return testCardMethod(core, number);
}
