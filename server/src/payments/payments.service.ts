import { createHash } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { registerEnumType } from 'type-graphql';

import type { BusinessService } from '../business/business.service';
import { BadUserInputError, ConflictError, NotFoundError } from '../common/errors';
import { isUuid } from '../common/ids';
import { Customer } from '../customers/customer.entity';
import { isAccepted } from '../data/acceptances';
import {
  activeLink,
  hasLink,
  insertLink,
  type LinkRow,
  linkByStripeId,
  linkToClose,
  markLinkClosed,
  retireQuoteLinks,
  retireStaleLinks,
} from '../data/links';
import { type QuoteLineRow, quoteLinesOf } from '../data/quote-lines';
import { claimQuoteStep, QUOTE_SENT } from '../data/quote-reminders';
import { readRequestOrFail, requestOfTokenHash } from '../data/requests';
import type { RequestView } from '../data/requests';
import type { Engine } from '../engine/engine';
import { offerExpired } from '../engine/facts';
import { ServiceRequestAction as A, amountFor, choicePending, payPurpose } from '../engine/lifecycle';
import { isRefundable, PaymentMethod, PaymentStatus, PayPurpose } from '../engine/payment-enums';
import { type ChangeSource, ServiceRequestStatus as S } from '../engine/status';
import type { JobQueue } from '../jobs/job-queue';
import {
  balanceLinkMail,
  cardConsentText,
  paidBy,
  paymentFailedMail,
  quoteMail,
  receiptMail,
  refundMail,
} from '../mail/messages';
import { enqueueMail, MAIL_KEYS } from '../mail/outbox';
import type { Settings } from '../settings';
import { PayTokens } from './pay-token';
import type { PaymentEventsService, ReceivedPayment, SucceededRefund } from './payment-events.service';
import { PayableKind } from './payment-link.entity';
import { Payment } from './payment.entity';
import type { CheckoutSessionState, ObjectMetadata, PaymentProvider } from './provider';
import { Refund, REFUND_COUNTS } from './refund.entity';
import { StripeAttempts } from './stripe-attempts';
import { expectedAmounts, paymentLinkLines, purposeLine, sessionLines } from './stripe-lines';

/** Stripe allows at most 24 h; a margin keeps clock differences from making it refuse. */
const SESSION_LIFETIME_MS = 23 * 3_600_000 + 30 * 60_000;
/** An open session is reused only while the customer still has this long to pay. */
const SESSION_REUSE_MARGIN_MS = 3_600_000;

export interface SendOptions {
  /**
   * Why a saved card could not be charged, when the link replaces that charge: on the timeline and
   * in the mail; the link is then sent only while the request is still QUOTED (a concurrent
   * fallback sent it already).
   */
  cardFailure?: string | undefined;
  /** Runs in the transaction that queues the mail (a campaign marks its outbox row); throwing sends nothing. */
  within?: ((tx: EntityManager) => Promise<void>) | undefined;
}

export type PayOutcome =
  | { kind: 'redirect'; url: string }
  | { kind: 'closed'; request: RequestView }
  | { kind: 'processing'; request: RequestView }
  /** The quote page first: the quote expired, offers a choice of payment not made yet, or awaits the customer's acceptance. */
  | { kind: 'quote' }
  | { kind: 'unknown' };

/** What /pay/:token/done shows: the Stripe session the customer comes back from, or the request's own state. */
export type ReturnOutcome =
  | { kind: 'unknown' }
  | { kind: 'session'; request: RequestView; session: CheckoutSessionState }
  | { kind: 'state'; request: RequestView; processing: boolean };

const SESSION_ID = /^cs_[A-Za-z0-9_]+$/;

/** Where refunding the whole deposit before the work is done moves the request: the admin's choice. */
export enum AfterDepositRefund {
  QUOTED = 'QUOTED',
  CANCELED = 'CANCELED',
}
registerEnumType(AfterDepositRefund, { name: 'AfterDepositRefund' });

