import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ADMIN, login, postGraphql, serverEnv } from '../support/admin-api';
import { closeClientAddresses } from '../support/client-addresses';
import { maxEventLoopDelay } from '../support/event-loop';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster';
import { serverRequire } from '../support/server-deps';
import { type ServerProcess, startServerProcess } from '../support/server-process';

const { createClient } = serverRequire('graphql-ws');
const WebSocket = serverRequire('ws');

/** The proxy the second server trusts (TRUST_PROXY), and its scrape token (METRICS_TOKEN). */
const PROXY = '127.0.0.2';
const METRICS_TOKEN = 'fault-suite-scrape-token';
const MAX_LOGIN_DELAY_MS = 2_000;

let cluster: PostgresCluster;
/** Settings by default: no forwarding header believed, /metrics open. */
let plain: ServerProcess;
/** Behind a proxy at 127.0.0.2, with /metrics behind a token. */
let proxied: ServerProcess;

beforeAll(async () => {
  cluster = await startPostgresCluster('fault-hostile');
  await cluster.createDatabase('plain');
  await cluster.createDatabase('proxied');
  [plain, proxied] = await Promise.all([
    startServerProcess(serverEnv(cluster.urlFor('plain'))),
    startServerProcess({ ...serverEnv(cluster.urlFor('proxied')), TRUST_PROXY: PROXY, METRICS_TOKEN }),
  ]);
});

afterAll(async () => {
  await closeClientAddresses();
  await plain?.stop('SIGKILL');
  await proxied?.stop('SIGKILL');
  await cluster?.destroy();
});

/** What an attempt came to: SIGNED_IN, or the error code and the limit that refused it. */
async function outcome(answer: Awaited<ReturnType<typeof postGraphql>>): Promise<string> {
  expect(answer.status).toBeLessThan(500);
  const error = answer.body?.errors?.[0]?.extensions;
  if (!error) return answer.body?.data ? 'OK' : `no answer: ${answer.text}`;
  return [error['code'], error['limit']].filter(Boolean).join(' ');
}

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
const signIn = async (
  server: ServerProcess,
  address: string,
  password: string,
  email = ADMIN.email,
  headers: Record<string, string> = {},
) => outcome(await postGraphql(server.url, { query: LOGIN, variables: { e: email, p: password } }, headers, address));

const REQUEST_SERVICE = 'mutation($input: RequestServiceInput!) { requestService(input: $input) { id } }';
const requestInput = { customerName: 'Walk-in', customerEmail: 'walkin@example.com', description: 'Fix the fence' };
const requestService = async (server: ServerProcess, address: string, forwardedFor?: string) =>
  outcome(
    await postGraphql(
      server.url,
      { query: REQUEST_SERVICE, variables: { input: requestInput } },
      forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
      address,
    ),
  );

const count = (outcomes: string[]) =>
  outcomes.reduce<Record<string, number>>((counts, o) => ({ ...counts, [o]: (counts[o] ?? 0) + 1 }), {});

const elapsed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const started = Date.now();
  const result = await run();
  return [result, Date.now() - started];
};

