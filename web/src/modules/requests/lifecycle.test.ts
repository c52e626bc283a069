import { describe, expect, it } from 'vitest';

import { actionLabel, type PaymentForActions, refundable } from './lifecycle';

const payment = (extra: Partial<PaymentForActions> = {}): PaymentForActions => ({
  method: 'STRIPE',
  status: 'SUCCEEDED',
  amount: 12500,
  refunded: 0,
  disputed: false,
  ...extra,
});
describe('refundable', () => {
  it('is what is left of a Stripe payment; nothing of manual, disputed, failed or fully refunded ones', () => {
    for (const p of [
      payment({ method: 'MANUAL' }),
      payment({ disputed: true }),
      payment({ status: 'FAILED' }),
      payment({ status: 'REFUNDED', refunded: 12500 }),
    ]) {
      expect(refundable(p)).toBe(0);
    }
    expect(refundable(payment())).toBe(12500);
    expect(refundable(payment({ status: 'PARTIALLY_REFUNDED', refunded: 2500 }))).toBe(10000);
  });
});

describe('actionLabel', () => {
  it('names a second quote a re-quote, a second send a resend, a second schedule a reschedule', () => {
    expect(actionLabel('QUOTE', 'REQUESTED')).toBe('Quote');
    expect(actionLabel('QUOTE', 'AWAITING_PAYMENT')).toBe('Re-quote');
    expect(actionLabel('SEND_LINK', 'QUOTED')).toBe('Send payment link');
    expect(actionLabel('SEND_LINK', 'AWAITING_PAYMENT')).toBe('Resend payment link');
    expect(actionLabel('SCHEDULE', 'SCHEDULED')).toBe('Reschedule');
  });
});
