import type { AddressInfo } from 'node:net';

import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { createRequest } from '../test-support/requests';
import { ok, startTestServer, type TestServer } from '../test-support/test-server';
import { OutboxSender } from './outbox';
import { OutboxMessage, OutboxStatus } from './outbox-message.entity';

let server: TestServer;
let token: string;
const received: { to: string; body: string }[] = [];
let failNext = 0;
let smtp: SMTPServer;
let smtpPort: number;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
      stream.on('end', () => {
        if (failNext > 0) {
          failNext -= 1;
          callback(new Error('451 mailbox busy, try later'));
          return;
        }
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  server = await startTestServer({ BUSINESS_NAME: 'Green Thumbs' });
  token = await server.login();
});
afterAll(async () => {
  await server.close();
  await new Promise<void>((resolve) => smtp.close(resolve));
});

it('sends queued mail over SMTP, retrying after a failure, and never twice', async () => {
  const { id } = await createRequest(server, token, { customerEmail: 'mailme@example.com' });
  ok(await server.gql(`mutation($id: ID!) { quote(id: $id, amount: 5000) { id } }`, { id }, token));
  ok(await server.gql(`mutation($id: ID!) { markPaid(id: $id) { id } }`, { id }, token));
  const when = new Date(Date.now() + 2 * 86_400_000).toISOString();
  ok(
    await server.gql(
      `mutation($id: ID!, $at: DateTime!) { schedule(id: $id, scheduledFor: $at) { id } }`,
      { id, at: when },
      token,
    ),
  );

  const sender = new OutboxSender(
    server.orm.em.fork(),
    `smtp://127.0.0.1:${smtpPort}`,
    'Green Thumbs <desk@example.com>',
    pino({ level: 'silent' }),
  );
  failNext = 1;
  expect(await sender.sendDue()).toBe(0);
  const em = server.orm.em.fork();
  const waiting = await em.findOneOrFail(OutboxMessage, { to: 'mailme@example.com' });
  expect(waiting).toMatchObject({ status: OutboxStatus.PENDING, attempts: 1 });
  expect(waiting.lastError).toContain('mailbox busy');

  await em.nativeUpdate(OutboxMessage, { id: waiting.id }, { nextAttemptAt: new Date() }); // its backoff, elapsed
  // Two replicas at once: the row lock lets only one of them send it.
  const sent = await Promise.all([
    sender.sendDue(),
    new OutboxSender(
      server.orm.em.fork(),
      `smtp://127.0.0.1:${smtpPort}`,
      'x@example.com',
      pino({ level: 'silent' }),
    ).sendDue(),
  ]);
  expect(sent[0] + sent[1]).toBe(1);
  expect(received).toHaveLength(1);
  expect(received[0]?.to).toBe('mailme@example.com');
  expect(received[0]?.body).toContain('Green Thumbs: your appointment');
  const done = await server.orm.em.fork().findOneOrFail(OutboxMessage, { id: waiting.id });
  expect(done.status).toBe(OutboxStatus.SENT);
  expect(await sender.sendDue()).toBe(0);
  await sender.stop();
});
