import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { createLogger } from '../logger';
import { startTestServer, type TestServer } from '../test-support/test-server';

/**
 * The surface a browser and a stranger see, over real HTTP: security headers on the SPA, the
 * customer pages and the API; no stack trace or file path in any answer, in development too; no
 * pay token in the request log.
 */
const SPA_BUILT = existsSync(path.resolve(__dirname, '../../../web/dist/index.html'));
/** What a stack trace or a source location looks like in an answer. */
const INTERNALS = /\s+at \S+ \(|node_modules|\/work\/|dist\/|\.[jt]s:\d+|stacktrace/;

const lines: Record<string, any>[] = [];
let dev: TestServer; // NODE_ENV=development, PUBLIC_BASE_URL over http, its log captured
let secure: TestServer; // PUBLIC_BASE_URL over https

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  // Express and Apollo read NODE_ENV from the process when the app is made (Express then sends
  // stack traces from its default error handler, Apollo would put them in `extensions`).
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'development';
  try {
    dev = await startTestServer({ NODE_ENV: 'development' }, createLogger('info', sink));
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
  secure = await startTestServer({ PUBLIC_BASE_URL: 'https://desk.example.com' });
});
afterAll(async () => {
  await dev?.close();
  await secure?.close();
});

const csp = (response: Response) => response.headers.get('content-security-policy') ?? '';
const directive = (response: Response, name: string) =>
  csp(response)
    .split(';')
    .map((part) => part.trim())
    .find((part) => part === name || part.startsWith(`${name} `));
const postGraphql = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

function expectCommonHeaders(response: Response) {
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(directive(response, 'frame-ancestors')).toBe("frame-ancestors 'none'");
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-powered-by')).toBeNull();
}

