import { formatAmount, formatQuantity } from '@service-desk/currency';

import { formatDate, formatDateTime } from '../common/time-zone';
import type { RequestView } from '../data/requests';
import { compose, type MailBusiness, type MailDraft } from './compose';

/* The mails customers (and the business) receive; each names the business and what it is about. */

/** What the customer agrees to when a quote offers to save the card, shown by Stripe's pay button. */
export function cardConsentText(business: string): string {
  return `By paying, you allow ${business} to save this card and charge it for future visits you ask for. You can ask us to remove it at any time.`;
}

/** The quote's figures: each line, then the totals. */
export interface QuoteFigures {
  lines: readonly { description: string; quantity: number; unitAmount: number; amount: number }[];
}

const money = (amount: number, currency: string) => formatAmount(amount, currency);
const hello = (request: Pick<RequestView, 'customerName'>) => `Hello ${request.customerName},`;

/** The public form's request arrived: what the customer asked for, and that we will answer. */
export function requestReceivedMail(business: MailBusiness, request: RequestView): MailDraft {
  return compose(business, 'REQUEST_RECEIVED', `${business.name}: we received your request`, hello(request), [
    `Thank you: ${business.name} received your request and will answer with a quote.`,
    `You asked for:\n${request.description}`,
    `Received on ${formatDateTime(request.createdAt, business.timeZone)}.`,
  ]);
}

/** To the business: a customer asked for something through the public form. */
export function newRequestMail(business: MailBusiness, request: RequestView, url: string): MailDraft {
  return compose(business, 'NEW_REQUEST', `New request from ${request.customerName}`, 'Hello,', [
    { rows: contactRows(request) },
    request.description,
    { link: url, label: 'Open the request' },
  ]);
}

function contactRows(request: RequestView): [string, string][] {
  return [
    ['Customer', request.customerName],
    ['Email', request.customerEmail],
    ...(request.customerPhone ? [['Phone', request.customerPhone] as [string, string]] : []),
    ...(request.address ? [['Address', request.address] as [string, string]] : []),
  ];
}

/**
 * The quote: each line, the totals, its validity, note and terms, and the /pay link.
 * `cardFailure`: why the saved card could not be charged, when this link replaces that charge.
 */
export function quoteMail(
  business: MailBusiness,
  request: RequestView,
  quote: QuoteFigures,
  payUrl: string,
  cardFailure?: string,
): MailDraft {
  const { currency } = request;
  const total = money(request.quoteAmount as number, currency);
  const lines = quote.lines.map(
    (line) =>
      [
        `${line.description} — ${formatQuantity(line.quantity)} × ${money(line.unitAmount, currency)}`,
        money(line.amount, currency),
      ] as const,
  );
  const totals: [string, string][] = [
    ...(request.taxAmount
      ? ([
          ['Subtotal', money(request.subtotal ?? 0, currency)],
          ['Tax', money(request.taxAmount, currency)],
        ] as [string, string][])
      : []),
    ['Total', total],
  ];
  const draft = compose(business, 'PAYMENT_LINK', `${business.name}: your quote of ${total}`, hello(request), [
    `${business.name} has quoted ${total} for: ${request.description}`,
    { rows: [...lines, ...totals] },
    ...(request.depositAmount
      ? [`A deposit of ${money(request.depositAmount, currency)} books the work; the balance is due later.`]
      : []),
    ...(request.validUntil ? [`This quote is valid until ${formatDate(request.validUntil, business.timeZone)}.`] : []),
    ...(request.quoteNote ? [request.quoteNote] : []),
    ...(cardFailure ? [`We could not charge your saved card: ${cardFailure}\nPlease pay with the link below.`] : []),
    { link: payUrl, label: 'Pay securely with Stripe' },
    'This link does not expire, and always shows the current quote.',
    ...(request.quoteTerms ? [`Terms:\n${request.quoteTerms}`] : []),
  ]);
  return { ...draft, documents: [{ document: 'quote', quoteVersion: request.quoteVersion }] };
}

/** The balance after a paid deposit, through the same /pay URL. */
export function balanceLinkMail(
  business: MailBusiness,
  request: RequestView,
  balance: number,
  payUrl: string,
): MailDraft {
  const amount = money(balance, request.currency);
  return compose(business, 'BALANCE_LINK', `${business.name}: the balance of ${amount}`, hello(request), [
    `Thank you for your deposit. The balance of ${amount} is due for: ${request.description}`,
    { link: payUrl, label: 'Pay securely with Stripe' },
    'This is the same link as before; it does not expire.',
  ]);
}

export function reminderMail(business: MailBusiness, request: RequestView, payUrl: string): MailDraft {
  const amount = money(request.quoteAmount as number, request.currency);
  return compose(business, 'REMINDER', `${business.name}: a reminder about ${amount}`, hello(request), [
    `A friendly reminder: ${amount} for ${request.description} is still open.`,
    ...(request.validUntil ? [`The quote is valid until ${formatDate(request.validUntil, business.timeZone)}.`] : []),
    { link: payUrl, label: 'Pay securely with Stripe' },
  ]);
}

export function scheduledMail(business: MailBusiness, request: RequestView): MailDraft {
  const when = formatDateTime(request.scheduledFor as Date, business.timeZone);
  return compose(business, 'SCHEDULED', `${business.name}: your appointment on ${when}`, hello(request), [
    `We will come on ${when} for: ${request.description}`,
    ...(request.address ? [`At: ${request.address}`] : []),
  ]);
}

