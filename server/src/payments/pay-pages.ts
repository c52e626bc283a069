import { formatAmount } from '@service-desk/currency';

import type { BusinessLook } from '../business/business.service';
import type { RequestView } from '../data/requests';
import { ServiceRequestStatus as S } from '../engine/status';
import type { CheckoutSessionState } from './provider';

export const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** The page's colour: the business's, when it is one (it was checked on saving; checked again here, in CSS). */
const accentOf = (look: BusinessLook) =>
  look.accentColor && /^#[0-9a-f]{6}$/i.test(look.accentColor) ? look.accentColor : '#1a1a1a';

/** What a customer page may add to the common look: its own styles. */
export interface PageLook {
  style?: string;
}

/** A small, self-contained page for customers (no scripts, readable on a phone), in the business's look. */
export function page(look: BusinessLook, title: string, body: string, extra: PageLook = {}): string {
  const logo = look.logoPath ? `<img src="${escape(look.logoPath)}" alt="" height="48">` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} — ${escape(look.name)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.4rem}.muted{color:#555}header{display:flex;align-items:center;gap:.75rem;border-bottom:3px solid ${accentOf(look)};padding-bottom:.5rem}
header img{max-width:10rem;object-fit:contain}.business{font-weight:600}${extra.style ?? ''}</style></head>
<body><main><header>${logo}<p class="business">${escape(look.name)}</p></header><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

const describe = (request: RequestView) => `<p class="muted">${escape(request.description)}</p>`;

/** What /pay shows when the request can no longer be paid. */
export function closedPage(business: BusinessLook, request: RequestView): string {
  const paid = request.quoteAmount !== undefined ? formatAmount(request.quoteAmount, request.currency) : '';
  const texts: Partial<Record<S, [string, string]>> = {
    [S.PAID]: ['Already paid', `We have received your payment${paid ? ` of ${paid}` : ''}. Thank you!`],
    [S.SCHEDULED]: ['Already paid', 'Your payment was received and the work is scheduled.'],
    [S.COMPLETED]: ['Already paid', 'This request is paid and the work is done. Thank you!'],
    [S.REFUNDED]: ['Refunded', 'This payment has been refunded.'],
    [S.DECLINED]: ['Request declined', 'We are sorry: we cannot take on this request, so there is nothing to pay.'],
    [S.CANCELED]: ['Request canceled', 'This request was canceled, so there is nothing to pay.'],
    [S.REQUESTED]: ['Not quoted yet', 'We have not sent a price for this request yet.'],
  };
  const [title, text] = texts[request.status] ?? ['Nothing to pay', 'There is nothing to pay here.'];
  return page(business, title, `<p>${escape(text)}</p>${describe(request)}`);
}

/** What /pay shows while a payment of the current quote is on its way (a bank debit takes days). */
export function processingPage(business: BusinessLook, request: RequestView): string {
  return page(
    business,
    'Payment in progress',
    `<p>${escape('Your payment is on its way: bank payments take a few days to complete. There is nothing more to do; we will email you if anything goes wrong.')}</p>${describe(request)}`,
  );
}

export function unknownPage(business: BusinessLook): string {
  return page(
    business,
    'Link not found',
    '<p>This payment link is not valid (it may have been replaced by a newer one). Please use the latest email we sent you, or contact us.</p>',
  );
}

export function unavailablePage(business: BusinessLook): string {
  return page(
    business,
    'Payment page unavailable',
    '<p>We cannot open the payment page right now. Please try again in a few minutes.</p>',
  );
}

/** The thank-you page after Stripe, saying what Stripe says of the payment. */
export function donePage(business: BusinessLook, request: RequestView, session: CheckoutSessionState): string {
  const amount =
    session.amountTotal !== null && session.currency ? formatAmount(session.amountTotal, session.currency) : '';
  if (session.status === 'complete' && session.paymentStatus === 'paid') {
    return page(
      business,
      'Thank you — payment received',
      `<p>We have received your payment${amount ? ` of ${amount}` : ''}.</p>${describe(request)}`,
    );
  }
  if (session.status === 'complete') {
    return page(
      business,
      'Payment processing',
      `<p>Your payment${amount ? ` of ${amount}` : ''} is being processed by your bank. We will email you once it is confirmed.</p>${describe(request)}`,
    );
  }
  return page(
    business,
    'Payment not completed',
    '<p>The payment was not completed. You can try again from the link in your email.</p>',
  );
}

/**
 * The page after Stripe when Stripe is not asked (the session is not this request's, or the
 * request used up its look-ups): what our own records say, which the webhook keeps current.
 */
export function returnPage(business: BusinessLook, request: RequestView, processing: boolean): string {
  if ([S.PAID, S.SCHEDULED, S.COMPLETED].includes(request.status)) {
    const paid = request.quoteAmount !== undefined ? formatAmount(request.quoteAmount, request.currency) : '';
    return page(
      business,
      'Thank you — payment received',
      `<p>We have received your payment${paid ? ` of ${paid}` : ''}.</p>${describe(request)}`,
    );
  }
  if (processing) return processingPage(business, request);
  if (request.status === S.QUOTED || request.status === S.AWAITING_PAYMENT) {
    return page(
      business,
      'Thank you — we are checking your payment',
      `<p>${escape('If you completed the payment, we are confirming it with our payment provider: this can take a minute, and this page shows it once it is confirmed. If you did not, you can pay from the link in your email.')}</p>${describe(request)}`,
    );
  }
  return closedPage(business, request);
}

export function tooManyRequestsPage(business: BusinessLook): string {
  return page(
    business,
    'Too many requests',
    '<p>This page was opened too often from your network. Please wait a minute and try again.</p>',
  );
}
