import Stripe from 'stripe';

import {
  type CardDetails,
  type CheckoutSessionState,
  type CreateLinkParams,
  type CreateSessionParams,
  type DisputeEvidence,
  type ObjectMetadata,
  type OffSessionChargeParams,
  type Period,
  type RawObject,
  type PaymentProvider,
  ProviderError,
  type RefundResult,
  type SaveCardOption,
  type TaxRateParams,
} from './provider';

/** Asks Stripe to save the card for off-session charges, with the consent text by the pay button. */
const saving = (option: SaveCardOption | undefined) =>
  option
    ? {
        setup_future_usage: 'off_session' as const,
        custom: { custom_text: { submit: { message: option.consentText } } },
      }
    : { custom: {} };

/** The SDK client for STRIPE_SECRET_KEY (or the emulator's), pointed at STRIPE_API_URL when set. */
export function createStripeClient(secretKey: string, apiUrl: string | undefined): Stripe {
  const target = apiUrl ? new URL(apiUrl) : undefined;
  return new Stripe(secretKey, {
    // The SDK pins its own API version; webhooks are registered at that same version.
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    appInfo: { name: 'service-desk' },
    ...(target
      ? {
          host: target.hostname,
          port: Number(target.port || (target.protocol === 'https:' ? 443 : 80)),
          protocol: target.protocol === 'https:' ? 'https' : 'http',
        }
      : {}),
  });
}

/** Network trouble, rate limits, Stripe's own errors and in-flight conflicts may pass on a retry. */
function translate(error: unknown): never {
  if (error instanceof Stripe.errors.StripeError) {
    const retryable =
      error instanceof Stripe.errors.StripeConnectionError ||
      error instanceof Stripe.errors.StripeRateLimitError ||
      error instanceof Stripe.errors.StripeAPIError ||
      error.statusCode === 409 ||
      // The same attempt under way elsewhere (a concurrent call): its key stays good.
      error.rawType === 'idempotency_error' ||
      (error.statusCode ?? 0) >= 500;
    throw new ProviderError(
      error.message,
      error.requestId,
      retryable,
      error.code ?? error.rawType ?? error.type,
      error.statusCode,
    );
  }
  throw error;
}

const range = (period: Period) => ({
  gte: Math.floor(period.from.getTime() / 1000),
  lte: Math.floor(period.to.getTime() / 1000),
});

const toState = (s: Stripe.Checkout.Session): CheckoutSessionState => ({
  id: s.id,
  status: s.status ?? 'open',
  paymentStatus: s.payment_status,
  amountSubtotal: s.amount_subtotal,
  amountTotal: s.amount_total,
  currency: s.currency,
  paymentIntentId: typeof s.payment_intent === 'string' ? s.payment_intent : (s.payment_intent?.id ?? null),
  paymentLinkId: typeof s.payment_link === 'string' ? s.payment_link : (s.payment_link?.id ?? null),
  metadata: (s.metadata ?? {}) as Record<string, string>,
  customerEmail: s.customer_details?.email ?? s.customer_email ?? null,
  expiresAt: new Date(s.expires_at * 1000),
  raw: s as unknown as RawObject,
});

export class StripeProvider implements PaymentProvider {
  constructor(
    private readonly stripe: Stripe,
    readonly account: string,
    private readonly onError: (code: string) => void = () => undefined,
  ) {}

  async createTaxRate(p: TaxRateParams, idempotencyKey: string) {
    return this.call(
      async () =>
        (
          await this.stripe.taxRates.create(
            { display_name: p.displayName.slice(0, 50), percentage: Number(p.percentage), inclusive: p.inclusive },
            { idempotencyKey },
          )
        ).id,
    );
  }

  async createCustomer(email: string, name: string, idempotencyKey: string) {
    return this.call(async () => (await this.stripe.customers.create({ email, name }, { idempotencyKey })).id);
  }

