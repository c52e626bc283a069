import {
  amountLimitsProblem,
  amountProblem,
  isKnownCurrency,
  MAXIMUM_AMOUNT,
  minimumAmount,
} from '@service-desk/currency';

import { exclusiveParams, invalidRequest, missingParam, type StripeError } from './errors';
import type { Params } from './openapi-validator';

/**
 * A rule Stripe states only in prose, which its OpenAPI description cannot express. Checked after
 * the description's own checks, before the request does anything.
 */
export interface ProseRule {
  /** `METHOD /v1/template` as the description names operations; `*` for every one. */
  operations: readonly string[];
  /** What Stripe's documentation says. */
  stripeSays: string;
  check(params: Params, now: number): StripeError | undefined;
}

const SESSION_CREATE = 'POST /v1/checkout/sessions';
const LINK_CREATE = 'POST /v1/payment_links';
const LINK_UPDATE = 'POST /v1/payment_links/{payment_link}';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
/** ui_mode values (2024 names and the SDK version's) of a page Stripe hosts; the others embed Checkout in the integration's own page. */
const HOSTED_UI_MODES = new Set(['hosted', 'hosted_page']);

export const isHostedUiMode = (uiMode: string | undefined) => uiMode === undefined || HOSTED_UI_MODES.has(uiMode);

/** The first problem found among a list's entries, each named by its path (`line_items[2]`). */
function firstOf<T>(
  items: readonly T[] | undefined,
  name: string,
  check: (item: T, path: string) => StripeError | undefined,
) {
  for (const [index, item] of (items ?? []).entries()) {
    const problem = check(item, `${name}[${index}]`);
    if (problem) return problem;
  }
  return undefined;
}

function oneOf(params: Params, path: string, names: readonly [string, string]): StripeError | undefined {
  const given = names.filter((name) => params[name] !== undefined);
  if (given.length > 1) return exclusiveParams(names.map((name) => `${path}[${name}]`));
  if (given.length === 0) return missingParam(`${path}[${names[0]}]`);
  return undefined;
}

function urlError(value: unknown, param: string): StripeError | undefined {
  if (typeof value !== 'string') return undefined;
  // Stripe keeps the {CHECKOUT_SESSION_ID} template as is; it is not part of the URL's syntax.
  const candidate = value.replaceAll('{CHECKOUT_SESSION_ID}', 'x');
  const valid = URL.canParse(candidate) && /^https?:$/.test(new URL(candidate).protocol);
  return valid ? undefined : invalidRequest('Not a valid URL', param, 'url_invalid');
}

function currencyError(value: unknown, param: string): StripeError | undefined {
  if (typeof value !== 'string' || isKnownCurrency(value)) return undefined;
  return invalidRequest(
    `Invalid currency: ${value}. Stripe currently supports these currencies: see https://stripe.com/docs/currencies`,
    param,
  );
}