/** Jobs closing at Stripe the links /pay no longer leads to (`closeRetiredLink`). */
export const LINK_CLOSING_QUEUE = 'stripe-close-link';

/** What each Stripe object of the request carries; a deposit's or balance's names its purpose (settling reads it). */
export const metadataOf = (request: RequestView, purpose = PayPurpose.FULL): ObjectMetadata => ({
  service_request_id: request.id,
  quote_version: String(request.quoteVersion),
  ...(purpose === PayPurpose.FULL ? {} : { purpose }),
});

/** The attempt purpose of the link or session collecting `purpose` (a full payment's as before purposes existed). */
const attemptPurpose = (kind: PayableKind, purpose: PayPurpose) =>
  purpose === PayPurpose.FULL ? kind : `${kind}-${purpose.toLowerCase()}`;

/**
 * The payment side of a request: the stable /pay URL, the Stripe objects behind it (created under
 * attempt records with idempotency keys), their retirement, and refunds.
 */
export class PaymentsService {
  private readonly attempts: StripeAttempts;

  constructor(
    private readonly em: EntityManager,
    private readonly settings: Settings,
    private readonly business: BusinessService,
    private readonly provider: PaymentProvider,
    private readonly tokens: PayTokens,
    private readonly engine: Engine,
    private readonly paymentEvents: PaymentEventsService,
    private readonly jobs: JobQueue,
    /** Waits for `calls` of the account's Stripe rate limit (STRIPE_RATE_LIMIT, shared by replicas). */
    private readonly stripeCalls: (calls: number) => Promise<unknown>,
    private readonly log: Logger,
  ) {
    this.attempts = new StripeAttempts(provider.account);
  }

  /** The Stripe account objects are created in. */
  get account(): string {
    return this.provider.account;
  }

  payUrl(request: Pick<RequestView, 'payTokenSealed'>): string | null {
    return this.customerUrl(request, 'pay');
  }

  /** The customer's quote page: the same token as /pay. */
  quoteUrl(request: Pick<RequestView, 'payTokenSealed'>): string | null {
    return this.customerUrl(request, 'quote');
  }

  private customerUrl(request: Pick<RequestView, 'payTokenSealed'>, page: 'pay' | 'quote'): string | null {
    const token = request.payTokenSealed ? this.tokens.unseal(request.payTokenSealed) : undefined;
    return token ? `${this.settings.PUBLIC_BASE_URL}/${page}/${token}` : null;
  }

  /**
   * Makes sure the current quote can be paid, moves the request to AWAITING_PAYMENT and mails the
   * customer the stable URL. Stripe is called before the transition, so a Stripe failure leaves
   * the request as it was; a retry reuses the same attempt and so the same link. See SendOptions.
   */
  async sendPaymentLink(
    em: EntityManager,
    id: string,
    source: ChangeSource,
    options: SendOptions = {},
  ): Promise<RequestView> {
    const fallback = options.cardFailure === undefined ? undefined : { reason: options.cardFailure };
    const request = await readRequestOrFail(em, id);
    await this.engine.check(em, request, A.SEND_LINK);
    // A token sealed under an earlier SESSION_SECRET cannot be shown again: a new one replaces it.
    const existing = request.payTokenSealed ? this.tokens.unseal(request.payTokenSealed) : undefined;
    const issued = existing ? undefined : this.tokens.issue();
    const token = existing ?? (issued?.token as string);
    if (this.settings.PAYMENT_PRIMITIVE === 'payment_link') {
      await this.currentLink(em, request, token, payPurpose(request) as PayPurpose);
    }
    return this.engine.change(em, id, async (change, tx) => {
      if (fallback && change.request.status !== S.QUOTED) return; // a concurrent fallback sent it already
      await this.engine.check(tx, change.request, A.SEND_LINK);
      if (issued && change.request.payTokenHash === request.payTokenHash) {
        change.set({ payTokenHash: issued.hash, payTokenSealed: issued.sealed }, source);
      }
      const resend = change.request.status === S.AWAITING_PAYMENT;
      change.move(S.AWAITING_PAYMENT, {
        kind: 'LINK_SENT',
        source,
        amount: change.request.quoteAmount,
        note: fallback
          ? `Saved card not charged (${fallback.reason}); payment link sent`
          : resend
            ? 'Resent'
            : undefined,
      });
      await options.within?.(tx);
      const sent = change.request;
      const business = await this.business.mailIdentity(tx);
      const lines = await quoteLinesOf(tx, sent);
      await enqueueMail(tx, sent, quoteMail(business, sent, { lines }, this.payUrl(sent) as string, fallback?.reason));
      // Its reminders count from the first sending of this version.
      await claimQuoteStep(tx, sent, QUOTE_SENT);
    });
  }

