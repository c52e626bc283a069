import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { descriptionVersion } from './openapi';
import { runEmulator, TEST_KEY, type Running } from './test-support';

let running: Running;

beforeAll(async () => {
  running = await runEmulator({ port: 0 });
});
afterAll(() => running?.stop());

const call = (version?: string) =>
  fetch(`${running.emulator.url}/v1/customers`, {
    headers: { authorization: `Bearer ${TEST_KEY}`, ...(version ? { 'stripe-version': version } : {}) },
  });

describe("one API version: the pinned SDK's", () => {
  it('is the version of the installed stripe package, and the committed description is of it', async () => {
    const sdk = new Stripe(TEST_KEY);
    expect(descriptionVersion()).toBe(sdk.getApiField('version'));
    const answer = await call();
    expect(answer.status).toBe(200);
    expect(answer.headers.get('stripe-version')).toBe(descriptionVersion());
  });

  it('answers at that version when the caller names it, and in events', async () => {
    const answer = await call(descriptionVersion());
    expect(answer.status).toBe(200);
    expect(answer.headers.get('stripe-version')).toBe(descriptionVersion());
    await running.stripe.customers.create({ email: 'ann@example.com' });
    const [event] = (await running.stripe.events.list({ limit: 1 })).data;
    expect(event?.api_version).toBe(descriptionVersion());
  });

  it("refuses another valid version naming the emulator's limit, and an invalid one as Stripe does", async () => {
    const older = await call('2024-04-10');
    expect(older.status).toBe(400);
    expect(older.headers.get('stripe-version')).toBe(descriptionVersion());
    const { error } = (await older.json()) as { error: { type: string; message: string } };
    expect(error.type).toBe('invalid_request_error');
    expect(error.message).toContain(`speaks API version ${descriptionVersion()} only`);
    expect(error.message).toContain('2024-04-10');

    const invalid = await call('tomorrow');
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { message: string } }).error.message).toBe(
      'Invalid Stripe API version: tomorrow',
    );
  });

  it('refuses through the SDK as a StripeInvalidRequestError', async () => {
    const older = new Stripe(TEST_KEY, {
      apiVersion: '2025-01-27.acacia' as Stripe.LatestApiVersion,
      host: new URL(running.emulator.url).hostname,
      port: Number(new URL(running.emulator.url).port),
      protocol: 'http',
    });
    await expect(older.customers.list()).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 400,
    });
  });
});

describe('what the emulator does not implement', () => {
  const ask = (method: string, path: string) =>
    fetch(`${running.emulator.url}${path}`, { method, headers: { authorization: `Bearer ${TEST_KEY}` } });

  it.each([
    ['GET', '/v1/customers/search?query=email%3A%27a%40b.c%27', 'GET /v1/customers/search'],
    ['GET', '/v1/payment_intents/search?query=status%3A%27succeeded%27', 'GET /v1/payment_intents/search'],
    ['DELETE', '/v1/products/prod_123', 'DELETE /v1/products/{id}'],
    ['POST', '/v1/subscriptions', 'POST /v1/subscriptions'],
    ['GET', '/v2/core/events', 'GET /v2/core/events'],
  ])('%s %s answers a Stripe-shaped 404 saying so', async (method, path, operation) => {
    const answer = await ask(method, path);
    expect(answer.status).toBe(404);
    const { error } = (await answer.json()) as { error: { type: string; message: string; request_log_url: string } };
    expect(error.type).toBe('invalid_request_error');
    expect(error.message).toContain(`The Stripe emulator does not implement ${operation}`);
    expect(error.request_log_url).toMatch(/req_/);
  });

  it('still answers an unknown URL as Stripe does, and the SDK sees a StripeInvalidRequestError', async () => {
    const answer = await ask('GET', '/v1/no_such_things');
    expect(answer.status).toBe(404);
    expect(((await answer.json()) as { error: { message: string } }).error.message).toMatch(
      /^Unrecognized request URL \(GET: \/v1\/no_such_things\)/,
    );
    await expect(running.stripe.customers.search({ query: "email:'a@b.c'" })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      statusCode: 404,
      message: expect.stringContaining('does not implement GET /v1/customers/search'),
    });
  });
});