describe('security headers', () => {
  it.skipIf(!SPA_BUILT)(
    'the SPA index: a policy for same-origin bundles, inline styles and the API socket',
    async () => {
      const response = await fetch(`${dev.url}/`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expectCommonHeaders(response);
      expect(directive(response, 'default-src')).toBe("default-src 'self'");
      expect(directive(response, 'script-src')).toBe("script-src 'self'");
      expect(directive(response, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
      expect(directive(response, 'connect-src')).toBe(`connect-src 'self' ws://localhost:0`); // PUBLIC_BASE_URL's
      expect(directive(response, 'object-src')).toBe("object-src 'none'");
      // Customers are sent to Stripe's pages, here to the Stripe-compatible API the server is given.
      expect(directive(response, 'form-action')).toBe(
        "form-action 'self' https://checkout.stripe.com https://buy.stripe.com http://127.0.0.1:9",
      );
      expect(directive(response, 'upgrade-insecure-requests')).toBeUndefined();
      expect(response.headers.get('strict-transport-security')).toBeNull();
    },
  );

  it('a customer page: no scripts at all, no referrer, forms only to here and the checkout', async () => {
    const response = await fetch(`${dev.url}/pay/not-a-token`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expectCommonHeaders(response);
    expect(directive(response, 'default-src')).toBe("default-src 'none'");
    expect(directive(response, 'script-src')).toBeUndefined(); // default-src 'none' forbids them
    expect(directive(response, 'style-src')).toBe("style-src 'unsafe-inline'");
    expect(directive(response, 'form-action')).toContain('https://checkout.stripe.com');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    // Express routes ignore case: the same page by another spelling has the same headers.
    const shouted = await fetch(`${dev.url}/PAY/not-a-token`);
    expect(shouted.status).toBe(404);
    expect(shouted.headers.get('referrer-policy')).toBe('no-referrer');
    expect(directive(shouted, 'default-src')).toBe("default-src 'none'");
  });

  it('/graphql: nosniff and no framing; no page policy (the answers are JSON)', async () => {
    const response = await postGraphql(dev.url, JSON.stringify({ query: '{ me { id } }' }));
    expect(response.status).toBe(200);
    expectCommonHeaders(response);
    expect(csp(response)).toBe("frame-ancestors 'none'");
    expect(response.headers.get('strict-transport-security')).toBeNull();
    const webhook = await fetch(`${dev.url}/webhooks/stripe`, { method: 'POST', body: 'x' });
    expect(webhook.status).toBe(400);
    expect(webhook.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('with an https PUBLIC_BASE_URL: HSTS and upgrade-insecure-requests everywhere, the socket over wss', async () => {
    const answers = [
      await fetch(`${secure.url}/pay/not-a-token`),
      await postGraphql(secure.url, JSON.stringify({ query: '{ me { id } }' })),
      ...(SPA_BUILT ? [await fetch(`${secure.url}/`, { headers: { accept: 'text/html' } })] : []),
    ];
    for (const response of answers) {
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    expect(directive(answers[0] as Response, 'upgrade-insecure-requests')).toBe('upgrade-insecure-requests');
    if (SPA_BUILT) {
      const spa = answers[2] as Response;
      expect(directive(spa, 'upgrade-insecure-requests')).toBe('upgrade-insecure-requests');
      expect(directive(spa, 'connect-src')).toBe("connect-src 'self' wss://desk.example.com");
    }
  });
});

describe('no internals in answers, in development', () => {
  it('a malformed JSON body to /graphql: 400, a short error and the request id', async () => {
    const response = await postGraphql(dev.url, '{"query": "{ me { id } }"', { 'x-request-id': 'malformed-1' });
    expect(response.status).toBe(400);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const text = await response.text();
    expect(text).not.toMatch(INTERNALS);
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'malformed JSON body', extensions: { code: 'BAD_REQUEST', requestId: 'malformed-1' } }],
    });
  });

  it('an error thrown in a resolver: INTERNAL_SERVER_ERROR with the request id, logged, never shown', async () => {
    const token = await dev.login();
    const boom = new Error('connection refused by /work/main/server/src/db/secret.ts:12');
    const spy = vi.spyOn(dev.services.serviceRequests, 'statusCounts').mockRejectedValueOnce(boom);
    try {
      const response = await postGraphql(dev.url, JSON.stringify({ query: '{ statusCounts { count } }' }), {
        authorization: `Bearer ${token}`,
        'x-request-id': 'thrown-1',
      });
      const text = await response.text();
      expect(text).not.toMatch(INTERNALS);
      expect(text).not.toContain('connection refused');
      expect(JSON.parse(text).errors).toEqual([
        {
          message: 'Internal server error',
          path: ['statusCounts'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'thrown-1' },
        },
      ]);
      expect(spy).toHaveBeenCalled();
      await new Promise((resolve) => setTimeout(resolve, 50));
      // The operator finds it all in the log, under the id the client was given.
      const logged = lines.find((line) => line['reqId'] === 'thrown-1' && line['err']);
      expect(logged?.['err']?.message).toBe(boom.message);
      expect(logged?.['err']?.stack).toContain('secret.ts:12');
      expect(logged).toMatchObject({ level: 50, code: 'INTERNAL_SERVER_ERROR' }); // what the fault suite looks for
    } finally {
      spy.mockRestore();
    }
  });

  it('an error thrown in an Express route: 500, a short error and the request id', async () => {
    const boom = new Error('registry exploded at /work/main/server/src/observability/metrics.ts:99');
    const spy = vi.spyOn(dev.services.metrics.registry, 'metrics').mockRejectedValueOnce(boom);
    try {
      const response = await fetch(`${dev.url}/metrics`, { headers: { 'x-request-id': 'thrown-2' } });
      expect(response.status).toBe(500);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const text = await response.text();
      expect(text).not.toMatch(INTERNALS);
      expect(JSON.parse(text)).toEqual({ error: 'Internal server error', requestId: 'thrown-2' });
      await new Promise((resolve) => setTimeout(resolve, 50));
      // /metrics has no request-log line: this one is the trace of its 500.
      const logged = lines.find((line) => line['reqId'] === 'thrown-2' && line['err']);
      expect(logged).toMatchObject({ level: 50, code: 'INTERNAL_SERVER_ERROR' });
    } finally {
      spy.mockRestore();
    }
  });
});

describe('the request log', () => {
  it('logs an answer of 500 or more at error, so that LOG_LEVEL=warn still shows it; others at info', async () => {
    const spy = vi.spyOn(dev.services.payments, 'resolvePay').mockRejectedValueOnce(new Error('Stripe is down'));
    try {
      lines.length = 0;
      const unavailable = await fetch(`${dev.url}/pay/any-token`, { headers: { 'x-request-id': 'level-1' } });
      expect(unavailable.status).toBe(503);
      const unknown = await fetch(`${dev.url}/pay/another-token`, { headers: { 'x-request-id': 'level-2' } });
      expect(unknown.status).toBe(404);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const requestLine = (id: string) => lines.find((line) => line['reqId'] === id && line['res']);
      expect(requestLine('level-1')).toMatchObject({ level: 50, res: { statusCode: 503 } });
      expect(requestLine('level-2')).toMatchObject({ level: 30, res: { statusCode: 404 } });
    } finally {
      spy.mockRestore();
    }
  });

  it('shows /pay/[token], never the token (URL, another spelling, the Referer)', async () => {
    const token = randomBytes(32).toString('base64url');
    lines.length = 0;
    await fetch(`${dev.url}/pay/${token}`, { headers: { 'x-request-id': 'pay-1' } });
    await fetch(`${dev.url}/pay/${token}/done?session_id=cs_test_x`, { headers: { 'x-request-id': 'pay-2' } });
    await fetch(`${dev.url}/PAY/${token}`, { headers: { 'x-request-id': 'pay-3' } });
    await postGraphql(dev.url, JSON.stringify({ query: '{ me { id } }' }), {
      'x-request-id': 'pay-4',
      referer: `${dev.url}/pay/${token}/done`,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const logged = (id: string) => lines.find((line) => line['reqId'] === id && line['req'])?.['req'];
    expect(logged('pay-1')?.url).toBe('/pay/[token]');
    expect(logged('pay-2')?.url).toBe('/pay/[token]/done?session_id=cs_test_x');
    expect(logged('pay-3')?.url).toBe('/PAY/[token]');
    expect(logged('pay-4')?.headers?.referer).toBe(`${dev.url}/pay/[token]/done`);
    expect(JSON.stringify(lines)).not.toContain(token);
  });
});