  /** A new /pay URL; the old one stops working at once. */
  rotatePayUrl(em: EntityManager, id: string, source: ChangeSource): Promise<RequestView> {
    return this.engine.act(em, id, A.ROTATE_PAY_URL, (change) => {
      const issued = this.tokens.issue();
      change.set({ payTokenHash: issued.hash, payTokenSealed: issued.sealed }, source);
      return { kind: 'PAY_URL_ROTATED', source, note: 'The previous payment URL no longer works' };
    });
  }

  /**
   * Mails the customer the same /pay URL for the balance after a paid deposit (whenever the admin
   * sends it; /pay leads to the balance from the moment the deposit is paid). Moves no status.
   */
  async sendBalanceLink(em: EntityManager, id: string, source: ChangeSource): Promise<RequestView> {
    const request = await readRequestOrFail(em, id);
    await this.engine.check(em, request, A.SEND_BALANCE_LINK);
    const token = this.tokens.unseal(request.payTokenSealed as string);
    if (!token) throw new ConflictError('the payment URL was sealed under another secret: rotate it first');
    if (this.settings.PAYMENT_PRIMITIVE === 'payment_link')
      await this.currentLink(em, request, token, PayPurpose.BALANCE);
    return this.engine.act(em, id, A.SEND_BALANCE_LINK, async (change, tx) => {
      const balance = amountFor(PayPurpose.BALANCE, change.request);
      const url = this.payUrl(change.request) as string;
      const business = await this.business.mailIdentity(tx);
      await enqueueMail(tx, change.request, balanceLinkMail(business, change.request, balance, url));
      return { kind: 'BALANCE_LINK_SENT', source, amount: balance };
    });
  }

  /** Where /pay/:token leads: the current Stripe page (minted on demand), or a page saying why not. */
  async resolvePay(em: EntityManager, token: string): Promise<PayOutcome> {
    const request = await this.requestOfToken(em, token);
    if (!request) return { kind: 'unknown' };
    const purpose = payPurpose(request);
    if (!purpose) return { kind: 'closed', request };
    if (await this.processing(em, request)) return { kind: 'processing', request };
    // The quote page first: an expired quote, a choice of deposit or full payment not made yet, or
    // a version awaiting the customer's acceptance (a new one after a paid deposit included).
    if (
      offerExpired(request) ||
      choicePending(request) ||
      (request.requireAcceptance && !(await isAccepted(em, request)))
    ) {
      return { kind: 'quote' };
    }
    if (this.settings.PAYMENT_PRIMITIVE === 'payment_link') {
      const link = await this.currentLink(em, request, token, purpose);
      const url = new URL(link.url);
      url.searchParams.set('prefilled_email', request.customerEmail);
      return { kind: 'redirect', url: url.toString() };
    }
    return { kind: 'redirect', url: (await this.currentSession(em, request, token, purpose)).url };
  }

  /** Whether a payment of the current quote is on its way (a bank debit): paying again would pay twice. */
  async processing(em: EntityManager, request: Pick<RequestView, 'id' | 'quoteVersion'>): Promise<boolean> {
    const [row] = await em.execute(
      `select 1 from payment where service_request_id = ? and status = ? and (quote_version = ? or quote_version is null)`,
      [request.id, PaymentStatus.PROCESSING, request.quoteVersion],
    );
    return row !== undefined;
  }

