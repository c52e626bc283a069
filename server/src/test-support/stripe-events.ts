import {
  charge,
  deliver as deliverSigned,
  refund,
  signature,
  type StripeEventFixture,
} from '@service-desk/stripe-emulator/fixtures';

import { TEST_WEBHOOK_SECRET } from './test-server';

/** The shared Stripe fixtures (`@service-desk/stripe-emulator/fixtures`), signed with the test server's secret. */
export {
  charge,
  checkoutSession,
  dispute,
  paymentIntent,
  refund,
  stripeEvent,
  stripeId,
} from '@service-desk/stripe-emulator/fixtures';

/** `charge.refunded` as older API versions send it: the running total and the refunds listed. */
export function refundedCharge(paymentIntent: string, amount: number, amountRefunded: number) {
  return {
    ...charge({ paymentIntent, amount, amountRefunded }),
    refunds: { object: 'list', data: [refund({ paymentIntent, amount: amountRefunded, status: 'succeeded' })] },
  };
}

/** A `Stripe-Signature` header made by the SDK itself. */
export function sign(payload: string, secret = TEST_WEBHOOK_SECRET, timestamp?: number): string {
  return signature(payload, secret, timestamp);
}

export function deliver(
  url: string,
  event: StripeEventFixture | Record<string, unknown>,
  options: { secret?: string; timestamp?: number; body?: string; signature?: string | null } = {},
) {
  return deliverSigned(url, event, { ...options, secret: options.secret ?? TEST_WEBHOOK_SECRET });
}
