import { LINK_CLOSING_QUEUE } from '../payments/payments.service';
import type { TestServer } from './test-server';

/** Waits (10 s at most) until the Stripe side-effect jobs queued so far have run. */
export async function sideEffectsDone(server: Pick<TestServer, 'services'>, deadlineMs = 10_000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const pending = await server.services.jobs.pending(LINK_CLOSING_QUEUE);
    if (pending === 0) return;
    if (Date.now() > deadline) throw new Error(`${pending} side-effect jobs still pending after ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