  /**
   * A payment of the current quote failed (a bank debit returned): its link or session was used up,
   * so it is retired (closed at Stripe after commit) and /pay makes a fresh one; the customer is
   * told, with the same /pay URL.
   */
  readonly onPaymentFailed = async (tx: EntityManager, request: RequestView, amount: number): Promise<void> => {
    await retireQuoteLinks(tx, request);
    const url = this.payUrl(request);
    if (url)
      await enqueueMail(tx, request, paymentFailedMail(await this.business.mailIdentity(tx), request, amount, url));
  };

  /** A payment's money arrived: its receipt, once per payment. */
  readonly onPaymentReceived = async (tx: EntityManager, request: RequestView, payment: ReceivedPayment) => {
    const paid = { ...payment, paymentId: payment.id, method: paidBy(payment) };
    const draft = receiptMail(await this.business.mailIdentity(tx), request, paid);
    await enqueueMail(tx, request, draft, MAIL_KEYS.receipt(payment.id));
  };

  /** A refund succeeded: the customer is told, once per refund. */
  readonly onRefundSucceeded = async (tx: EntityManager, request: RequestView, refund: SucceededRefund) => {
    const draft = refundMail(await this.business.mailIdentity(tx), request, refund);
    await enqueueMail(tx, request, draft, MAIL_KEYS.refund(refund.stripeRefundId));
  };

  /** The request a /pay token leads to (the current token only: a rotated one leads nowhere). */
  requestOfToken(em: EntityManager, token: string): Promise<RequestView | undefined> {
    return requestOfTokenHash(em, PayTokens.hash(token));
  }

  /**
   * What the customer coming back from Stripe to /pay/:token/done sees. An unknown token is
   * unknown without asking Stripe. The session is retrieved only while the request is not paid
   * yet, when it can be one of the request's: a session it minted (checkout_session), or any
   * session while it has a live Payment Link (Stripe mints those sessions) — and only when
   * `mayAskStripe` allows it (a budget per token). It is shown only when its Payment Link or its
   * metadata names this request; otherwise the request's own state is shown (the webhook records
   * the payment anyway).
   */
  async returnedFrom(
    em: EntityManager,
    token: string,
    sessionId: string,
    mayAskStripe: () => Promise<boolean>,
  ): Promise<ReturnOutcome> {
    const request = await this.requestOfToken(em, token);
    if (!request) return { kind: 'unknown' };
    if (SESSION_ID.test(sessionId) && (await this.mayBeOurs(em, request, sessionId)) && (await mayAskStripe())) {
      const session = await this.provider.retrieveCheckoutSession(sessionId).catch((error: unknown) => {
        this.log.warn({ err: error, session: sessionId }, 'could not retrieve a returning session');
        return undefined;
      });
      if (session && (await this.paysFor(em, request, session))) return { kind: 'session', request, session };
    }
    const processing = payPurpose(request) !== undefined && (await this.processing(em, request));
    return { kind: 'state', request, processing };
  }

  /** Whether `sessionId` can be one of the request's sessions, as far as our own rows tell. */
  private async mayBeOurs(em: EntityManager, request: RequestView, sessionId: string): Promise<boolean> {
    return payPurpose(request) !== undefined && hasLink(em, request.id, sessionId, true);
  }

  /** Whether Stripe's session names this request: by its Payment Link or by its metadata. */
  private async paysFor(em: EntityManager, request: RequestView, session: CheckoutSessionState): Promise<boolean> {
    if (session.metadata['service_request_id'] === request.id) return true;
    return !!session.paymentLinkId && hasLink(em, request.id, session.paymentLinkId, false);
  }

