import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';

import type { BusinessService } from '../business/business.service';
import { ConflictError } from '../common/errors';
import { Customer } from '../customers/customer.entity';
import { readRequest, readRequestOrFail, type RequestView } from '../data/requests';
import type { Engine } from '../engine/engine';
import { ServiceRequestAction as A, amountFor, payPurpose } from '../engine/lifecycle';
import { PayPurpose } from '../engine/payment-enums';
import type { ChangeSource } from '../engine/status';
import { cardConsentText } from '../mail/messages';
import type { PaymentEventsService } from './payment-events.service';
import { metadataOf, type PaymentsService } from './payments.service';
import type { PaymentProvider } from './provider';
import { PaymentProviderError, StripeAttempts } from './stripe-attempts';

/** `metadata.charge` of a PaymentIntent made by charging a saved card: its webhook settles the request. */
export const SAVED_CARD_CHARGE = 'saved_card';

/** A card saved while paying, as a `payment_intent.succeeded` event reports it. */
export interface ReportedSavedCard {
  requestId: string;
  stripeCustomerId: string;
  paymentMethodId: string;
  /** When the customer paid, agreeing to the consent text. */
  at: Date;
}

/** Stripe's refusal in words for the customer and the timeline. */
function reasonOf(error: PaymentProviderError): string {
  if (error.extensions['stripeCode'] === 'authentication_required')
    return 'your bank asks you to confirm this payment yourself';
  return error.message.replace(/^Stripe: /, '');
}

/**
 * Cards customers agreed to have charged again: saved from the payment that offered it, charged
 * off-session for a later quote, and falling back to the normal /pay link when the bank declines
 * or asks for authentication.
 */
export class SavedCardsService {
  private readonly attempts: StripeAttempts;

  constructor(
    private readonly provider: PaymentProvider,
    private readonly engine: Engine,
    private readonly payments: PaymentsService,
    private readonly paymentEvents: PaymentEventsService,
    private readonly business: BusinessService,
    private readonly log: Logger,
  ) {
    this.attempts = new StripeAttempts(provider.account);
  }

  /**
   * Stores the card on the request's customer, with when and what was agreed, if the request's
   * quote offered saving it (else the customer never saw the consent text). Replays change nothing.
   * Returns false when the request is unknown.
   */
  async save(em: EntityManager, card: ReportedSavedCard, source: ChangeSource): Promise<boolean> {
    const request = await readRequest(em, card.requestId);
    if (!request) return false;
    if (!request.saveCard) return true;
    const customer = await em.findOneOrFail(Customer, { id: request.customer.id });
    if (customer.cardPaymentMethodId === card.paymentMethodId) return true;
    const details = await this.provider.retrieveCard(card.paymentMethodId);
    const { name } = await this.business.mailIdentity(em);
    await this.engine.change(
      em,
      request.id,
      async (change, tx) => {
        await tx.nativeUpdate(
          Customer,
          { id: customer.id },
          {
            stripeCustomerId: card.stripeCustomerId,
            stripeAccount: this.provider.account,
            cardPaymentMethodId: card.paymentMethodId,
            cardBrand: details.brand,
            cardLast4: details.last4,
            cardExpMonth: details.expMonth,
            cardExpYear: details.expYear,
            cardConsentAt: card.at,
            cardConsentText: cardConsentText(name),
            updatedAt: new Date(),
          },
        );
        change.record({
          kind: 'CARD_SAVED',
          source,
          note: `${details.brand ?? 'Card'} ending ${details.last4 ?? '????'} saved for future visits, as the customer agreed`,
        });
      },
      { lock: true },
    );
    return true;
  }

  /**
   * Charges the customer's saved card for the current quote of a QUOTED request, off-session,
   * under a stored attempt (so a retry replays the same charge and never makes a second). A
   * decline or a bank asking for authentication sends the normal /pay link instead, with the
   * reason; trouble reaching Stripe is an error to retry.
   */
  async charge(em: EntityManager, id: string, source: ChangeSource): Promise<RequestView> {
    const request = await readRequestOrFail(em, id);
    // The amount due: the quote or its deposit, or the balance after a paid deposit (each charged once).
    const purpose = payPurpose(request) ?? PayPurpose.FULL;
    const amount = amountFor(purpose, request);
    const spec = {
      scope: request.id,
      purpose: purpose === PayPurpose.FULL ? 'saved_card_charge' : `saved_card_charge-${purpose.toLowerCase()}`,
      quoteVersion: request.quoteVersion,
      request,
    };
    // Already charged for this quote, or a payment for it succeeded or is on its way: never a second charge.
    if (await this.attempts.succeeded(em, spec)) {
      throw new ConflictError('the saved card was already charged for this quote');
    }
    // Quoted, not paid or paying, with a card the customer agreed to (the action table's guard).
    await this.engine.check(em, request, A.CHARGE_SAVED_CARD);
    const customer = await em.findOneOrFail(Customer, { id: request.customer.id });
    const metadata = { ...metadataOf(request, purpose), charge: SAVED_CARD_CHARGE };
    let intent: { id: string; status: string };
    try {
      intent = await this.attempts.run(em, spec, false, (key) =>
        this.provider.chargeSavedCard({
          customerId: customer.stripeCustomerId as string,
          paymentMethodId: customer.cardPaymentMethodId as string,
          amount,
          currency: request.currency,
          description: request.description,
          metadata,
          idempotencyKey: key,
        }),
      );
    } catch (error) {
      if (!(error instanceof PaymentProviderError) || error.extensions['retryable'] === true) throw error;
      const reason = reasonOf(error);
      this.log.info({ requestId: id, reason }, 'saved card not charged; sending the payment link');
      return this.payments.sendPaymentLink(em, id, source, { cardFailure: reason });
    }
    // Applied as the webhook will apply it (idempotently), so the admin sees the outcome at once.
    await this.paymentEvents.receivePayment(
      em,
      {
        requestId: request.id,
        paymentIntentId: intent.id,
        amount,
        currency: request.currency,
        quoteVersion: request.quoteVersion,
        purpose,
        state: intent.status === 'succeeded' ? 'succeeded' : 'processing',
        at: Math.floor(Date.now() / 1000),
        createdAt: Math.floor(Date.now() / 1000),
      },
      source,
    );
    return readRequestOrFail(em.fork(), id);
  }
}
