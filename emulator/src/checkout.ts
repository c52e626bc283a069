import { randomBytes } from 'node:crypto';

import { lineItem, purchase, type Purchase } from './catalog';
import type { Core } from './core';
import { createCustomer } from './customers';
import { invalidRequest } from './errors';
import { nowSeconds } from './events';
import { newId } from './ids';
import { echoed, materialize } from './object-shapes';
import type { Params } from './openapi-validator';
import { isHostedUiMode } from './rules';
import type { StripeObject } from './store';

/** Stripe's default (and longest) Checkout Session lifetime. */
const SESSION_LIFETIME = 24 * 60 * 60;

/** The delayed debit Stripe offers by default in a currency; the hosted page's "Bank debit (test)" stands for it. */
const DEBIT_BY_CURRENCY: Readonly<Record<string, string>> = {
  usd: 'us_bank_account',
  eur: 'sepa_debit',
  gbp: 'bacs_debit',
};

export function delayedMethod(session: StripeObject): string | undefined {
  return (session['payment_method_types'] as string[]).find((type) => Object.values(DEBIT_BY_CURRENCY).includes(type));
}

export function sessionFromParams(core: Core, params: Params): StripeObject {
  if (params['mode'] !== 'payment')
    throw invalidRequest('The local Stripe emulator supports mode=payment only.', 'mode');
  if (params['customer'] !== undefined) core.store.retrieve('customer', params['customer'], 'customer');
  return openSession(
    core,
    purchase(core, params['line_items']),
    echoed('checkout.session', params, ['line_items']),
    params['payment_intent_data'] ?? {},
  );
}

/** What opening a Payment Link does: a fresh session with the link's items, metadata and redirect. */
export function sessionFromLink(core: Core, link: StripeObject): StripeObject {
  const items = (core.store.internals(link.id).lineItems ?? []).map((item) =>
    lineItem(core, item['price'], item['quantity']),
  );
  const completion = link['after_completion'];
  const values = {
    ...echoed('checkout.session', link, ['id', 'object', 'created', 'url']),
    payment_link: link.id,
    mode: 'payment',
    success_url: completion.type === 'redirect' ? completion.redirect.url : null,
  };
  const total = items.reduce((sum, item) => sum + (item['amount_total'] as number), 0);
  const bought = { items, currency: link['currency'], subtotal: total, tax: 0, total };
  return openSession(core, bought, values, link['payment_intent_data'] ?? {});
}

function openSession(core: Core, bought: Purchase, values: Params, paymentIntentData: Params): StripeObject {
  const id = newId('cs_test', 58);
  const created = nowSeconds();
  const hosted = isHostedUiMode(values['ui_mode']);
  const session = materialize<StripeObject>('checkout.session', {
    ...values,
    id,
    created,
    expires_at: values['expires_at'] ?? created + SESSION_LIFETIME,
    status: 'open',
    payment_status: 'unpaid',
    amount_subtotal: bought.subtotal,
    amount_total: bought.total,
    currency: bought.currency,
    metadata: values['metadata'] ?? {},
    customer_creation: values['customer_creation'] ?? 'if_required',
    payment_method_types: values['payment_method_types'] ?? [
      'card',
      ...(DEBIT_BY_CURRENCY[bought.currency] ? [DEBIT_BY_CURRENCY[bought.currency]] : []),
    ],
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: bought.tax },
    ui_mode: values['ui_mode'] ?? 'hosted',
    url: hosted ? `${core.publicUrl}/c/pay/${id}` : null,
    client_secret: hosted ? null : `${id}_secret_${randomBytes(12).toString('hex')}`,
  });
  Object.assign(core.store.internals(id), { lineItems: bought.items, paymentIntentData });
  return core.store.insert(session);
}

/** The session as it is now: one past its `expires_at` is expired on the spot (as well as by the sweep). */
export function currentSession(core: Core, id: string, param = 'session'): StripeObject {
  const session = core.store.retrieve('checkout.session', id, param);
  if (session['status'] === 'open' && session['expires_at'] <= nowSeconds()) expireSession(core, session);
  return session;
}

/** Expires an open session; a PaymentIntent it left unpaid is canceled, as Stripe does. */
export function expireSession(core: Core, session: StripeObject): void {
  core.store.update(session, { status: 'expired', url: null });
  core.events.emit('checkout.session.expired', session);
  const intent = session['payment_intent'] ? core.store.find(session['payment_intent']) : undefined;
  if (intent?.['status'] === 'requires_payment_method') {
    core.store.update(intent, { status: 'canceled', canceled_at: nowSeconds(), cancellation_reason: 'abandoned' });
    core.events.emit('payment_intent.canceled', intent);
  }
}

export function expireDueSessions(core: Core): void {
  const now = nowSeconds();
  for (const session of core.store.list('checkout.session')) {
    if (session['status'] === 'open' && session['expires_at'] <= now) expireSession(core, session);
  }
}

/** Whether a Payment Link has reached `restrictions.completed_sessions.limit`. */
export function linkUsedUp(link: StripeObject): boolean {
  const restriction = link['restrictions']?.completed_sessions;
  return Boolean(restriction && restriction.count >= restriction.limit);
}

/** Why a session cannot be paid now, in the customer's words; undefined when it can. */
export function whyNotPayable(core: Core, session: StripeObject): string | undefined {
  if (session['status'] === 'complete') return 'This payment is already complete.';
  if (session['status'] === 'expired') return 'This checkout session has expired. Please ask for a new payment link.';
  const link = session['payment_link'] ? core.store.find(session['payment_link']) : undefined;
  if (link && linkUsedUp(link)) return link['inactive_message'] ?? 'This payment link is no longer available.';
  return undefined;
}

/**
 * The Customer a paying session is for: its own, or one made from the email when it asks for one
 * (or, with `if_required`, when the card is to be saved).
 */
export function customerFor(core: Core, session: StripeObject, email: string, saving = false): string | null {
  if (session['customer']) return session['customer'];
  if (session['customer_creation'] !== 'always' && !saving) return null;
  const customer = createCustomer(core, { email });
  core.store.update(session, { customer: customer.id });
  return customer.id;
}

export function completeSession(
  core: Core,
  session: StripeObject,
  paymentStatus: 'paid' | 'unpaid',
  email: string,
  name: string | null,
): void {
  core.store.update(session, {
    status: 'complete',
    payment_status: paymentStatus,
    url: null,
    customer_details: { address: null, email, name, phone: null, tax_exempt: 'none', tax_ids: [] },
  });
  const link = session['payment_link'] ? core.store.find(session['payment_link']) : undefined;
  const restriction = link?.['restrictions']?.completed_sessions;
  if (link && restriction)
    core.store.update(link, { restrictions: { completed_sessions: { ...restriction, count: restriction.count + 1 } } });
  core.events.emit('checkout.session.completed', session);
}