  async createPaymentLink(p: CreateLinkParams) {
    return this.call(async () => {
      const prices: string[] = [];
      for (const [index, line] of p.lines.entries()) {
        const price = await this.stripe.prices.create(
          {
            product_data: { name: line.name.slice(0, 250), metadata: { ...p.metadata } },
            unit_amount: line.unitAmount,
            currency: p.currency,
            metadata: { ...p.metadata },
          },
          { idempotencyKey: `${p.priceKey}-${index}` },
        );
        prices.push(price.id);
      }
      const save = saving(p.saveCard);
      const link = await this.stripe.paymentLinks.create(
        {
          line_items: p.lines.map((line, index) => ({ price: prices[index] as string, quantity: line.quantity })),
          metadata: { ...p.metadata },
          payment_intent_data: {
            metadata: { ...p.metadata },
            description: p.description.slice(0, 1000),
            ...(save.setup_future_usage ? { setup_future_usage: save.setup_future_usage } : {}),
          },
          ...save.custom,
          restrictions: { completed_sessions: { limit: 1 } },
          after_completion: { type: 'redirect', redirect: { url: p.successUrl } },
          customer_creation: 'always',
        },
        { idempotencyKey: p.linkKey },
      );
      return { id: link.id, url: link.url, priceIds: prices };
    });
  }

  async deactivatePaymentLink(id: string, priceIds: readonly string[]) {
    await this.call(async () => {
      await this.stripe.paymentLinks.update(id, { active: false });
      for (const priceId of priceIds) await this.stripe.prices.update(priceId, { active: false });
    });
  }

  async createCheckoutSession(p: CreateSessionParams) {
    const save = saving(p.saveCard);
    return this.call(async () => {
      const session = await this.stripe.checkout.sessions.create(
        {
          mode: 'payment',
          customer: p.customerId,
          ...save.custom,
          line_items: p.lines.map((line) => ({
            quantity: line.quantity,
            price_data: {
              currency: p.currency,
              unit_amount: line.unitAmount,
              product_data: { name: line.name.slice(0, 250) },
            },
            ...(line.taxRateId ? { tax_rates: [line.taxRateId] } : {}),
          })),
          metadata: { ...p.metadata },
          payment_intent_data: {
            metadata: { ...p.metadata },
            description: p.description.slice(0, 1000),
            ...(save.setup_future_usage ? { setup_future_usage: save.setup_future_usage } : {}),
          },
          success_url: p.successUrl,
          cancel_url: p.cancelUrl,
          expires_at: Math.floor(p.expiresAt.getTime() / 1000),
        },
        { idempotencyKey: p.idempotencyKey },
      );
      return { id: session.id, url: session.url as string, expiresAt: new Date(session.expires_at * 1000) };
    });
  }

  async retrieveCheckoutSession(id: string) {
    return this.call(async () => toState(await this.stripe.checkout.sessions.retrieve(id)));
  }

  async retrieveState(kind: 'payment' | 'charge' | 'refund' | 'dispute', id: string) {
    try {
      return await this.call(async () => {
        if (kind === 'refund') return (await this.stripe.refunds.retrieve(id)).status ?? undefined;
        if (kind === 'dispute') return (await this.stripe.disputes.retrieve(id)).status;
        if (kind === 'charge') return (await this.stripe.charges.retrieve(id)).status;
        const status = (await this.stripe.paymentIntents.retrieve(id)).status;
        // After a failed attempt a PaymentIntent waits for another method; canceled is over too.
        if (status === 'succeeded' || status === 'processing') return status;
        return status === 'requires_payment_method' || status === 'canceled' ? 'failed' : 'processing';
      });
    } catch (error) {
      if (error instanceof ProviderError && error.status === 404) return undefined;
      throw error;
    }
  }

  async listOpenSessions(paymentLinkId: string) {
    return this.call(async () => {
      const ids: string[] = [];
      for await (const s of this.stripe.checkout.sessions.list({
        payment_link: paymentLinkId,
        status: 'open',
        limit: 100,
      })) {
        ids.push(s.id);
      }
      return ids;
    });
  }

  async expireCheckoutSession(id: string) {
    await this.call(async () => {
      const session = await this.stripe.checkout.sessions.retrieve(id);
      if (session.status === 'open') await this.stripe.checkout.sessions.expire(id);
    });
  }