describe("guessing the owner's password", () => {
  it('200 wrong passwords from 20 addresses stop each address at 10, and the owner still signs in from another', async () => {
    await maxEventLoopDelay(plain.url);
    const attackers = Array.from({ length: 20 }, (_, i) => `127.0.0.${10 + i}`);
    // The addresses at once, each guessing in turn (the limits under concurrent guesses from one
    // address: server/src/auth/auth.test.ts).
    const attack = Promise.all(
      attackers.map(async (address) => {
        const outcomes = [];
        for (let i = 0; i < 11; i++) outcomes.push(await signIn(plain, address, `guess ${i}`));
        return outcomes;
      }),
    );
    // The guesses wait out their delay holding no database connection: had they held one, every
    // probe would queue behind 20 of them (a pool of 10, 2 s each).
    const probes: number[] = [];
    let attacking = true;
    const probing = (async () => {
      while (attacking) {
        const [ready, ms] = await elapsed(() => fetch(`${plain.url}/readyz`));
        expect(ready.status).toBe(200);
        if (attacking) probes.push(ms);
      }
    })();
    const outcomes = await attack.finally(() => (attacking = false));
    await probing;
    expect(probes.length).toBeGreaterThan(2);
    expect(probes.sort((a, b) => a - b)[Math.floor(probes.length / 2)]).toBeLessThan(1_000);

    for (const perAddress of outcomes) {
      expect(perAddress).toEqual([...Array(10).fill('UNAUTHENTICATED'), 'RATE_LIMITED login-account-address']);
    }
    // An attacking address is stopped even with the right password …
    expect(await signIn(plain, attackers[0]!, ADMIN.password)).toBe('RATE_LIMITED login-account-address');
    // … while the owner, from a clean address, gets in after the account's delay, no longer.
    const [owner, ownerMs] = await elapsed(() => signIn(plain, '127.0.0.100', ADMIN.password));
    expect(owner).toBe('OK');
    expect(ownerMs).toBeGreaterThanOrEqual(MAX_LOGIN_DELAY_MS - 10);
    expect(ownerMs).toBeLessThan(MAX_LOGIN_DELAY_MS + 2_000);
    expect(await maxEventLoopDelay(plain.url)).toBeLessThan(1);
  }, 180_000);

  it('220 wrong passwords for one account all at once, from 22 addresses: each waits, none stalls the server', async () => {
    await maxEventLoopDelay(plain.url);
    // 10 from each address, its limit: all are let through to the account's delay (2 s by now)
    // and wake from it together.
    const outcomes = await Promise.all(
      Array.from({ length: 220 }, (_, i) => signIn(plain, `127.0.1.${1 + (i % 22)}`, `all at once ${i}`)),
    );
    expect(count(outcomes)).toEqual({ UNAUTHENTICATED: 220 });
    expect(await maxEventLoopDelay(plain.url)).toBeLessThan(1);
    expect(await signIn(plain, '127.0.1.100', ADMIN.password)).toBe('OK');
  }, 180_000);

  it('one address trying many accounts stops at 100 failures; the owner elsewhere is unaffected', async () => {
    await maxEventLoopDelay(plain.url);
    const address = '127.0.0.50';
    const spread = await Promise.all(
      Array.from({ length: 100 }, (_, i) => signIn(plain, address, 'guess', `nobody${i}@example.com`)),
    );
    expect(count(spread)).toEqual({ UNAUTHENTICATED: 100 });
    expect(await signIn(plain, address, 'guess', 'one-more@example.com')).toBe('RATE_LIMITED login-address');
    expect(await signIn(plain, address, ADMIN.password)).toBe('RATE_LIMITED login-address');
    expect(await signIn(plain, '127.0.0.51', ADMIN.password)).toBe('OK');
    expect(await maxEventLoopDelay(plain.url)).toBeLessThan(1);
  }, 180_000);
});

