import type { CardPayment, DebitPayment } from './payments';
import { isCardNumber } from './test-cards';

export type PaymentForm = { method: 'card'; payment: CardPayment } | { method: 'bank_debit'; payment: DebitPayment };

export type FormReading = { ok: true; form: PaymentForm } | { ok: false; error: string };

const text = (body: Record<string, unknown>, name: string) =>
  typeof body[name] === 'string' ? (body[name] as string).trim() : '';

/** Reads an MM/YY (or MM/YYYY) expiry; the card must not have expired before this month. */
function expiry(value: string, now: Date): { month: number; year: number } | string {
  const match = /^(\d{1,2})\s*\/?\s*(\d{2}|\d{4})$/.exec(value);
  if (!match) return "Your card's expiration date is incomplete.";
  const month = Number(match[1]);
  const year = Number(match[2]) + (match[2]?.length === 2 ? 2000 : 0);
  if (month < 1 || month > 12) return "Your card's expiration month is invalid.";
  if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1))
    return "Your card's expiration year is in the past.";
  return { month, year };
}

/**
 * What the hosted page's form asks for, checked as Stripe's own form checks it before anything is
 * charged. `presetEmail` is the session's `customer_email`, which the customer cannot change.
 */
export function readPaymentForm(
  body: Record<string, unknown>,
  presetEmail: string | null,
  debitOffered: boolean,
  now = new Date(),
): FormReading {
  const email = presetEmail ?? text(body, 'email');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { ok: false, error: 'Your email address is invalid.' };
  const name = text(body, 'name') || null;
  if (text(body, 'payment_method') === 'bank_debit') {
    if (!debitOffered) return { ok: false, error: 'This payment method is not available for this payment.' };
    const accountNumber = text(body, 'account_number').replace(/[\s-]/g, '');
    if (!/^\d{4,17}$/.test(accountNumber)) return { ok: false, error: 'Your account number is invalid.' };
    return { ok: true, form: { method: 'bank_debit', payment: { email, name, accountNumber } } };
  }
  const number = text(body, 'card_number').replace(/[\s-]/g, '');
  if (number === '') return { ok: false, error: 'Your card number is incomplete.' };
  if (!isCardNumber(number)) return { ok: false, error: 'Your card number is invalid.' };
  const expires = expiry(text(body, 'card_expiry'), now);
  if (typeof expires === 'string') return { ok: false, error: expires };
  if (!/^\d{3,4}$/.test(text(body, 'card_cvc')))
    return { ok: false, error: "Your card's security code is incomplete." };
  return {
    ok: true,
    form: { method: 'card', payment: { email, name, number, expMonth: expires.month, expYear: expires.year } },
  };
}
