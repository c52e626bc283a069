import type { EntityManager } from '@mikro-orm/postgresql';

import type { BusinessLook, BusinessService } from '../business/business.service';
import type { BusinessSettings } from '../business/business.types';
import { nameProblem } from '../common/contact';
import { type AcceptanceRow, currentAcceptances, insertAcceptance } from '../data/acceptances';
import { type QuoteLineRow, quoteLinesOf } from '../data/quote-lines';
import type { RequestView } from '../data/requests';
import type { Engine } from '../engine/engine';
import { offerExpired } from '../engine/facts';
import { PAYABLE, payOptions, payPurpose } from '../engine/lifecycle';
import type { PayPurpose } from '../engine/payment-enums';
import { ChangeSource, ServiceRequestStatus as S } from '../engine/status';
import { customerAnswerMail } from '../mail/messages';
import { enqueueAdminMail } from '../mail/outbox';
import { PayTokens } from '../payments/pay-token';
import type { PaymentsService } from '../payments/payments.service';
import { quoteContentHash } from './quote-content';

export const MAX_NAME = 200;
export const MAX_REASON = 2000;

/** A reason may span lines; no other control characters. */
const REASON_CONTROL = /[^\P{Cc}\n\r\t]|[\u2028\u2029]/u;

/** What the quote page shows of a payable quote. */
export interface QuoteView {
  request: RequestView;
  lines: QuoteLineRow[];
  business: BusinessSettings;
  look: BusinessLook;
  hash: string;
  acceptance: AcceptanceRow | undefined;
  expired: boolean;
}

export type QuotePage =
  | { kind: 'unknown' }
  | { kind: 'closed'; request: RequestView; look: BusinessLook }
  | { kind: 'processing'; request: RequestView; look: BusinessLook }
  | { kind: 'quote'; view: QuoteView };

/** Why a customer's form changed nothing: the page says so (`status` its HTTP status). */
export interface Refusal {
  status: number;
  title: string;
  text: string;
}

export interface AcceptForm {
  name: string;
  version: string;
  hash: string;
  /** The way to pay the customer chose among those the page offered (`payOptions`), lower-cased. */
  pay: string;
}

/** Who sent a form: the address every limit counts, and the browser. */
export interface Client {
  address: string;
  userAgent: string | undefined;
}

const refused = (status: number, title: string, text: string): Refusal => ({ status, title, text });
const GONE = refused(404, 'Link not found', 'This quote link is not valid. Please use the latest email we sent you.');
const STALE = refused(
  409,
  'This quote has changed',
  'The quote was changed after you opened it, so nothing was accepted. Please read the current quote and accept it again.',
);

/**
 * The customer's side of a quote on `/quote/:token` (the /pay token): reading it, accepting the
 * current version (an acceptance per version, under the request's row lock), declining it, and
 * asking for a new one once it expired. Every change goes through the engine.
 */
export class QuotePageService {
  constructor(
    private readonly engine: Engine,
    private readonly payments: PaymentsService,
    private readonly business: BusinessService,
    private readonly businessUrl: string,
    /** Who the business is (services.ts: NOTIFY_EMAIL, or every owner). */
    private readonly notifyTo: (tx: EntityManager) => Promise<string[]>,
  ) {}

  async read(em: EntityManager, token: string): Promise<QuotePage> {
    const request = await this.payments.requestOfToken(em, token);
    if (!request) return { kind: 'unknown' };
    const look = await this.business.look(em);
    if (!payPurpose(request)) return { kind: 'closed', request, look };
    if (await this.payments.processing(em, request)) return { kind: 'processing', request, look };
    return { kind: 'quote', view: await this.view(em, request, await this.business.current(em), look) };
  }

  private async view(
    em: EntityManager,
    request: RequestView,
    business: BusinessSettings,
    look: BusinessLook,
  ): Promise<QuoteView> {
    const [lines, [acceptance]] = await Promise.all([quoteLinesOf(em, request), currentAcceptances(em, [request.id])]);
    return {
      request,
      lines,
      business,
      look,
      hash: quoteContentHash(request, lines),
      acceptance,
      expired: offerExpired(request),
    };
  }

