import { formatAmount } from '@service-desk/currency';

import type { StripeObject } from './store';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f6f8fa; color: #1a1f36; }
  main { max-width: 28rem; margin: 2rem auto; background: #fff; padding: 2rem; border-radius: 8px; box-shadow: 0 1px 4px #0002; }
  .test { display: inline-block; background: #ffde92; color: #663c00; font-size: .75rem; font-weight: 600; padding: 0 .5rem; border-radius: 4px; }
  label { display: block; margin-top: .75rem; font-weight: 500; }
  input[type=text], input[type=email] { width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; border: 1px solid #c1c9d2; border-radius: 4px; }
  fieldset { border: 1px solid #e3e8ee; border-radius: 6px; margin-top: 1rem; }
  fieldset label.choice { display: inline; margin-right: 1rem; font-weight: 400; }
  button { margin-top: 1.5rem; width: 100%; padding: .75rem; font: inherit; font-weight: 600; color: #fff; background: #635bff; border: 0; border-radius: 6px; }
  .error { color: #df1b41; font-weight: 500; }
  .hint { font-size: .85rem; color: #697386; }
  ul { padding-left: 1.25rem; }
`;

function layout(title: string, businessName: string, content: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>
<p><strong>${escapeHtml(businessName)}</strong> <span class="test">Test mode</span></p>
${content}
</main></body>
</html>`;
}

/** A page that only says something: not found, no longer available, expired, complete. */
export function messagePage(businessName: string, title: string, message: string): string {
  return layout(title, businessName, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`);
}

export interface CheckoutView {
  businessName: string;
  session: StripeObject;
  lineItems: readonly StripeObject[];
  /** The label of the delayed debit method on offer, if any. */
  debitLabel: string | undefined;
  error?: string;
  /** What the customer typed, shown again after an error (never the card number). */
  entered?: { email?: string; name?: string; method?: string };
}

function field(id: string, label: string, attributes: string): string {
  return `<label for="${id}">${label}</label>\n<input id="${id}" ${attributes}>`;
}

/** The hosted checkout page: what is bought, for how much, and a card (or test debit) form posting back to the session. */
export function checkoutPage(view: CheckoutView): string {
  const { session } = view;
  const total = formatAmount(session['amount_total'], session['currency']);
  const items = view.lineItems
    .map(
      (item) =>
        `<li>${escapeHtml(item['description'])} × ${item['quantity']}: ${escapeHtml(formatAmount(item['amount_total'], item['currency']))}</li>`,
    )
    .join('\n');
  const presetEmail: string | null = session['customer_email'];
  const email = presetEmail ?? view.entered?.email ?? '';
  const method = view.entered?.method ?? 'card';
  const debit = view.debitLabel
    ? `<fieldset><legend>How to pay</legend>
<label class="choice"><input type="radio" name="payment_method" value="card"${method === 'card' ? ' checked' : ''}> Card</label>
<label class="choice"><input type="radio" name="payment_method" value="bank_debit"${method === 'bank_debit' ? ' checked' : ''}> ${escapeHtml(view.debitLabel)}</label>
</fieldset>`
    : '<input type="hidden" name="payment_method" value="card">';
  const debitFields = view.debitLabel
    ? `<fieldset><legend>${escapeHtml(view.debitLabel)}</legend>
${field('account_number', 'Account number', 'name="account_number" type="text" inputmode="numeric" autocomplete="off"')}
<p class="hint">Test accounts: 000123456789 settles, 000111111113 fails (after a delay).</p>
</fieldset>`
    : '';
  // `custom_text.submit.message`: shown by the pay button (the terms a saved card is agreed under).
  const submitMessage: string | undefined = session['custom_text']?.submit?.message;
  const content = `<h1>Pay ${escapeHtml(total)}</h1>
<ul>${items}</ul>
${view.error ? `<p role="alert" class="error">${escapeHtml(view.error)}</p>` : ''}
<form method="post" action="/c/pay/${encodeURIComponent(session.id)}">
${field('email', 'Email', `name="email" type="email" autocomplete="email" required value="${escapeHtml(email)}"${presetEmail ? ' readonly' : ''}`)}
${field('name', 'Name', `name="name" type="text" autocomplete="name" value="${escapeHtml(view.entered?.name ?? '')}"`)}
${debit}
<fieldset><legend>Card</legend>
${field('card_number', 'Card number', 'name="card_number" type="text" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234"')}
${field('card_expiry', 'Expiry date (MM / YY)', 'name="card_expiry" type="text" inputmode="numeric" autocomplete="cc-exp" placeholder="MM / YY"')}
${field('card_cvc', 'Security code (CVC)', 'name="card_cvc" type="text" inputmode="numeric" autocomplete="cc-csc" placeholder="CVC"')}
<p class="hint">Test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 has insufficient funds, 4000 0025 0000 3155 asks for authentication (passed here, refused off-session). Any future date, any CVC.</p>
</fieldset>
${debitFields}
${submitMessage ? `<p class="consent">${escapeHtml(submitMessage)}</p>` : ''}
<button type="submit">Pay ${escapeHtml(total)}</button>
</form>`;
  return layout(`Pay ${view.businessName}`, view.businessName, content);
}
