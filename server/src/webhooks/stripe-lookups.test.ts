import { dispute } from '@service-desk/stripe-emulator/fixtures';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { ModelStripe } from '../test-support/model-stripe';
import { createRequest } from '../test-support/requests';
import { checkoutSession, deliver, stripeEvent, stripeId } from '../test-support/stripe-events';
import { ok, startTestServer, type TestServer } from '../test-support/test-server';
import { WebhookEvent, WebhookEventStatus } from './webhook-event.entity';

/**
 * The one case where the state rules ask Stripe: a legal backward move (an inquiry closed, then
 * escalated to a chargeback) reported in the same second as the stored state. Stripe's answer is
 * stored; a 404 leaves the rules' verdict; Stripe failing leaves the event to be retried, not FAILED.
 */
let server: TestServer;
let token: string;
const stripe = new ModelStripe('answer');

beforeAll(async () => {
  await stripe.start();
  server = await startTestServer({ STRIPE_API_URL: stripe.url });
  token = await server.login();
});
afterAll(async () => {
  await server.close();
  await stripe.close();
});

async function closedInquiryThenEscalated() {
  const { id } = await createRequest(server, token);
  ok(await server.gql('mutation($id: ID!) { quote(id: $id, amount: 12500) { id } }', { id }, token));
  const pi = stripeId('pi');
  await deliver(
    server,
    stripeEvent('checkout.session.completed', checkoutSession({ requestId: id, amount: 12_500, paymentIntent: pi })),
  );
  const dp = stripeId('dp');
  const at = Math.floor(Date.now() / 1000);
  const as = (status: string) => dispute({ id: dp, paymentIntent: pi, amount: 12_500, status });
  await deliver(server, stripeEvent('charge.dispute.closed', as('warning_closed'), { created: at }));
  const escalated = stripeEvent('charge.dispute.updated', as('needs_response'), { created: at });
  return { id, dp, escalated };
}

const disputeOf = async (id: string) =>
  ok(
    await server.gql(
      'query($id: ID!) { serviceRequest(id: $id) { attentionCauses { kind } payments { dispute { status } } } }',
      { id },
      token,
    ),
  )['serviceRequest'];

it('a tie on a backward move is settled by what Stripe answers', async () => {
  const { id, dp, escalated } = await closedInquiryThenEscalated();
  stripe.objects.set(dp, { kind: 'dispute', state: 'needs_response' });
  expect((await deliver(server, escalated)).status).toBe(200);
  expect(await disputeOf(id)).toEqual({
    attentionCauses: [{ kind: 'DISPUTE_OPEN' }],
    payments: [{ dispute: { status: 'needs_response' } }],
  });
});

it('when Stripe answers 404, the rules’ verdict stays (the stored state)', async () => {
  stripe.mode = 'missing';
  const { id, escalated } = await closedInquiryThenEscalated();
  expect((await deliver(server, escalated)).status).toBe(200);
  expect((await disputeOf(id)).payments).toEqual([{ dispute: { status: 'warning_closed' } }]);
  const stored = await server.orm.em.fork().findOneOrFail(WebhookEvent, { id: escalated.id });
  expect(stored.status).toBe(WebhookEventStatus.APPLIED);
});

it('when Stripe cannot be asked (5xx), the event waits to be retried with backoff, not FAILED', async () => {
  stripe.mode = 'failing';
  const { id, dp, escalated } = await closedInquiryThenEscalated();
  expect((await deliver(server, escalated)).status).toBe(200);
  const stored = await server.orm.em.fork().findOneOrFail(WebhookEvent, { id: escalated.id });
  expect(stored.status).toBe(WebhookEventStatus.RECEIVED);
  expect(stored.error).toMatch(/^Stripe: /);
  expect(stored.nextAttemptAt?.getTime()).toBeGreaterThan(Date.now());
  expect((await disputeOf(id)).payments).toEqual([{ dispute: { status: 'warning_closed' } }]);

  stripe.mode = 'answer';
  stripe.objects.set(dp, { kind: 'dispute', state: 'needs_response' });
  await server.orm.em
    .fork()
    .nativeUpdate(WebhookEvent, { id: escalated.id }, { nextAttemptAt: new Date(0), receivedAt: new Date(0) });
  await server.services.inbox.processDue();
  expect((await disputeOf(id)).payments).toEqual([{ dispute: { status: 'needs_response' } }]);
});
