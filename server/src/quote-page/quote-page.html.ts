import { formatAmount, formatQuantity } from '@service-desk/currency';

import type { BusinessSettings } from '../business/business.types';
import { amountDue, amountFor, payOptions } from '../engine/lifecycle';
import { PayPurpose } from '../engine/payment-enums';
import { escape, page, type PageLook } from '../payments/pay-pages';
import type { QuoteView, Refusal } from './quote-page.service';
import { MAX_NAME, MAX_REASON } from './quote-page.service';

/** The SPA's default accent, when the business has not chosen one. */
const DEFAULT_ACCENT = '#1c7ed6';

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
function textOn(hex: string): string {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}

/** The quote page's own styles in the business's accent colour (validated `#rrggbb` by the settings). */
export function quoteStyles(business: BusinessSettings): PageLook {
  const accent = /^#[0-9a-f]{6}$/i.test(business.accentColor ?? '') ? (business.accentColor as string) : DEFAULT_ACCENT;
  return {
    style: `table{width:100%;border-collapse:collapse}th,td{text-align:left;padding:.4rem 0;border-bottom:1px solid #ddd;vertical-align:top}
td.n,th.n{text-align:right;white-space:nowrap;padding-left:.5rem}tfoot td,tfoot th{border:0}.total th,.total td{font-weight:700}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}input,textarea{box-sizing:border-box;width:100%;font:inherit;padding:.5rem;border:1px solid #767676;border-radius:4px}
button,.button{display:inline-block;font:inherit;font-weight:600;padding:.6rem 1rem;margin:.75rem .5rem 0 0;border-radius:4px;border:2px solid ${accent};cursor:pointer;text-decoration:none}
.primary{background:${accent};color:${textOn(accent)}}.secondary{background:#fff;color:#1a1a1a}
section{margin:1.5rem 0}.notice{border-left:4px solid ${accent};padding:.25rem .75rem;background:#f6f6f6}
details{margin-top:1rem}summary{cursor:pointer;font-weight:600}.pre{white-space:pre-wrap}`,
  };
}

const when = (date: Date, business: BusinessSettings) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: business.timeZone }).format(
    new Date(date),
  );

/** The items, and subtotal / tax / total, as the customer's quote and Stripe's page show them. */
function itemsTable(view: QuoteView): string {
  const { request, lines } = view;
  const money = (amount: number) => escape(formatAmount(amount, request.currency));
  const rows = lines.map((line) => {
    const detail = `${escape(formatQuantity(line.quantity))} × ${money(line.unitAmount)}${
      line.taxRate
        ? ` · ${escape(line.taxRate.name)} ${escape(line.taxRate.percentage)} %${line.taxRate.inclusive ? ' (included)' : ''}`
        : ''
    }`;
    return `<tr><td>${escape(line.description)}<br><span class="muted">${detail}</span></td><td class="n">${money(line.amount)}</td></tr>`;
  });
  return `<table><caption class="muted">Quote version ${request.quoteVersion}</caption>
<thead><tr><th scope="col">Item</th><th scope="col" class="n">Amount</th></tr></thead>
<tbody>${rows.join('')}</tbody>
<tfoot><tr><th scope="row">Subtotal</th><td class="n">${money(request.subtotal)}</td></tr>
<tr><th scope="row">Tax</th><td class="n">${money(request.taxAmount)}</td></tr>
<tr class="total"><th scope="row">Total</th><td class="n">${money(request.quoteAmount ?? 0)}</td></tr></tfoot></table>`;
}

/**
 * The ways to pay on accepting (`payOptions`), each a submit button of the accept form naming its
 * choice (`pay`); each choice leads /pay to its own payment.
 */
export function payChoices(view: QuoteView): string {
  const { request } = view;
  const money = (amount: number) => escape(formatAmount(amount, request.currency));
  const total = money(request.quoteAmount ?? 0);
  const label: Record<PayPurpose, string> = {
    DEPOSIT: `Accept and pay the deposit (${money(amountFor(PayPurpose.DEPOSIT, request))} of ${total})`,
    FULL: `Accept and pay in full (${total})`,
    BALANCE: `Accept and pay the balance (${money(amountFor(PayPurpose.BALANCE, request))}, after your deposit of ${money(request.depositAmount ?? 0)})`,
  };
  return payOptions(request)
    .map(
      (purpose, i) =>
        `<button type="submit" name="pay" value="${purpose.toLowerCase()}" class="${i === 0 ? 'primary' : 'secondary'}">${label[purpose]}</button>`,
    )
    .join('\n');
}

/** The customer's quote: everything it says, and the forms to accept, decline or ask for a new one. */
export function quotePage(view: QuoteView, token: string, notice?: Refusal): string {
  const { request, business } = view;
  const base = `/quote/${encodeURIComponent(token)}`;
  const parts: string[] = [];
  if (notice)
    parts.push(`<p class="notice" role="alert"><strong>${escape(notice.title)}.</strong> ${escape(notice.text)}</p>`);
  parts.push(
    `<p>${escape(request.description)}</p>`,
    `<p class="muted">For ${escape(request.customerName)}</p>`,
    itemsTable(view),
  );
  if (request.validUntil) {
    parts.push(
      `<p>${view.expired ? 'This quote expired on' : 'Valid until'} <strong>${escape(when(request.validUntil, business))}</strong>.</p>`,
    );
  }
  if (request.quoteNote) parts.push(`<section><h2>Note</h2><p class="pre">${escape(request.quoteNote)}</p></section>`);
  if (request.quoteTerms)
    parts.push(`<section><h2>Terms</h2><p class="pre">${escape(request.quoteTerms)}</p></section>`);
  if (view.acceptance) {
    parts.push(
      `<section><h2>Accepted</h2><p>Accepted by <strong>${escape(view.acceptance.name)}</strong> on ${escape(when(view.acceptance.at, business))}.</p>
<p><a class="button primary" href="/pay/${encodeURIComponent(token)}">Pay ${escape(formatAmount(amountDue(request), request.currency))}</a></p></section>`,
    );
  } else if (view.expired) {
    parts.push(
      `<section><h2>Expired</h2><p>This quote can no longer be accepted or paid. We can send you a new one.</p>
<form method="post" action="${base}/renew"><button type="submit" class="primary">Ask for a new quote</button></form></section>`,
    );
  } else {
    parts.push(
      `<section><h2>Accept this quote</h2><form method="post" action="${base}/accept">
<input type="hidden" name="version" value="${request.quoteVersion}"><input type="hidden" name="hash" value="${escape(view.hash)}">
<label for="name">Your full name</label><input id="name" name="name" autocomplete="name" required maxlength="${MAX_NAME}">
<p class="muted">Typing your name and accepting confirms you agree to this quote and its terms.</p>
${payChoices(view)}</form></section>
<section><h2>Decline this quote</h2><form method="post" action="${base}/decline">
<label for="reason">Reason (optional)</label><textarea id="reason" name="reason" rows="3" maxlength="${MAX_REASON}"></textarea>
<button type="submit" class="secondary">Decline</button></form></section>`,
    );
  }
  return page(view.look, view.expired ? 'Quote expired' : 'Your quote', parts.join('\n'), quoteStyles(business));
}