  /**
   * Refunds `amount` (default: all that is left) of a Stripe payment (default: the latest one that
   * can be). The outcome arrives by webhook; the pending refund already counts against what is left.
   * Refunding the whole deposit before the work is done cancels the booking: the request goes to
   * CANCELED once the refund succeeds, or back to QUOTED when `afterDeposit` says so (refused otherwise).
   */
  async refund(
    em: EntityManager,
    id: string,
    paymentId: string | undefined,
    amount: number | undefined,
    source: ChangeSource,
    afterDeposit?: AfterDepositRefund,
  ) {
    const request = await readRequestOrFail(em, id);
    const payment = await this.refundablePayment(em, request, paymentId);
    const refunds = await em.find(Refund, { payment, status: { $in: [...REFUND_COUNTS] } });
    const left = payment.amount - refunds.reduce((sum, r) => sum + r.amount, 0);
    const value = amount ?? left;
    if (!Number.isInteger(value) || value < 1 || value > left) {
      throw new BadUserInputError(
        'amount',
        left > 0 ? `must be between 1 and ${left}` : 'nothing is left to refund on this payment',
      );
    }
    const wholeDeposit =
      payment.purpose === PayPurpose.DEPOSIT &&
      value === left &&
      request.balanceDue &&
      [S.DEPOSIT_PAID, S.SCHEDULED].includes(request.status);
    if (!wholeDeposit && afterDeposit) {
      throw new BadUserInputError('afterDepositRefund', 'only for refunding the whole deposit before the work is done');
    }
    const booking = wholeDeposit ? (afterDeposit === AfterDepositRefund.QUOTED ? S.QUOTED : S.CANCELED) : undefined;
    if (booking) await this.bookingAfterRefund(em, id, booking, source);
    const result = await this.attempts
      .run(
        em,
        { scope: request.id, purpose: `refund-${payment.id}`, quoteVersion: request.quoteVersion, request },
        true, // every refund is a deliberate new one: two partial refunds of one amount are two refunds
        (key) => this.provider.refund(payment.stripePaymentIntentId as string, value, metadataOf(request), key),
      )
      .catch(async (error: unknown) => {
        if (booking) await this.bookingAfterRefund(em, id, undefined, source); // no refund: the booking stands
        throw error;
      });
    // Recorded as the webhook will report it (one row and one timeline entry per refund, whichever comes first).
    await this.paymentEvents.recordRefund(
      em,
      {
        paymentIntentId: payment.stripePaymentIntentId as string,
        refundId: result.id,
        amount: result.amount,
        state: result.status,
        at: Math.floor(Date.now() / 1000),
      },
      source,
    );
    // The customer is told once the refund succeeds (`onRefundSucceeded`), now or by webhook.
    return readRequestOrFail(em, id);
  }

  /** Stores where the refunded deposit's request goes; settling the refund moves it there (payment-events.service.ts). */
  private bookingAfterRefund(em: EntityManager, id: string, to: S | undefined, source: ChangeSource) {
    return this.engine.change(em, id, (change) => change.set({ depositRefundTo: to }, source));
  }

  private async refundablePayment(
    em: EntityManager,
    request: RequestView,
    paymentId: string | undefined,
  ): Promise<Payment> {
    if (paymentId && !isUuid(paymentId)) throw new NotFoundError('Payment', paymentId);
    const candidates = await em.find(
      Payment,
      { serviceRequest: request.id, ...(paymentId ? { id: paymentId } : {}) },
      { orderBy: { createdAt: 'desc' } },
    );
    if (paymentId && candidates.length === 0) throw new NotFoundError('Payment', paymentId);
    const refundable = candidates.filter((p) =>
      [PaymentStatus.SUCCEEDED, PaymentStatus.PARTIALLY_REFUNDED].includes(p.status),
    );
    const chosen = refundable.find(isRefundable) ?? refundable[0];
    if (!chosen) throw new ConflictError('this request has no payment left to refund');
    if (chosen.disputed)
      throw new ConflictError(
        'this charge is disputed: Stripe does not allow refunding it; answer the dispute instead',
      );
    if (chosen.method !== PaymentMethod.STRIPE || !chosen.stripePaymentIntentId) {
      throw new ConflictError('this payment was made outside Stripe; refund it the same way');
    }
    return chosen;
  }

