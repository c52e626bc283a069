/**
 * The parameters the emulator acts on, by operation (`POST /v1/payment_links`), each with the title
 * of the test that shows its effect (state, answer or events), and the values it takes when not all
 * of them (`only`). A path honours everything under it (`metadata`, `after_completion`); a path
 * with `[]` names any item of an array. Anything else the description has is refused
 * (`parameters.ts`); `parameters.test.ts` checks both sides, and the run checks that each test
 * named here sent its parameter (`parameter-coverage.ts`).
 */
export type Honoured = string | { test: string; only: readonly string[] };

const PRODUCTS = 'creates, retrieves, updates and lists products, merging and unsetting metadata';
const PRICES = 'creates prices (also with inline product_data), archives them with active=false and filters lists';
const CUSTOMERS = 'creates, updates and lists customers by email';
const PAGING =
  'pages newest first with the SDK auto-pagination over more than 100 objects, and backwards with ending_before';
const LINKS = 'creates, retrieves, deactivates and lists links, and lists their line items';
const SESSIONS =
  'creates a session with Stripe defaults, expands and lists its line items, lists by filter and expires it';
const PAID = 'exposes the PaymentIntent and Charge of a paid session, with expansion on objects and lists';
const REFUNDS = 'refunds partially then fully, updating the charge, and refuses more';
const EVENTS = 'records events, retrievable and listable by type, types and created range';
const SAVED = 'attaches the card to a Customer made for the session, shows the consent text, keeps setup_future_usage';
const OFF_SESSION = '4242 succeeds at once, with payment_intent.succeeded and the metadata';
const SERVER =
  "what the project's server sends a session is honoured: nickname, product, description, setup_future_usage, consent text, expiry";

/** What a line item takes: a price, or an inline one for a product by id or a new one by name, and a quantity. */
const lineItems = (price: string, inline: string): Record<string, Honoured> => ({
  'line_items[][price]': price,
  'line_items[][quantity]': price,
  'line_items[][price_data][currency]': inline,
  'line_items[][price_data][unit_amount]': inline,
  'line_items[][price_data][product_data][name]': inline,
});

const MANUAL =
  'manual capture: authorised as requires_capture, then partly captured, the rest released, with Stripe events';
const CANCEL = 'cancel releases an authorisation in full; a succeeded or Checkout PaymentIntent cannot be canceled';
const UPDATE = 'update then confirm: amount, metadata, customer and payment method change before the payment';
const MAGIC = "Stripe's test PaymentMethods pay, decline and ask for authentication as their cards do";

const TAXED = 'computes each line’s tax as Stripe does: exclusive on top, inclusive within, half up per line';
const TAX_RATES = 'rounds taxes to what three-decimal currencies charge, and refuses unknown or inactive rates';

const SAVE_BY_API = 'setup_future_usage saves the card on the Customer once paid, for off-session charges after';

const TOKENS = "Stripe's test card tokens make PaymentMethods of their cards";

const DISPUTE_EVIDENCE = 'takes every evidence field Stripe has, text and files, and shows it on the dispute';
const STAGED = 'evidence staged with submit=false and metadata merged; submitted once, a second submission is refused';
const DISPUTE_LIST = 'lists disputes by charge and payment_intent, and closes one (accepted as lost)';
const FILES = 'uploads an evidence file through the SDK (multipart), retrieves it and refuses other types and sizes';

/** Stripe's evidence fields, text and file ids (`enhanced_evidence` and `appeal` are refused). */
const evidence = Object.fromEntries(
  [
    'access_activity_log',
    'billing_address',
    'cancellation_policy',
    'cancellation_policy_disclosure',
    'cancellation_rebuttal',
    'customer_communication',
    'customer_email_address',
    'customer_name',
    'customer_purchase_ip',
    'customer_signature',
    'duplicate_charge_documentation',
    'duplicate_charge_explanation',
    'duplicate_charge_id',
    'product_description',
    'receipt',
    'refund_policy',
    'refund_policy_disclosure',
    'refund_refusal_explanation',
    'service_date',
    'service_documentation',
    'shipping_address',
    'shipping_carrier',
    'shipping_date',
    'shipping_documentation',
    'shipping_tracking_number',
    'uncategorized_file',
  ].map((field) => [`evidence[${field}]`, DISPUTE_EVIDENCE]),
);