  /**
   * Accepts the current version as the form loaded it, with the customer's way to pay (what /pay
   * then collects): refused when the quote changed since (its version or content hash, or the
   * choices it offers), when it is accepted already, expired, paid or closed. After a paid deposit
   * a new version is accepted with its balance; the request stays booked.
   */
  async accept(em: EntityManager, token: string, form: AcceptForm, client: Client): Promise<Refusal | undefined> {
    const name = form.name.trim();
    if (!name) return refused(400, 'Your name is needed', 'Please type your full name to accept the quote.');
    if (name.length > MAX_NAME || nameProblem(name)) {
      return refused(400, 'Your name is not valid', `Please type your full name: at most ${MAX_NAME} characters.`);
    }
    return this.onOpenQuote(em, token, async (change, tx, view) => {
      if (view.acceptance)
        return refused(409, 'Already accepted', 'This quote is accepted already; nothing was recorded twice.');
      if (form.version !== String(view.request.quoteVersion) || form.hash !== view.hash) return STALE;
      const options = payOptions(view.request);
      const pay = options.find((purpose) => purpose.toLowerCase() === form.pay);
      if (!pay) return STALE;
      const inserted = await insertAcceptance(tx, view.request, {
        name,
        clientAddress: client.address,
        userAgent: client.userAgent?.slice(0, 500),
        contentHash: view.hash,
        payChoice: pay,
      });
      if (!inserted) return refused(409, 'Already accepted', 'This quote is accepted already.');
      // The request keeps the choice only where there was one: payPurpose reads it.
      if (options.length > 1) change.set({ payChoice: pay }, ChangeSource.CUSTOMER);
      const entry = {
        kind: 'QUOTE_ACCEPTED',
        source: ChangeSource.CUSTOMER,
        note: `Accepted by ${name} (quote version ${view.request.quoteVersion}, from ${client.address}), paying ${PAYING[pay]}`,
      };
      if (PAYABLE.includes(view.request.status)) change.move(S.ACCEPTED, entry);
      else change.record(entry); // a new version after a paid deposit: the work stays booked
      return undefined;
    });
  }

  /** Records the customer's decline and tells the business; the request stays open to a new quote. */
  async decline(em: EntityManager, token: string, reason: string): Promise<Refusal | undefined> {
    const text = reason.trim();
    if (text.length > MAX_REASON || REASON_CONTROL.test(text)) {
      return refused(400, 'Reason not valid', `The reason can be at most ${MAX_REASON} characters of text.`);
    }
    return this.onOpenQuote(em, token, (change, tx, view) => {
      if (view.acceptance) return refused(409, 'Already accepted', 'This quote is accepted; please contact us.');
      change.record({
        kind: 'QUOTE_DECLINED',
        source: ChangeSource.CUSTOMER,
        note: text ? `Declined by the customer: ${text}` : 'Declined by the customer (no reason given)',
      });
      return this.notify(tx, 'QUOTE_DECLINED', view, text || undefined);
    });
  }

  /** After validUntil: records the customer's wish for a new quote and tells the business. */
  askForNewQuote(em: EntityManager, token: string): Promise<Refusal | undefined> {
    return this.onOpenQuote(
      em,
      token,
      (change, tx, view) => {
        change.record({ kind: 'NEW_QUOTE_ASKED', source: ChangeSource.CUSTOMER, note: 'The quote expired' });
        return this.notify(tx, 'NEW_QUOTE_ASKED', view, undefined);
      },
      true,
    );
  }

  /**
   * Runs `step` under the request's row lock on its current quote, if it is still open: payable,
   * nothing processing, and unexpired (or, with `expired`, expired).
   */
  private async onOpenQuote(
    em: EntityManager,
    token: string,
    step: (
      change: Parameters<Parameters<Engine['change']>[2]>[0],
      tx: EntityManager,
      view: QuoteView,
    ) => Promise<Refusal | undefined> | Refusal | undefined,
    expired = false,
  ): Promise<Refusal | undefined> {
    const found = await this.payments.requestOfToken(em, token);
    if (!found) return GONE;
    let refusal: Refusal | undefined;
    await this.engine.change(
      em,
      found.id,
      async (change, tx) => {
        const request = change.request as RequestView;
        if (request.payTokenHash !== PayTokens.hash(token)) return void (refusal = GONE); // rotated meanwhile
        if (!payPurpose(request) || (await this.payments.processing(tx, request))) {
          return void (refusal = refused(409, 'This quote is closed', 'There is nothing to accept or decline here.'));
        }
        const view = await this.view(tx, request, await this.business.current(tx), await this.business.look(tx));
        if (view.expired !== expired) {
          return void (refusal = expired
            ? refused(409, 'This quote is still valid', 'You can still accept or decline it.')
            : refused(410, 'This quote has expired', 'Please ask us for a new quote.'));
        }
        refusal = await step(change, tx, view);
      },
      { lock: true },
    );
    return refusal;
  }

  /** Mails the business through the outbox (in the change's transaction). */
  private async notify(
    tx: EntityManager,
    kind: 'QUOTE_DECLINED' | 'NEW_QUOTE_ASKED',
    view: QuoteView,
    reason: string | undefined,
  ): Promise<undefined> {
    const url = `${this.businessUrl}/requests/${view.request.id}`;
    for (const email of await this.notifyTo(tx)) {
      await enqueueAdminMail(tx, email, customerAnswerMail(view.business.name, kind, view.request, url, reason));
    }
    return undefined;
  }
}

/** How the timeline names each way to pay. */
const PAYING: Record<PayPurpose, string> = { DEPOSIT: 'the deposit', FULL: 'in full', BALANCE: 'the balance' };