  /** The consent Stripe shows when the quote offers to save the card, naming the business as saved now. */
  private async saveCardOption(em: EntityManager, request: RequestView) {
    if (!request.saveCard) return undefined;
    return { consentText: cardConsentText((await this.business.mailIdentity(em)).name) };
  }

  /**
   * The active Payment Link of the current quote, created (a Price per line, and the Link) if there
   * is none: the work lines and one line per tax rate (stripe-lines.ts).
   */
  private async currentLink(
    em: EntityManager,
    request: RequestView,
    token: string,
    purpose: PayPurpose,
  ): Promise<LinkRow> {
    const kind = PayableKind.PAYMENT_LINK;
    const spec = {
      scope: request.id,
      purpose: attemptPurpose(kind, purpose),
      quoteVersion: request.quoteVersion,
      request,
    };
    const existing = await activeLink(em, request, kind, purpose);
    if (existing) return existing;
    const lines =
      purpose === PayPurpose.FULL ? paymentLinkLines(await quoteLinesOf(em, request)) : [purposeLine(purpose, request)];
    const saveCard = await this.saveCardOption(em, request);
    const created = await this.attempts.run(
      em,
      spec,
      false,
      (key) =>
        this.provider.createPaymentLink({
          saveCard,
          lines,
          currency: request.currency,
          description: request.description,
          metadata: metadataOf(request, purpose),
          successUrl: `${this.settings.PUBLIC_BASE_URL}/pay/${token}/done?session_id={CHECKOUT_SESSION_ID}`,
          priceKey: `${key}-price`,
          linkKey: key,
        }),
      (tx, link) =>
        insertLink(tx, request, {
          kind,
          purpose,
          stripeId: link.id,
          url: link.url,
          stripePriceIds: link.priceIds,
          expected: expectedAmounts(kind, request, purpose),
        }),
    );
    return (await linkByStripeId(em, created.id)) as LinkRow;
  }

  /**
   * An open Checkout Session of the current quote with time left, or a fresh one: each quote line,
   * named after the work, with its Stripe Tax Rate.
   */
  private async currentSession(
    em: EntityManager,
    request: RequestView,
    token: string,
    purpose: PayPurpose,
  ): Promise<LinkRow> {
    const kind = PayableKind.CHECKOUT_SESSION;
    const open = await activeLink(em, request, kind, purpose, SESSION_REUSE_MARGIN_MS);
    if (open) return open;
    const quoteLines = purpose === PayPurpose.FULL ? await quoteLinesOf(em, request) : [];
    const [rates, customerId] = await Promise.all([this.stripeTaxRates(em, quoteLines), this.customerId(em, request)]);
    const lines = purpose === PayPurpose.FULL ? sessionLines(quoteLines, rates) : [purposeLine(purpose, request)];
    const saveCard = await this.saveCardOption(em, request);
    const base = `${this.settings.PUBLIC_BASE_URL}/pay/${token}`;
    const created = await this.attempts.run(
      em,
      { scope: request.id, purpose: attemptPurpose(kind, purpose), quoteVersion: request.quoteVersion, request },
      true, // each visit without a usable session deliberately opens a new one
      (key) =>
        this.provider.createCheckoutSession({
          saveCard,
          customerId,
          lines,
          currency: request.currency,
          description: request.description,
          metadata: metadataOf(request, purpose),
          successUrl: `${base}/done?session_id={CHECKOUT_SESSION_ID}`,
          cancelUrl: base,
          expiresAt: new Date(Date.now() + SESSION_LIFETIME_MS),
          idempotencyKey: key,
        }),
      (tx, session) =>
        insertLink(tx, request, {
          kind,
          purpose,
          stripeId: session.id,
          url: session.url,
          expiresAt: session.expiresAt,
          expected: expectedAmounts(kind, request, purpose),
        }),
    );
    return (await linkByStripeId(em, created.id)) as LinkRow;
  }

