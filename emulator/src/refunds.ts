import { formatAmount } from '@service-desk/currency';

import type { Core } from './core';
import { invalidRequest } from './errors';
import { nowSeconds } from './events';
import { newId } from './ids';
import { materialize } from './object-shapes';
import type { Params } from './openapi-validator';
import { amountLimitsError } from './rules';
import type { StripeObject } from './store';

/** The charge a refund request names, directly or through its PaymentIntent. */
function chargeToRefund(core: Core, params: Params): StripeObject {
  if (params['charge'] !== undefined) {
    const charge = core.store.retrieve('charge', params['charge'], 'charge');
    if (params['payment_intent'] !== undefined && charge['payment_intent'] !== params['payment_intent']) {
      throw invalidRequest(
        `The charge ${charge.id} does not belong to PaymentIntent ${params['payment_intent']}.`,
        'charge',
      );
    }
    return charge;
  }
  const intent = core.store.retrieve('payment_intent', params['payment_intent'], 'payment_intent');
  const charge = intent['status'] === 'succeeded' ? core.store.find(intent['latest_charge']) : undefined;
  if (!charge)
    throw invalidRequest(
      `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`,
      'payment_intent',
      'charge_not_refundable',
    );
  return charge;
}

/**
 * A refund of a card or settled debit charge, whole or partial. It is created pending and succeeds
 * at once, as test-mode refunds do: `refund.created`, `charge.refunded`, then `refund.updated`.
 */
export function createRefund(core: Core, params: Params): StripeObject {
  const charge = chargeToRefund(core, params);
  if (charge['status'] !== 'succeeded')
    throw invalidRequest(
      `Charge ${charge.id} has not succeeded and cannot be refunded.`,
      'charge',
      'charge_not_refundable',
    );
  if (charge['captured'] === false)
    throw invalidRequest(
      `The Stripe emulator does not refund an uncaptured charge (${charge.id}): cancel its PaymentIntent to release it.`,
      'charge',
    );
  const remaining = charge['amount'] - charge['amount_refunded'];
  if (remaining === 0)
    throw invalidRequest(`Charge ${charge.id} has already been refunded.`, 'charge', 'charge_already_refunded');
  const amount: number = params['amount'] ?? remaining;
  const problem = amountLimitsError(amount, charge['currency'], 'amount');
  if (problem) throw problem;
  if (amount > remaining) {
    const money = (value: number) => formatAmount(value, charge['currency']);
    throw invalidRequest(
      `Refund amount (${money(amount)}) is greater than unrefunded amount on charge (${money(remaining)})`,
      'amount',
      'amount_too_large',
    );
  }
  const refund = core.store.insert(
    materialize<StripeObject>('refund', {
      id: newId('re'),
      amount,
      charge: charge.id,
      created: nowSeconds(),
      currency: charge['currency'],
      metadata: params['metadata'] || {},
      payment_intent: charge['payment_intent'],
      reason: params['reason'] ?? null,
      status: 'pending',
    }),
  );
  core.events.emit('refund.created', refund);
  const refunded = charge['amount_refunded'] + amount;
  core.events.change(charge, { amount_refunded: refunded, refunded: refunded === charge['amount'] }, 'charge.refunded');
  return core.events.change(refund, { status: 'succeeded', balance_transaction: newId('txn') }, 'refund.updated');
}