  async chargeSavedCard(p: OffSessionChargeParams) {
    return this.call(async () => {
      const intent = await this.stripe.paymentIntents.create(
        {
          amount: p.amount,
          currency: p.currency,
          customer: p.customerId,
          payment_method: p.paymentMethodId,
          off_session: true,
          confirm: true,
          // Cards only: nothing that would need the customer to be redirected.
          automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
          description: p.description.slice(0, 1000),
          metadata: { ...p.metadata },
        },
        { idempotencyKey: p.idempotencyKey },
      );
      return { id: intent.id, status: intent.status };
    });
  }

  async retrieveCard(paymentMethodId: string): Promise<CardDetails> {
    return this.call(async () => {
      const card = (await this.stripe.paymentMethods.retrieve(paymentMethodId)).card;
      return { brand: card?.brand, last4: card?.last4, expMonth: card?.exp_month, expYear: card?.exp_year };
    });
  }

  async refund(
    paymentIntentId: string,
    amount: number,
    metadata: ObjectMetadata,
    idempotencyKey: string,
  ): Promise<RefundResult> {
    return this.call(async () => {
      const refund = await this.stripe.refunds.create(
        { payment_intent: paymentIntentId, amount, metadata: { ...metadata } },
        { idempotencyKey },
      );
      return { id: refund.id, amount: refund.amount, status: refund.status ?? 'pending' };
    });
  }

  async submitDisputeEvidence(disputeId: string, evidence: DisputeEvidence, idempotencyKey: string) {
    return this.call(async () => {
      const dispute = await this.stripe.disputes.update(
        disputeId,
        {
          evidence: {
            customer_name: evidence.customerName,
            customer_email_address: evidence.customerEmailAddress,
            product_description: evidence.productDescription,
            access_activity_log: evidence.accessActivityLog,
            ...(evidence.serviceDate ? { service_date: evidence.serviceDate } : {}),
            ...(evidence.uncategorizedText ? { uncategorized_text: evidence.uncategorizedText } : {}),
          },
          submit: true,
        },
        { idempotencyKey },
      );
      return dispute as unknown as RawObject & { id: string };
    });
  }

  async *listEvents(
    period: Period,
    types: readonly string[],
    beforeEachPage: () => Promise<void>,
  ): AsyncIterable<RawObject> {
    const events: RawObject[] = [];
    // Stripe lists newest first; collect, then hand over oldest first so effects land in order.
    for await (const event of this.pages(
      (params) => this.stripe.events.list({ ...params, created: range(period), types: [...types] }),
      beforeEachPage,
    )) {
      events.push(event);
    }
    yield* events.reverse();
  }

  listSessions(period: Period, beforeEachPage: () => Promise<void>): AsyncIterable<RawObject> {
    return this.pages(
      (params) => this.stripe.checkout.sessions.list({ ...params, created: range(period) }),
      beforeEachPage,
    );
  }

  async sessionsOf(stripeId: string): Promise<RawObject[]> {
    return this.call(async () => {
      if (stripeId.startsWith('cs_')) return [await this.stripe.checkout.sessions.retrieve(stripeId)];
      const sessions: RawObject[] = [];
      for await (const s of this.stripe.checkout.sessions.list({ payment_link: stripeId, limit: 100 }))
        sessions.push(s);
      return sessions;
    });
  }

  /** Walks a list page by page (100 a page), waiting for the rate limiter before each request. */
  private async *pages(
    list: (params: { limit: number; starting_after?: string }) => Promise<{ data: RawObject[]; has_more: boolean }>,
    beforeEachPage: () => Promise<void>,
  ): AsyncIterable<RawObject> {
    let after: string | undefined;
    for (;;) {
      await beforeEachPage();
      const page = await this.call(() => list({ limit: 100, ...(after ? { starting_after: after } : {}) }));
      yield* page.data;
      if (!page.has_more || page.data.length === 0) return;
      after = page.data.at(-1)?.['id'] as string;
    }
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof Stripe.errors.StripeError) this.onError(error.code ?? error.rawType ?? error.type);
      return translate(error);
    }
  }
}