/** What a receipt tells of one payment. */
export interface PaidFacts {
  /** The payment's id: its receipt PDF is attached. */
  paymentId: string;
  amount: number;
  currency: string;
  /** How it was paid, as `paidBy` names it. */
  method: string;
  at: Date;
}

/** Stripe's payment method types, as a customer would name them. */
const METHOD_NAMES: Readonly<Record<string, string>> = {
  card: 'Card',
  us_bank_account: 'US bank account (ACH)',
  sepa_debit: 'SEPA Direct Debit',
  bacs_debit: 'Bacs Direct Debit',
  link: 'Link',
};

/** Card networks as Stripe names them (`payment_method_details.card.brand`), as printed on cards. */
const BRAND_NAMES: Readonly<Record<string, string>> = {
  amex: 'American Express',
  diners: 'Diners Club',
  discover: 'Discover',
  eftpos_au: 'eftpos',
  jcb: 'JCB',
  mastercard: 'Mastercard',
  unionpay: 'UnionPay',
  visa: 'Visa',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).replace(/_/g, ' ');

/**
 * How a payment was made, as its receipt (mail and PDF) says it: the card's brand and last 4
 * digits when Stripe's Charge gave them, else Stripe's payment method type, or by hand.
 */
export function paidBy(payment: {
  method: 'STRIPE' | 'MANUAL';
  methodType: string | null | undefined;
  cardBrand?: string | null | undefined;
  cardLast4?: string | null | undefined;
}): string {
  if (payment.method === 'MANUAL') return 'Paid in person (cash, cheque or transfer)';
  const { methodType: type, cardBrand: brand, cardLast4: last4 } = payment;
  if (brand && last4) return `${BRAND_NAMES[brand] ?? capitalised(brand)} ending ${last4}`;
  return type ? (METHOD_NAMES[type] ?? capitalised(type)) : 'Online payment (Stripe)';
}

export function receiptMail(business: MailBusiness, request: RequestView, paid: PaidFacts): MailDraft {
  const amount = money(paid.amount, paid.currency);
  const draft = compose(
    business,
    'RECEIPT',
    `${business.name}: receipt for your payment of ${amount}`,
    hello(request),
    [
      `Thank you: ${business.name} received your payment for: ${request.description}`,
      {
        rows: [
          ['Amount', amount],
          ['Paid by', paid.method],
          ['Paid on', formatDateTime(paid.at, business.timeZone)],
        ],
      },
      'The receipt is attached as a PDF.',
    ],
  );
  return { ...draft, documents: [{ document: 'receipt', paymentId: paid.paymentId }] };
}

export function refundMail(
  business: MailBusiness,
  request: RequestView,
  refunded: { amount: number; currency: string },
): MailDraft {
  const amount = money(refunded.amount, refunded.currency);
  return compose(business, 'REFUND', `${business.name}: a refund of ${amount}`, hello(request), [
    `We have refunded ${amount} to the card or account you paid with, for: ${request.description}`,
    'Banks usually show it within 5 to 10 business days.',
  ]);
}

/** A delayed payment (a bank debit) failed: the same /pay URL leads to a fresh payment page. */
export function paymentFailedMail(
  business: MailBusiness,
  request: RequestView,
  amount: number,
  payUrl: string,
): MailDraft {
  const text = money(amount, request.currency);
  return compose(
    business,
    'PAYMENT_FAILED',
    `${business.name}: your payment of ${text} did not go through`,
    hello(request),
    [
      `Your bank did not complete your payment of ${text} for: ${request.description}`,
      'Nothing was taken. You can pay again, by card or bank, with the same link:',
      { link: payUrl, label: 'Pay again' },
    ],
  );
}

/** An owner invited someone to the team: the one-time link to choose a name and a password. */
export function invitationMail(business: string, inviter: string, role: string, link: string): MailDraft {
  return {
    kind: 'INVITATION',
    subject: `${business}: ${inviter} invites you to the back office`,
    text: [
      'Hello,',
      '',
      `${inviter} invites you to ${business}'s back office as ${role === 'OWNER' ? 'an owner' : 'a staff member'}.`,
      'Choose your name and password here (the link works once, for 7 days):',
      link,
      '',
      `— ${business}`,
    ].join('\n'),
  };
}

/** Someone asked to reset an admin's password: the one-time link to choose a new one. */
export function passwordResetMail(business: string, link: string): MailDraft {
  return {
    kind: 'PASSWORD_RESET',
    subject: `${business}: reset your password`,
    text: [
      'Hello,',
      '',
      `Someone asked to reset your password for ${business}'s back office. If it was you, choose a new one here`,
      '(the link works once, for one hour):',
      link,
      '',
      'If it was not you, ignore this mail: your password stays as it is.',
      '',
      `— ${business}`,
    ].join('\n'),
  };
}

/** To the business (NOTIFY_EMAIL or every owner): the customer declined the quote, or asks for a new one. */
export function customerAnswerMail(
  business: string,
  kind: 'QUOTE_DECLINED' | 'NEW_QUOTE_ASKED',
  request: RequestView,
  requestUrl: string,
  reason: string | undefined,
): MailDraft {
  const what = kind === 'QUOTE_DECLINED' ? 'declined the quote' : 'asks for a new quote (the last one expired)';
  return {
    kind,
    subject: `${business}: ${request.customerName} ${what}`,
    text: [
      `${request.customerName} (${request.customerEmail}) ${what} for: ${request.description}`,
      '',
      ...(kind === 'QUOTE_DECLINED' ? [`Reason: ${reason ?? '(none given)'}`, ''] : []),
      `The request stays open to a new quote: ${requestUrl}`,
    ].join('\n'),
  };
}
