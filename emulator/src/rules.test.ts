import { describe, expect, it } from 'vitest';

import { readPaymentForm } from './checkout-form';
import { payableAmountError, PROSE_RULES, proseRuleError } from './rules';
import { isCardNumber } from './test-cards';

const NOW = 1_800_000_000;
const HOUR = 3600;
const SESSION = 'POST /v1/checkout/sessions';
const LINK = 'POST /v1/payment_links';
const item = { price: 'price_1', quantity: 1 };
const session = (extra: Record<string, unknown> = {}) => ({
  mode: 'payment',
  line_items: [item],
  success_url: 'https://example.com/ok',
  ...extra,
});

/** [operation, params, the error expected (code and param) or undefined when the params pass]. */
const CASES: [string, Record<string, unknown>, { code?: string; param?: string } | undefined][] = [
  ['GET /v1/customers', { limit: 100 }, undefined],
  ['GET /v1/customers', { limit: 0 }, { param: 'limit' }],
  ['GET /v1/events', { limit: 101 }, { param: 'limit' }],
  ['POST /v1/products', { metadata: { ['k'.repeat(41)]: 'v' } }, { param: `metadata[${'k'.repeat(41)}]` }],
  ['POST /v1/products', { metadata: { key: 'v'.repeat(501) } }, { param: 'metadata[key]' }],
  [
    LINK,
    {
      line_items: [item],
      payment_intent_data: { metadata: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v'])) },
    },
    { param: 'payment_intent_data[metadata]' },
  ],
  [SESSION, session(), undefined],
  [SESSION, { line_items: [item], success_url: 'https://example.com' }, { code: 'parameter_missing', param: 'mode' }],
  [SESSION, session({ line_items: [] }), { code: 'parameter_missing', param: 'line_items' }],
  [SESSION, session({ line_items: Array.from({ length: 101 }, () => item) }), { param: 'line_items' }],
  [SESSION, session({ line_items: [{ quantity: 1 }] }), { code: 'parameter_missing', param: 'line_items[0][price]' }],
  [
    SESSION,
    session({ line_items: [{ ...item, price_data: {} }] }),
    { code: 'parameters_exclusive', param: 'line_items[0][price_data]' },
  ],
  [
    SESSION,
    session({ line_items: [{ price: 'price_1' }] }),
    { code: 'parameter_missing', param: 'line_items[0][quantity]' },
  ],
  [
    SESSION,
    session({ line_items: [{ quantity: 1, price_data: { currency: 'usd', unit_amount: 500 } }] }),
    { code: 'parameter_missing', param: 'line_items[0][price_data][product]' },
  ],
  [
    SESSION,
    session({ line_items: [{ quantity: 1, price_data: { currency: 'usd', product: 'prod_1' } }] }),
    { code: 'parameter_missing', param: 'line_items[0][price_data][unit_amount]' },
  ],
  [
    SESSION,
    session({ line_items: [{ quantity: 1, price_data: { currency: 'zzz', product: 'prod_1', unit_amount: 500 } }] }),
    { param: 'line_items[0][price_data][currency]' },
  ],
  [SESSION, session({ success_url: undefined }), { code: 'parameter_missing', param: 'success_url' }],
  [SESSION, session({ success_url: undefined, ui_mode: 'embedded' }), undefined],
  [SESSION, session({ ui_mode: 'embedded_page' }), { param: 'success_url' }],
  [SESSION, session({ expires_at: NOW + 30 * 60 }), undefined],
  [SESSION, session({ expires_at: NOW + 24 * HOUR }), undefined],
  [SESSION, session({ expires_at: NOW + 29 * 60 }), { param: 'expires_at' }],
  [SESSION, session({ expires_at: NOW + 48 * HOUR }), { param: 'expires_at' }],
  [SESSION, session({ expires_at: NOW + 30 * 24 * HOUR }), { param: 'expires_at' }],
  [
    SESSION,
    session({ customer: 'cus_1', customer_email: 'a@example.com' }),
    { code: 'parameters_exclusive', param: 'customer_email' },
  ],
  [SESSION, session({ success_url: 'https://example.com/done?session_id={CHECKOUT_SESSION_ID}' }), undefined],
  [SESSION, session({ success_url: 'not a url' }), { code: 'url_invalid', param: 'success_url' }],
  [SESSION, session({ cancel_url: 'ftp://example.com' }), { code: 'url_invalid', param: 'cancel_url' }],
  [
    LINK,
    { line_items: [item], after_completion: { type: 'redirect', redirect: { url: 'javascript:alert(1)' } } },
    { code: 'url_invalid', param: 'after_completion[redirect][url]' },
  ],
  [
    LINK,
    { line_items: [item], after_completion: { type: 'redirect' } },
    { code: 'parameter_missing', param: 'after_completion[redirect]' },
  ],
  [
    LINK,
    { line_items: [item], restrictions: { completed_sessions: { limit: 0 } } },
    { param: 'restrictions[completed_sessions][limit]' },
  ],
  [LINK, { line_items: [item], restrictions: { completed_sessions: { limit: 1 } } }, undefined],
  [LINK, { line_items: Array.from({ length: 21 }, () => item) }, { param: 'line_items' }],
  ['POST /v1/prices', { currency: 'usd', unit_amount: 100, product: 'prod_1' }, undefined],
  ['POST /v1/prices', { currency: 'usd', unit_amount: 100 }, { code: 'parameter_missing', param: 'product' }],
  [
    'POST /v1/prices',
    { currency: 'usd', unit_amount: 100, product: 'prod_1', product_data: { name: 'x' } },
    { code: 'parameters_exclusive', param: 'product_data' },
  ],
  ['POST /v1/prices', { currency: 'usd', product: 'prod_1' }, { code: 'parameter_missing', param: 'unit_amount' }],
  ['POST /v1/prices', { currency: 'usd', product: 'prod_1', billing_scheme: 'tiered' }, undefined],
  ['POST /v1/prices', { currency: 'abc', unit_amount: 100, product: 'prod_1' }, { param: 'currency' }],
  ['POST /v1/prices', { currency: 'usd', unit_amount: 0, product: 'prod_1' }, undefined],
  [
    'POST /v1/prices',
    { currency: 'usd', unit_amount: -1, product: 'prod_1' },
    { code: 'parameter_invalid_integer', param: 'unit_amount' },
  ],
  [
    'POST /v1/prices',
    { currency: 'usd', unit_amount: 100_000_000, product: 'prod_1' },
    { code: 'amount_too_large', param: 'unit_amount' },
  ],
  ['POST /v1/prices', { currency: 'kwd', unit_amount: 1_005, product: 'prod_1' }, { param: 'unit_amount' }],
  ['POST /v1/prices', { currency: 'isk', unit_amount: 150, product: 'prod_1' }, { param: 'unit_amount' }],
  [
    SESSION,
    session({
      line_items: [
        { quantity: 1, price_data: { currency: 'usd', product: 'prod_1', unit_amount: 5_000 } },
        // A discount as a negative line: Stripe refuses it, whatever the total.
        { quantity: 1, price_data: { currency: 'usd', product: 'prod_1', unit_amount: -500 } },
      ],
    }),
    { code: 'parameter_invalid_integer', param: 'line_items[1][price_data][unit_amount]' },
  ],
  [
    SESSION,
    session({
      line_items: [{ quantity: 1, price_data: { currency: 'jod', product: 'prod_1', unit_amount: 10_005 } }],
    }),
    { param: 'line_items[0][price_data][unit_amount]' },
  ],
  ['POST /v1/refunds', {}, { code: 'parameter_missing', param: 'payment_intent' }],
  ['POST /v1/refunds', { charge: 'ch_1', amount: 0 }, { code: 'parameter_invalid_integer', param: 'amount' }],
  ['GET /v1/events', { type: 'a', types: ['b'] }, { code: 'parameters_exclusive', param: 'types' }],
  ['POST /v1/customers', { email: 'someone@example.com' }, undefined],
  ['POST /v1/customers/{customer}', { email: 'not-an-email' }, { code: 'email_invalid', param: 'email' }],
  ['POST /v1/payment_intents', { amount: -100, currency: 'usd' }, { code: 'amount_too_small', param: 'amount' }],
  ['POST /v1/payment_intents', { amount: 49, currency: 'usd' }, { code: 'amount_too_small', param: 'amount' }],
  ['POST /v1/payment_intents', { amount: 100_000_000, currency: 'usd' }, { code: 'amount_too_large', param: 'amount' }],
  ['POST /v1/payment_intents', { amount: 1_005, currency: 'kwd' }, { param: 'amount' }],
];

describe("Stripe's prose rules", () => {
  it.each(CASES)('%s %j', (operation, params, expected) => {
    const error = proseRuleError(operation, params, NOW);
    if (!expected) return expect(error).toBeUndefined();
    expect(error).toMatchObject({
      status: 400,
      type: 'invalid_request_error',
      param: expected.param,
      ...(expected.code ? { code: expected.code } : {}),
    });
  });

  it('every rule of the table is exercised by a failing case', () => {
    const broken = new Set(
      CASES.filter(([, , expected]) => expected).flatMap(([operation, params]) =>
        PROSE_RULES.filter(
          (rule) => (rule.operations.includes('*') || rule.operations.includes(operation)) && rule.check(params, NOW),
        ),
      ),
    );
    expect(PROSE_RULES.filter((rule) => !broken.has(rule)).map((rule) => rule.stripeSays)).toEqual([]);
  });

  it.each([
    [50, 'usd', 'accepted'],
    [49, 'usd', 'amount_too_small'],
    [50, 'jpy', 'accepted'],
    [49, 'jpy', 'amount_too_small'],
    [29, 'gbp', 'amount_too_small'],
    [100_000_000, 'usd', 'amount_too_large'],
    [1_000, 'kwd', 'accepted'],
    // Three-decimal currencies must end in 0; ISK takes whole krónur only.
    [1_005, 'kwd', 'refused'],
    [150, 'isk', 'refused'],
    [200, 'isk', 'accepted'],
  ])('a payable amount of %i %s: %s', (amount, currency, verdict) => {
    const error = payableAmountError(amount, currency, 'line_items[0][price]');
    if (verdict === 'accepted') return expect(error).toBeUndefined();
    expect(error).toMatchObject({ param: 'line_items[0][price]', code: verdict === 'refused' ? undefined : verdict });
  });
});

describe('the hosted form', () => {
  const NOW_DATE = new Date('2030-06-15T00:00:00Z');
  const form = (fields: Record<string, string>) =>
    readPaymentForm({ email: 'a@example.com', card_expiry: '12/34', card_cvc: '123', ...fields }, null, true, NOW_DATE);

  it('accepts test cards however they are spaced', () => {
    expect(isCardNumber('4242424242424242')).toBe(true);
    expect(isCardNumber('4242424242424241')).toBe(false);
    expect(form({ card_number: '4242 4242 4242 4242' })).toMatchObject({
      ok: true,
      form: { method: 'card', payment: { number: '4242424242424242', expMonth: 12, expYear: 2034 } },
    });
  });

  it.each([
    [{ card_number: '' }, 'Your card number is incomplete.'],
    [{ card_number: '4242 4242 4242 4241' }, 'Your card number is invalid.'],
    [{ card_number: '4242424242424242', card_expiry: '05/30' }, "Your card's expiration year is in the past."],
    [{ card_number: '4242424242424242', card_expiry: '13/34' }, "Your card's expiration month is invalid."],
    [{ card_number: '4242424242424242', card_expiry: '1' }, "Your card's expiration date is incomplete."],
    [{ card_number: '4242424242424242', card_cvc: '1' }, "Your card's security code is incomplete."],
    [{ card_number: '4242424242424242', email: 'nobody' }, 'Your email address is invalid.'],
    [{ payment_method: 'bank_debit', account_number: '12' }, 'Your account number is invalid.'],
  ])('refuses %j', (fields, error) => {
    expect(form(fields)).toEqual({ ok: false, error });
  });

  it('takes the test debit only where offered, and the preset email over the typed one', () => {
    expect(
      readPaymentForm(
        { payment_method: 'bank_debit', account_number: '000123456789' },
        'preset@example.com',
        true,
        NOW_DATE,
      ),
    ).toMatchObject({
      ok: true,
      form: { method: 'bank_debit', payment: { email: 'preset@example.com', accountNumber: '000123456789' } },
    });
    expect(
      readPaymentForm(
        { email: 'a@example.com', payment_method: 'bank_debit', account_number: '000123456789' },
        null,
        false,
        NOW_DATE,
      ),
    ).toMatchObject({ ok: false });
  });
});