/** Every `metadata` hash in the parameters, however deep (`payment_intent_data[metadata]`). */
function* metadataHashes(value: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}[${key}]` : key;
    if (key === 'metadata' && typeof item === 'object' && item !== null && !Array.isArray(item))
      yield [at, item as Record<string, unknown>];
    else yield* metadataHashes(item, at);
  }
}

export const PROSE_RULES: readonly ProseRule[] = [
  {
    operations: ['*'],
    stripeSays: 'A limit on the number of objects to be returned. Limit can range between 1 and 100.',
    check: (p) =>
      p['limit'] !== undefined && (p['limit'] < 1 || p['limit'] > 100)
        ? invalidRequest('Invalid limit: must be between 1 and 100', 'limit')
        : undefined,
  },
  {
    operations: ['*'],
    stripeSays:
      'You can specify up to 50 keys, with key names up to 40 characters long and values up to 500 characters long. Keys may not contain square brackets.',
    check(p) {
      for (const [path, hash] of metadataHashes(p, '')) {
        const entries = Object.entries(hash);
        if (entries.length > 50) return invalidRequest(`Invalid ${path}: metadata can have at most 50 keys`, path);
        for (const [key, value] of entries) {
          if (key.length > 40 || /[[\]]/.test(key))
            return invalidRequest(
              `Invalid ${path}: keys must be at most 40 characters and contain no square brackets`,
              `${path}[${key}]`,
            );
          if (typeof value === 'string' && value.length > 500)
            return invalidRequest(`Invalid ${path}[${key}]: must be at most 500 characters`, `${path}[${key}]`);
        }
      }
      return undefined;
    },
  },
  {
    operations: [SESSION_CREATE],
    stripeSays: 'mode: The mode of the Checkout Session. Required.',
    check: (p) => (p['mode'] === undefined ? missingParam('mode') : undefined),
  },
  {
    operations: [SESSION_CREATE],
    stripeSays:
      'line_items: Required for payment and subscription mode. For payment mode, there is a maximum of 100 line items.',
    check(p) {
      if (p['mode'] === 'payment' && !p['line_items']?.length) return missingParam('line_items');
      if (p['line_items']?.length > 100)
        return invalidRequest('line_items: payment mode takes at most 100 line items', 'line_items');
      return undefined;
    },
  },
  {
    operations: [SESSION_CREATE],
    stripeSays:
      'Each line item takes a price or price_data, and a quantity. price_data takes one of product or product_data, one of unit_amount or unit_amount_decimal (a non-negative integer), and a supported currency.',
    check: (p) =>
      firstOf<Params>(p['line_items'], 'line_items', (item, at) => {
        const problem = oneOf(item, at, ['price', 'price_data']);
        if (problem) return problem;
        if (item['quantity'] === undefined) return missingParam(`${at}[quantity]`);
        const data = item['price_data'];
        if (!data) return undefined;
        return (
          oneOf(data, `${at}[price_data]`, ['product', 'product_data']) ??
          oneOf(data, `${at}[price_data]`, ['unit_amount', 'unit_amount_decimal']) ??
          currencyError(data['currency'], `${at}[price_data][currency]`) ??
          unitAmountError(data['unit_amount'], data['currency'], `${at}[price_data][unit_amount]`)
        );
      }),
  },
  {
    operations: [SESSION_CREATE],
    stripeSays:
      'success_url: The URL to which Stripe should send customers when payment is complete. Required in hosted mode; not allowed if ui_mode is embedded.',
    check(p) {
      const embedded = !isHostedUiMode(p['ui_mode']);
      if (!embedded && p['success_url'] === undefined) return missingParam('success_url');
      if (embedded && p['success_url'] !== undefined) {
        return invalidRequest(
          `You cannot specify \`success_url\` when \`ui_mode\` is \`${p['ui_mode']}\`.`,
          'success_url',
        );
      }
      return undefined;
    },
  },
  {
    operations: [SESSION_CREATE],
    stripeSays: 'expires_at: It can be anywhere from 30 minutes to 24 hours after Checkout Session creation.',
    check(p, now) {
      const at = p['expires_at'];
      if (at === undefined) return undefined;
      if (at < now + 30 * MINUTE)
        return invalidRequest(
          'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.',
          'expires_at',
        );
      if (at > now + 24 * HOUR)
        return invalidRequest(
          'The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.',
          'expires_at',
        );
      return undefined;
    },
  },
  {
    operations: [SESSION_CREATE],
    stripeSays:
      'customer_email: If provided, this value will be used when the Customer object is created. Not allowed together with customer.',
    check: (p) =>
      p['customer'] !== undefined && p['customer_email'] !== undefined
        ? exclusiveParams(['customer', 'customer_email'])
        : undefined,
  },
  {
    operations: [SESSION_CREATE, LINK_CREATE, LINK_UPDATE],
    stripeSays: 'Redirect URLs must be valid http or https URLs.',
    check: (p) =>
      urlError(p['success_url'], 'success_url') ??
      urlError(p['cancel_url'], 'cancel_url') ??
      urlError(p['after_completion']?.redirect?.url, 'after_completion[redirect][url]'),
  },
  {
    operations: [LINK_CREATE, LINK_UPDATE],
    stripeSays: 'after_completion.redirect: Configuration when type=redirect.',
    check: (p) =>
      p['after_completion']?.type === 'redirect' && !p['after_completion'].redirect
        ? missingParam('after_completion[redirect]')
        : undefined,
  },
  {
    operations: [LINK_CREATE, LINK_UPDATE],
    stripeSays:
      'restrictions.completed_sessions.limit: The maximum number of checkout sessions that can be completed (at least 1).',
    check(p) {
      const limit = p['restrictions']?.completed_sessions?.limit;
      return limit !== undefined && limit < 1
        ? invalidRequest(
            'Invalid restrictions[completed_sessions][limit]: must be at least 1',
            'restrictions[completed_sessions][limit]',
          )
        : undefined;
    },
  },
  {
    operations: [LINK_CREATE],
    stripeSays: 'line_items: Up to 20 line items are supported.',
    check: (p) =>
      p['line_items']?.length > 20
        ? invalidRequest('line_items: at most 20 line items are supported', 'line_items')
        : undefined,
  },
  {
    operations: ['POST /v1/prices'],
    stripeSays:
      'product or product_data is required. unit_amount (a non-negative integer; or unit_amount_decimal, or custom_unit_amount) is required unless billing_scheme=tiered. currency must be a supported currency.',
    check(p) {
      if (p['product'] !== undefined && p['product_data'] !== undefined)
        return exclusiveParams(['product', 'product_data']);
      if (p['product'] === undefined && p['product_data'] === undefined) return missingParam('product');
      const priced = ['unit_amount', 'unit_amount_decimal', 'custom_unit_amount'].some((name) => p[name] !== undefined);
      if (!priced && p['billing_scheme'] !== 'tiered') return missingParam('unit_amount');
      return (
        currencyError(p['currency'], 'currency') ?? unitAmountError(p['unit_amount'], p['currency'], 'unit_amount')
      );
    },
  },
  {
    operations: ['POST /v1/payment_intents'],
    stripeSays:
      'amount: A positive integer representing how much to charge in the smallest currency unit. The minimum amount is $0.50 US or equivalent in charge currency. The amount value supports up to eight digits.',
    check: (p) => currencyError(p['currency'], 'currency') ?? payableAmountError(p['amount'], p['currency'], 'amount'),
  },
  {
    operations: ['POST /v1/refunds'],
    stripeSays:
      'One of charge or payment_intent is required. amount: a positive integer in the smallest currency unit.',
    check(p) {
      if (p['charge'] === undefined && p['payment_intent'] === undefined) return missingParam('payment_intent');
      return p['amount'] !== undefined && p['amount'] < 1
        ? invalidRequest(`Invalid positive integer`, 'amount', 'parameter_invalid_integer')
        : undefined;
    },
  },
  {
    operations: ['GET /v1/events'],
    stripeSays: 'You may pass either type or types, but not both.',
    check: (p) =>
      p['type'] !== undefined && p['types'] !== undefined ? exclusiveParams(['type', 'types']) : undefined,
  },
  {
    operations: ['POST /v1/customers', 'POST /v1/customers/{customer}'],
    stripeSays: "email: Customer's email address.",
    check: (p) =>
      typeof p['email'] === 'string' && p['email'] !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(p['email'])
        ? invalidRequest(`Invalid email address: ${p['email']}`, 'email', 'email_invalid')
        : undefined,
  },
];

