import { describe, expect, it } from 'vitest';

import type { ServiceRequestStatus } from '../../gql/graphql';
import { actionLabel, allowedActions, type PaymentForActions, refundable, type RequestForActions } from './lifecycle';

const request = (status: ServiceRequestStatus, extra: Partial<RequestForActions> = {}): RequestForActions => ({
  status,
  quoteAmount: 12500,
  payUrl: null,
  needsAttention: false,
  payments: [],
  ...extra,
});
const payment = (extra: Partial<PaymentForActions> = {}): PaymentForActions => ({
  method: 'STRIPE',
  status: 'SUCCEEDED',
  amount: 12500,
  refunded: 0,
  disputed: false,
  ...extra,
});
const actions = (r: RequestForActions) => [...allowedActions(r)].sort();

describe('allowedActions', () => {
  it('offers only what the lifecycle of CONTRACT.md allows from each status', () => {
    expect(actions(request('REQUESTED', { quoteAmount: null }))).toEqual([
      'cancel',
      'checkWithStripe',
      'decline',
      'quote',
    ]);
    expect(actions(request('QUOTED'))).toEqual([
      'cancel',
      'checkWithStripe',
      'decline',
      'markPaid',
      'quote',
      'sendLink',
    ]);
    expect(actions(request('AWAITING_PAYMENT', { payUrl: 'http://x/pay/t' }))).toEqual([
      'cancel',
      'checkWithStripe',
      'decline',
      'markPaid',
      'quote',
      'rotatePayUrl',
      'sendLink',
    ]);
    expect(actions(request('PAID', { payments: [payment()] }))).toEqual(['checkWithStripe', 'refund', 'schedule']);
    expect(actions(request('SCHEDULED', { payments: [payment()] }))).toEqual([
      'checkWithStripe',
      'complete',
      'refund',
      'schedule',
    ]);
    expect(actions(request('COMPLETED', { payments: [payment()] }))).toEqual(['checkWithStripe', 'refund']);
    for (const closed of ['DECLINED', 'CANCELED', 'REFUNDED'] as const) {
      expect(actions(request(closed))).toEqual(['checkWithStripe']);
    }
  });

  it('holds back re-quote, mark paid, decline and cancel while a payment is processing', () => {
    expect(actions(request('AWAITING_PAYMENT', { payments: [payment({ status: 'PROCESSING' })] }))).toEqual([
      'checkWithStripe',
      'sendLink',
    ]);
  });

  it('offers a refund for money that arrived whatever the status, and resolving when flagged', () => {
    expect(actions(request('CANCELED', { needsAttention: true, payments: [payment()] }))).toEqual([
      'checkWithStripe',
      'refund',
      'resolveAttention',
    ]);
  });

  it('never offers a refund of manual, disputed, failed or fully refunded payments', () => {
    for (const p of [
      payment({ method: 'MANUAL' }),
      payment({ disputed: true }),
      payment({ status: 'FAILED' }),
      payment({ status: 'REFUNDED', refunded: 12500 }),
    ]) {
      expect(allowedActions(request('PAID', { payments: [p] })).has('refund')).toBe(false);
    }
    expect(refundable(payment({ status: 'PARTIALLY_REFUNDED', refunded: 2500 }))).toBe(10000);
  });

  it('does not send a link before there is a quote', () => {
    expect(allowedActions(request('QUOTED', { quoteAmount: null })).has('sendLink')).toBe(false);
  });
});

describe('actionLabel', () => {
  it('names a second quote a re-quote, a second send a resend, a second schedule a reschedule', () => {
    expect(actionLabel('quote', 'REQUESTED')).toBe('Quote');
    expect(actionLabel('quote', 'AWAITING_PAYMENT')).toBe('Re-quote');
    expect(actionLabel('sendLink', 'QUOTED')).toBe('Send payment link');
    expect(actionLabel('sendLink', 'AWAITING_PAYMENT')).toBe('Resend payment link');
    expect(actionLabel('schedule', 'SCHEDULED')).toBe('Reschedule');
  });
});
