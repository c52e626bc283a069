/**
 * What the domain needs from a payment provider. Only `stripe.provider.ts` knows the Stripe SDK;
 * everything else speaks these types.
 */
export interface ObjectMetadata {
  service_request_id: string;
  quote_version: string;
  /** A PayPurpose; FULL when absent. */
  purpose?: string;
}

/** Set when the quote offers to save the card: Stripe shows `consentText` by the pay button. */
export interface SaveCardOption {
  consentText: string;
}

/** One line of what Stripe sells: a Product named after the work, at a unit amount, maybe taxed. */
export interface StripeLine {
  name: string;
  unitAmount: number;
  /** Whole units (a fractional quantity is sent as one unit of the line's amount). */
  quantity: number;
  /** A Stripe Tax Rate (Checkout Sessions only; a Payment Link carries tax as lines of its own). */
  taxRateId?: string | undefined;
}

export interface TaxRateParams {
  displayName: string;
  /** A decimal with up to four places, as Stripe takes it. */
  percentage: string;
  inclusive: boolean;
}

export interface CreateLinkParams {
  saveCard?: SaveCardOption | undefined;
  lines: StripeLine[];
  currency: string;
  description: string;
  metadata: ObjectMetadata;
  successUrl: string;
  /** The prices' keys are this with the line's index appended. */
  priceKey: string;
  linkKey: string;
}

export interface CreateSessionParams {
  saveCard?: SaveCardOption | undefined;
  customerId: string;
  lines: StripeLine[];
  currency: string;
  description: string;
  metadata: ObjectMetadata;
  successUrl: string;
  cancelUrl: string;
  expiresAt: Date;
  idempotencyKey: string;
}

export interface CheckoutSessionState {
  id: string;
  /** open, complete or expired (a string: newer API versions may add values) */
  status: string;
  /** paid, unpaid or no_payment_required */
  paymentStatus: string;
  amountSubtotal: number | null;
  amountTotal: number | null;
  currency: string | null;
  paymentIntentId: string | null;
  paymentLinkId: string | null;
  metadata: Record<string, string>;
  customerEmail: string | null;
  expiresAt: Date;
  /** The session as Stripe sent it, for the handlers that apply it. */
  raw: RawObject;
}

export interface OffSessionChargeParams {
  customerId: string;
  paymentMethodId: string;
  amount: number;
  currency: string;
  description: string;
  metadata: ObjectMetadata & Record<string, string>;
  idempotencyKey: string;
}

export interface CardDetails {
  brand?: string | undefined;
  last4?: string | undefined;
  expMonth?: number | undefined;
  expYear?: number | undefined;
}

export interface RefundResult {
  id: string;
  amount: number;
  status: string;
}

export interface Period {
  from: Date;
  to: Date;
}

/** Dispute evidence, in Stripe's text fields (dispute-evidence.ts assembles it from a request's record). */
export interface DisputeEvidence {
  customerName: string;
  customerEmailAddress: string;
  /** The work: the request, the quote's lines and totals, and its acceptance when there is one. */
  productDescription: string;
  /** `YYYY-MM-DD`: when the work was done, or is booked. */
  serviceDate?: string | undefined;
  /** The request's timeline and the payments received: the record of what happened when. */
  accessActivityLog: string;
  /** The admin's own note. */
  uncategorizedText?: string | undefined;
}

/** A raw Stripe object or event, as handlers read it. */
export type RawObject = Record<string, any>;

export interface PaymentProvider {
  /** Which account objects live in: ids are reused only within it. */
  readonly account: string;
  createCustomer(email: string, name: string, idempotencyKey: string): Promise<string>;
  createTaxRate(params: TaxRateParams, idempotencyKey: string): Promise<string>;
  /** A Price per line (each with its Product, named after the work) and a Payment Link selling them once. */
  createPaymentLink(params: CreateLinkParams): Promise<{ id: string; url: string; priceIds: string[] }>;
  /** Deactivates the link and archives its Prices. */
  deactivatePaymentLink(id: string, priceIds: readonly string[]): Promise<void>;
  createCheckoutSession(params: CreateSessionParams): Promise<{ id: string; url: string; expiresAt: Date }>;
  retrieveCheckoutSession(id: string): Promise<CheckoutSessionState>;
  /**
   * The current state of one object in the terms of stripe-state-rules.ts (a PaymentIntent as
   * `processing`, `failed` or `succeeded`); undefined when Stripe has no such object (404).
   */
  retrieveState(kind: 'payment' | 'charge' | 'refund' | 'dispute', id: string): Promise<string | undefined>;
  /** Open sessions of a Payment Link (they stay payable after the link is deactivated). */
  listOpenSessions(paymentLinkId: string): Promise<string[]>;
  /** Expires an open session; an already closed one is fine. */
  expireCheckoutSession(id: string): Promise<void>;
  /** Charges a saved card without the customer; a decline or a bank asking for authentication throws. */
  chargeSavedCard(params: OffSessionChargeParams): Promise<{ id: string; status: string }>;
  retrieveCard(paymentMethodId: string): Promise<CardDetails>;
  refund(
    paymentIntentId: string,
    amount: number,
    metadata: ObjectMetadata,
    idempotencyKey: string,
  ): Promise<RefundResult>;
  /** Submits a dispute's evidence (Stripe's text fields); answers the dispute as Stripe then reports it. */
  submitDisputeEvidence(
    disputeId: string,
    evidence: DisputeEvidence,
    idempotencyKey: string,
  ): Promise<RawObject & { id: string }>;
  /** Events of `types` created in the period, oldest first (Stripe keeps them 30 days). */
  listEvents(period: Period, types: readonly string[], beforeEachPage: () => Promise<void>): AsyncIterable<RawObject>;
  /** Checkout Sessions created in the period (for periods older than the events' retention). */
  listSessions(period: Period, beforeEachPage: () => Promise<void>): AsyncIterable<RawObject>;
  /** Sessions of a Payment Link, or the session itself for a session id. */
  sessionsOf(stripeId: string): Promise<RawObject[]>;
}

/** A provider failure the admin can act on: Stripe's message and request id. */
export class ProviderError extends Error {
  override name = 'ProviderError';
  constructor(
    message: string,
    readonly requestId: string | undefined,
    /** Whether the same call (same idempotency key) may be tried again. */
    readonly retryable: boolean,
    readonly stripeCode: string | undefined,
    /** Stripe's HTTP status, when it answered. */
    readonly status?: number | undefined,
  ) {
    super(message);
  }
}