/** The first prose rule `params` break for `operation` (`POST /v1/checkout/sessions`). */
export function proseRuleError(operation: string, params: Params, now: number): StripeError | undefined {
  for (const rule of PROSE_RULES) {
    if (!rule.operations.includes('*') && !rule.operations.includes(operation)) continue;
    const problem = rule.check(params, now);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Stripe's per-currency minimum and maximum charge and its zero- and three-decimal rules, applied
 * to what a Checkout Session or Payment Link would charge (prices alone may be smaller).
 */
export function payableAmountError(amount: number, currency: string, param: string): StripeError | undefined {
  const problem = amountProblem(amount, currency);
  if (!problem) return undefined;
  const code =
    amount < minimumAmount(currency) ? 'amount_too_small' : amount > MAXIMUM_AMOUNT ? 'amount_too_large' : undefined;
  return invalidRequest(`The total amount due ${problem} (${currency}).`, param, code);
}

/**
 * Stripe's refusal of an amount that is part of a charge (a refund, a capture): a whole number of
 * at most eight digits, in the currency's step (`amountLimitsProblem`).
 */
export function amountLimitsError(amount: number, currency: string, param: string): StripeError | undefined {
  const problem = amountLimitsProblem(amount, currency);
  if (!problem) return undefined;
  return invalidRequest(
    `The amount ${problem} (${currency}).`,
    param,
    amount > MAXIMUM_AMOUNT ? 'amount_too_large' : undefined,
  );
}

/** A price's unit amount: free is fine, negative is not, and otherwise as any amount of its currency. */
function unitAmountError(amount: unknown, currency: unknown, param: string): StripeError | undefined {
  if (typeof amount !== 'number' || typeof currency !== 'string') return undefined;
  if (amount < 0) return invalidRequest('Invalid non-negative integer', param, 'parameter_invalid_integer');
  return amountLimitsError(amount, currency, param);
}
