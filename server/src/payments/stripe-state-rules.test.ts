import { describe, expect, it } from 'vitest';

import { decide, STATE_ORDERS } from './stripe-state-rules';

describe('the Stripe state rules', () => {
  it.each([
    ['payment', 'processing', 'succeeded'],
    ['payment', 'failed', 'succeeded'],
    ['refund', 'pending', 'succeeded'],
    ['refund', 'succeeded', 'failed'],
    ['dispute', 'warning_needs_response', 'needs_response'],
    ['dispute', 'needs_response', 'won'],
    ['dispute', 'under_review', 'lost'],
  ] as const)('%s: %s → %s moves forward, whatever the times', (kind, from, to) => {
    expect(decide(kind, { state: from, at: 200 }, { state: to, at: 100 })).toBe('apply');
    expect(decide(kind, { state: to, at: 100 }, { state: from, at: 200 })).toBe('keep');
  });

  it.each([
    ['payment', 'failed', 'processing'],
    ['dispute', 'warning_closed', 'needs_response'],
    ['dispute', 'lost', 'appeal_needs_response'],
  ] as const)(
    '%s: the backward move %s → %s (and back) goes by the events’ times, and asks Stripe on a tie',
    (kind, from, to) => {
      expect(decide(kind, { state: from, at: 100 }, { state: to, at: 101 })).toBe('apply');
      expect(decide(kind, { state: from, at: 100 }, { state: to, at: 99 })).toBe('keep');
      expect(decide(kind, { state: from, at: 100 }, { state: to, at: 100 })).toBe('ask');
      // …and so does the forward move between the same two states: an older fact never overwrites a newer one.
      expect(decide(kind, { state: to, at: 100 }, { state: from, at: 99 })).toBe('keep');
      expect(decide(kind, { state: to, at: 100 }, { state: from, at: 101 })).toBe('apply');
      expect(decide(kind, { state: to, at: 100 }, { state: from, at: 100 })).toBe('ask');
    },
  );

  it('keeps the stored state for a repeated fact, an equal rank, or a state it does not know', () => {
    expect(decide('refund', { state: 'succeeded', at: 1 }, { state: 'succeeded', at: 5 })).toBe('keep');
    expect(decide('refund', { state: 'failed', at: 1 }, { state: 'canceled', at: 5 })).toBe('keep');
    expect(decide('dispute', { state: 'won', at: 1 }, { state: 'lost', at: 5 })).toBe('keep');
    expect(decide('refund', undefined, { state: 'some_future_state', at: 5 })).toBe('keep');
    expect(decide('refund', undefined, { state: 'pending', at: 5 })).toBe('apply');
  });

  it('lists only backward moves that really go down the order', () => {
    for (const order of Object.values(STATE_ORDERS)) {
      for (const [from, to] of order.backward) {
        expect(order.rank[from], `${from} → ${to}`).toBeGreaterThan(order.rank[to] as number);
      }
    }
  });
});
