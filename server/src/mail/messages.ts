import { formatAmount } from '@service-desk/currency';

import type { RequestView } from '../data/requests';

/** The texts customers receive; each names the business and what it is about. */
export interface MailDraft {
  kind: string;
  subject: string;
  text: string;
}

/** What the customer agrees to when a quote offers to save the card, shown by Stripe's pay button. */
export function cardConsentText(business: string): string {
  return `By paying, you allow ${business} to save this card and charge it for future visits you ask for. You can ask us to remove it at any time.`;
}

/** `cardFailure`: why the saved card could not be charged, when this link replaces that charge. */
export function paymentLinkMail(
  business: string,
  request: RequestView,
  payUrl: string,
  cardFailure?: string,
): MailDraft {
  const amount = formatAmount(request.quoteAmount as number, request.currency);
  return {
    kind: 'PAYMENT_LINK',
    subject: `${business}: your quote of ${amount}`,
    text: [
      `Hello ${request.customerName},`,
      '',
      `${business} has quoted ${amount} for: ${request.description}`,
      '',
      ...(cardFailure
        ? [`We could not charge your saved card: ${cardFailure}`, 'Please pay with the link below.', '']
        : []),
      `Pay securely with Stripe here: ${payUrl}`,
      'This link does not expire, and always shows the current quote.',
      '',
      `— ${business}`,
    ].join('\n'),
  };
}

export function reminderMail(business: string, request: RequestView, payUrl: string): MailDraft {
  const amount = formatAmount(request.quoteAmount as number, request.currency);
  return {
    kind: 'REMINDER',
    subject: `${business}: a reminder about ${amount}`,
    text: [
      `Hello ${request.customerName},`,
      '',
      `A friendly reminder: ${amount} for ${request.description} is still open.`,
      '',
      `Pay securely with Stripe here: ${payUrl}`,
      '',
      `— ${business}`,
    ].join('\n'),
  };
}

export function scheduledMail(business: string, request: RequestView): MailDraft {
  const when = (request.scheduledFor as Date).toUTCString();
  return {
    kind: 'SCHEDULED',
    subject: `${business}: your appointment on ${when}`,
    text: [
      `Hello ${request.customerName},`,
      '',
      `We will come on ${when} for: ${request.description}`,
      '',
      `— ${business}`,
    ].join('\n'),
  };
}

export function refundMail(business: string, request: RequestView, amount: number, currency: string): MailDraft {
  const money = formatAmount(amount, currency);
  return {
    kind: 'REFUND',
    subject: `${business}: a refund of ${money}`,
    text: [
      `Hello ${request.customerName},`,
      '',
      `We have refunded ${money} to the card you paid with, for: ${request.description}`,
      'Banks usually show it within 5 to 10 business days.',
      '',
      `— ${business}`,
    ].join('\n'),
  };
}

/** A delayed payment (a bank debit) failed: the same /pay URL leads to a fresh payment page. */
export function paymentFailedMail(business: string, request: RequestView, amount: number, payUrl: string): MailDraft {
  const money = formatAmount(amount, request.currency);
  return {
    kind: 'PAYMENT_FAILED',
    subject: `${business}: your payment of ${money} did not go through`,
    text: [
      `Hello ${request.customerName},`,
      '',
      `Your bank did not complete your payment of ${money} for: ${request.description}`,
      'Nothing was taken. You can pay again, by card or bank, with the same link:',
      payUrl,
      '',
      `— ${business}`,
    ].join('\n'),
  };
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