  /**
   * The Stripe Tax Rate of each of the lines' rates (ours → Stripe's id), created once per account
   * and name under an attempt record, whose Stripe id is then remembered: a rate's percentage and
   * behaviour never change, and a new name makes a new Stripe rate (its display name).
   */
  private async stripeTaxRates(em: EntityManager, lines: readonly QuoteLineRow[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (const { taxRate: rate } of lines) {
      if (!rate || ids.has(rate.id)) continue;
      const name = createHash('sha256').update(rate.name).digest('hex').slice(0, 16);
      const spec = { scope: `tax-rate-${rate.id}-${name}`, purpose: 'tax_rate' };
      const done = await this.attempts.succeeded(em, spec);
      const id =
        done?.stripeId ??
        (
          await this.attempts.run(em, spec, false, async (key) => ({
            id: await this.provider.createTaxRate(
              { displayName: rate.name, percentage: rate.percentage, inclusive: rate.inclusive },
              key,
            ),
          }))
        ).id;
      ids.set(rate.id, id);
    }
    return ids;
  }

  /**
   * One Stripe Customer per customer email, reused across requests: the one on the customer's
   * record when it is in this account, else one created under an attempt and recorded there.
   */
  private async customerId(em: EntityManager, request: RequestView): Promise<string> {
    const customer = await em.fork().findOneOrFail(Customer, { id: request.customer.id });
    if (customer.stripeCustomerId && customer.stripeAccount === this.provider.account) return customer.stripeCustomerId;
    const spec = {
      scope: `customer-${createHash('sha256').update(request.customerEmail).digest('hex').slice(0, 32)}`,
      purpose: 'customer',
    };
    const done = await this.attempts.succeeded(em, spec);
    const id =
      done?.stripeId ??
      (
        await this.attempts.run(em, spec, false, async (key) => ({
          id: await this.provider.createCustomer(request.customerEmail, request.customerName, key),
        }))
      ).id;
    // Only fills an empty (or other-account) link: a saved card's Customer is never replaced.
    await em
      .fork()
      .nativeUpdate(
        Customer,
        { id: customer.id, $or: [{ stripeCustomerId: null }, { stripeAccount: { $ne: this.provider.account } }] },
        { stripeCustomerId: id, stripeAccount: this.provider.account },
      );
    return id;
  }

  /**
   * After every change (a subscriber, services.ts): a link may be followed only while its quote is
   * current, unexpired, and it collects what /pay collects now (payPurpose: paying a deposit retires
   * the full payment's link, and the deposit's own). Retires the others in one statement and queues, in the same
   * transaction, the closing at Stripe of every retired link not closed yet (those a payment's
   * failure retired too); the link's id is the job's, so a link already queued is not queued again.
   */
  readonly retireStaleLinks = async (tx: EntityManager, request: RequestView): Promise<void> => {
    const toClose = await retireStaleLinks(tx, request, offerExpired(request) ? undefined : payPurpose(request));
    for (const id of toClose) await this.jobs.enqueue(tx, LINK_CLOSING_QUEUE, id, { linkId: id });
  };

  /**
   * The job: closes at Stripe a link /pay no longer leads to — a Payment Link (and the sessions it
   * opened, which deactivation leaves payable) or a session. Each call is idempotent, so a retry
   * after a partial run repeats what was done harmlessly; throwing makes the queue try again later.
   */
  async closeRetiredLink(linkId: string): Promise<void> {
    const em = this.em.fork();
    const link = await linkToClose(em, linkId);
    if (!link) return; // closed already, or (never the case today) made current again
    if (link.kind === PayableKind.PAYMENT_LINK) {
      await this.stripeCalls(2);
      await this.provider.deactivatePaymentLink(link.stripeId, link.stripePriceId?.split(' ') ?? []);
      await this.stripeCalls(1);
      for (const session of await this.provider.listOpenSessions(link.stripeId)) {
        await this.stripeCalls(2);
        await this.provider.expireCheckoutSession(session);
      }
    } else {
      await this.stripeCalls(2);
      await this.provider.expireCheckoutSession(link.stripeId);
    }
    await markLinkClosed(em, linkId);
  }
}