export const HONOURED: Record<string, Record<string, Honoured>> = {
  // Wherever the description has them.
  '*': { expand: PAID, limit: PAGING, starting_after: PAGING, ending_before: PAGING },

  'POST /v1/products': { name: PRODUCTS, description: PRODUCTS, metadata: PRODUCTS },
  'POST /v1/products/{id}': { name: PRODUCTS, description: PRODUCTS, metadata: PRODUCTS, active: PRODUCTS },
  'GET /v1/products': { ids: PRODUCTS, active: PRODUCTS },

  'POST /v1/prices': {
    product: PRICES,
    'product_data[name]': PRICES,
    'product_data[metadata]': PRICES,
    currency: PRICES,
    unit_amount: PRICES,
    nickname: SERVER,
    metadata: SERVER,
  },
  'POST /v1/prices/{price}': { active: PRICES, nickname: PRICES },
  'GET /v1/prices': { active: PRICES, product: PRICES },

  'POST /v1/customers': {
    email: CUSTOMERS,
    name: CUSTOMERS,
    business_name: "takes the parameters of the SDK's API version, and refuses what it does not declare",
    individual_name: "takes the parameters of the SDK's API version, and refuses what it does not declare",
  },
  'POST /v1/customers/{customer}': { metadata: CUSTOMERS, phone: CUSTOMERS },
  'GET /v1/customers': { email: CUSTOMERS },

  'POST /v1/payment_links': {
    ...lineItems(LINKS, 'in keys (none missing, none extra) and types, for each object type the emulator makes'),
    metadata: LINKS,
    after_completion: LINKS,
    customer_creation: LINKS,
    'payment_intent_data[description]': LINKS,
    'payment_intent_data[metadata]': LINKS,
    'payment_intent_data[setup_future_usage]': SAVED,
    restrictions: LINKS,
    'custom_text[submit][message]': SAVED,
  },
  'POST /v1/payment_links/{payment_link}': {
    active: LINKS,
    inactive_message:
      'a deactivated link shows a "no longer available" page, but sessions already open can still be paid',
  },
  'GET /v1/payment_links': { active: LINKS },

  'POST /v1/checkout/sessions': {
    mode: { test: SESSIONS, only: ['payment'] },
    ...lineItems(PAID, SESSIONS),
    'line_items[][price_data][product]': SERVER,
    'line_items[][tax_rates]': TAXED,
    success_url: SESSIONS,
    cancel_url: SESSIONS,
    customer: SESSIONS,
    customer_email: 'uses the session customer_email and creates a Customer when the link asks for one',
    expires_at: SERVER,
    metadata: SESSIONS,
    'payment_intent_data[metadata]': PAID,
    'payment_intent_data[description]': SERVER,
    'payment_intent_data[setup_future_usage]': SERVER,
    'custom_text[submit][message]': SERVER,
  },
  'GET /v1/checkout/sessions': {
    created: SESSIONS,
    status: SESSIONS,
    payment_intent: PAID,
    payment_link: 'in keys (none missing, none extra) and types, for each object type the emulator makes',
  },

  'POST /v1/tax_rates': { display_name: TAXED, percentage: TAXED, inclusive: TAXED },
  'POST /v1/tax_rates/{tax_rate}': { active: TAX_RATES },
  'GET /v1/tax_rates': { active: TAX_RATES, inclusive: TAX_RATES },

  'POST /v1/payment_intents': {
    amount: OFF_SESSION,
    currency: OFF_SESSION,
    customer: OFF_SESSION,
    payment_method: OFF_SESSION,
    confirm: OFF_SESSION,
    off_session: OFF_SESSION,
    metadata: OFF_SESSION,
    description: OFF_SESSION,
    automatic_payment_methods: OFF_SESSION,
    capture_method: MANUAL,
    setup_future_usage: SAVE_BY_API,
  },
  'POST /v1/payment_intents/{intent}': {
    amount: UPDATE,
    currency: UPDATE,
    description: UPDATE,
    metadata: UPDATE,
    payment_method: UPDATE,
    customer: UPDATE,
  },
  'POST /v1/payment_intents/{intent}/confirm': { payment_method: UPDATE, off_session: MAGIC },
  'POST /v1/payment_intents/{intent}/capture': { amount_to_capture: MANUAL },
  'POST /v1/payment_intents/{intent}/cancel': { cancellation_reason: CANCEL },

  'POST /v1/payment_methods': { type: { test: TOKENS, only: ['card'] }, 'card[token]': TOKENS },

  'GET /v1/charges': { payment_intent: PAID },

  'POST /v1/refunds': { payment_intent: REFUNDS, charge: REFUNDS, amount: REFUNDS, metadata: REFUNDS },
  'GET /v1/refunds': { payment_intent: REFUNDS },

  'POST /v1/disputes/{dispute}': {
    ...evidence,
    'evidence[uncategorized_text]': 'winning_evidence wins: funds reinstated, charge.dispute.closed with won',
    metadata: STAGED,
    submit: STAGED,
  },
  'GET /v1/disputes': { charge: DISPUTE_LIST, payment_intent: DISPUTE_LIST, created: DISPUTE_LIST },

  'POST /v1/files': { file: FILES, purpose: { test: FILES, only: ['dispute_evidence'] } },

  'GET /v1/events': {
    created: EVENTS,
    type: EVENTS,
    types: EVENTS,
    delivery_success: 'drops events when asked: they can be listed (for reconciliation) but never arrive',
  },
};