describe('X-Forwarded-For', () => {
  let rotation = 0;
  const someAddress = () => `198.51.100.${++rotation % 250}`;

  it('gains nothing by default: the limits count the peer, whatever the header claims', async () => {
    await maxEventLoopDelay(plain.url);
    const form = [];
    for (let i = 0; i < 11; i++) form.push(await requestService(plain, '127.0.0.60', someAddress()));
    expect(form).toEqual([...Array(10).fill('OK'), 'RATE_LIMITED request-service']);

    const guesses = [];
    for (let i = 0; i < 11; i++) {
      guesses.push(
        await signIn(plain, '127.0.0.61', 'guess', 'rotating@example.com', { 'x-forwarded-for': someAddress() }),
      );
    }
    expect(guesses).toEqual([...Array(10).fill('UNAUTHENTICATED'), 'RATE_LIMITED login-account-address']);
    expect(await maxEventLoopDelay(plain.url)).toBeLessThan(1);
  });

  it('with TRUST_PROXY, counts the address the trusted proxy forwards, and believes no one else', async () => {
    await maxEventLoopDelay(proxied.url, METRICS_TOKEN);
    // Through the proxy: each forwarded client has a budget of its own …
    const client = [];
    for (let i = 0; i < 11; i++) client.push(await requestService(proxied, PROXY, '198.51.100.1'));
    expect(client).toEqual([...Array(10).fill('OK'), 'RATE_LIMITED request-service']);
    expect(await requestService(proxied, PROXY, '198.51.100.2')).toBe('OK');
    // … and a client's own X-Forwarded-For, to the left of the proxy's entry, is not believed.
    expect(await requestService(proxied, PROXY, '203.0.113.9, 198.51.100.1')).toBe('RATE_LIMITED request-service');

    // Not the proxy: the header is the client's claim, and the peer is counted.
    const direct = [];
    for (let i = 0; i < 11; i++) direct.push(await requestService(proxied, '127.0.0.3', someAddress()));
    expect(direct).toEqual([...Array(10).fill('OK'), 'RATE_LIMITED request-service']);
    expect(await maxEventLoopDelay(proxied.url, METRICS_TOKEN)).toBeLessThan(1);
  });

  it('with TRUST_PROXY, a WebSocket upgrade through the proxy is counted as the same client as its HTTP requests', async () => {
    await maxEventLoopDelay(proxied.url, METRICS_TOKEN);
    const forwarded = '198.51.100.3';
    const token = await login(proxied.url);
    const client = createClient({
      url: `${proxied.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols: string[]) {
          super(address, protocols, { localAddress: PROXY, headers: { 'x-forwarded-for': forwarded } });
        }
      },
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const overWebSocket = () =>
      new Promise<string>((resolve) =>
        client.subscribe(
          { query: REQUEST_SERVICE, variables: { input: requestInput } },
          {
            next: (message: { errors?: { extensions?: { code?: string; limit?: string } }[] }) => {
              const error = message.errors?.[0]?.extensions;
              resolve(error ? [error.code, error.limit].filter(Boolean).join(' ') : 'OK');
            },
            error: (error: unknown) => resolve(`error ${JSON.stringify(error)}`),
            complete: () => undefined,
          },
        ),
      );
    try {
      const answers = [];
      for (let i = 0; i < 10; i++) answers.push(await overWebSocket());
      expect(answers).toEqual(Array(10).fill('OK'));
    } finally {
      await client.dispose();
    }
    expect(await requestService(proxied, PROXY, forwarded)).toBe('RATE_LIMITED request-service');
    expect(await requestService(proxied, PROXY, '198.51.100.4')).toBe('OK');
    expect(await maxEventLoopDelay(proxied.url, METRICS_TOKEN)).toBeLessThan(1);
  });
});

describe('/metrics', () => {
  const operationLines = async () =>
    (await (await fetch(`${plain.url}/metrics`)).text())
      .split('\n')
      .filter((line) => line.startsWith('graphql_operation_seconds_count{'));

  it('hundreds of invented operation names add at most one line', async () => {
    await maxEventLoopDelay(plain.url);
    const before = await operationLines();
    for (let batch = 0; batch < 6; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          postGraphql(plain.url, { query: `query Invented${batch}x${i}${Date.now()} { me { id } }` }),
        ),
      );
      expect(answers.every((a) => a.status === 200 && a.body?.data)).toBe(true);
    }
    const after = await operationLines();
    expect(after.length - before.length).toBeLessThanOrEqual(1);
    expect(after.join('\n')).not.toContain('Invented');
    expect(after.join('\n')).toContain('operation="other",type="query"');
    expect(await maxEventLoopDelay(plain.url)).toBeLessThan(1);
  });

  it('with METRICS_TOKEN, answers only the bearer of the token', async () => {
    const refusedHeaders: Record<string, string>[] = [
      {},
      { authorization: 'Bearer not-the-token' },
      { authorization: `Basic ${METRICS_TOKEN}` },
    ];
    for (const headers of refusedHeaders) {
      const refused = await fetch(`${proxied.url}/metrics`, { headers });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      expect(await refused.text()).toContain('METRICS_TOKEN');
    }
    const scraped = await fetch(`${proxied.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('graphql_operation_seconds');
    expect(await maxEventLoopDelay(proxied.url, METRICS_TOKEN)).toBeLessThan(1);
  });
});
