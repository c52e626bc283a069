import {
  charge,
  deliver as deliverSigned,
  refund,
  signature,
  type StripeEventFixture,
} from '@service-desk/stripe-emulator/fixtures';

import { TEST_WEBHOOK_SECRET, type TestServer } from './test-server';

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

/**
 * POSTs a signed event to the server's webhook route and, once it answered 200, waits until the
 * worker has applied, ignored, parked or tried it (the 2xx comes before the apply), so that what
 * the test reads next is the event's effect. `post` is the bare POST.
 */
export async function deliver(
  server: Pick<TestServer, 'url' | 'orm'>,
  event: StripeEventFixture | Record<string, unknown>,
  options: { secret?: string; timestamp?: number; body?: string; signature?: string | null } = {},
): Promise<Response> {
  const response = await post(server.url, event, options);
  if (response.status === 200) await settled(server);
  return response;
}

export function post(
  url: string,
  event: StripeEventFixture | Record<string, unknown>,
  options: { secret?: string; timestamp?: number; body?: string; signature?: string | null } = {},
): Promise<Response> {
  return deliverSigned(url, event, { ...options, secret: options.secret ?? TEST_WEBHOOK_SECRET });
}

/**
 * Waits (10 s at most) until the worker has nothing due: every recorded event applied, ignored,
 * parked, or tried and waiting for its backoff (events a payment released included).
 */
export async function settled(server: Pick<TestServer, 'orm'>, deadlineMs = 10_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const [row] = await server.orm.em
      .fork()
      .execute<{ due: string }[]>(
        `select count(*) as due from webhook_event where status = 'RECEIVED' and next_attempt_at is null`,
      );
    if (Number(row?.due) === 0) return;
    if (Date.now() > deadline) throw new Error(`${row?.due} events not applied within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
