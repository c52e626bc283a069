import type { AddressInfo } from 'node:net';

import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { createRequest } from '../test-support/requests';
import { ok, startTestServer, type TestServer } from '../test-support/test-server';
import { enqueueMail, OutboxSender } from './outbox';
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
    server.services.documents.attachment,
  );
  failNext = 2; // the receipt of markPaid and the appointment
  expect(await sender.sendDue()).toBe(0);
  const em = server.orm.em.fork();
  const waiting = await em.find(OutboxMessage, { to: 'mailme@example.com' }, { orderBy: { createdAt: 'asc' } });
  expect(waiting.map((m) => m.kind)).toEqual(['RECEIPT', 'SCHEDULED']);
  for (const message of waiting) {
    expect(message).toMatchObject({ status: OutboxStatus.PENDING, attempts: 1 });
    expect(message.lastError).toContain('mailbox busy');
  }

  await em.nativeUpdate(OutboxMessage, { to: 'mailme@example.com' }, { nextAttemptAt: new Date() }); // backoff elapsed
  // Two replicas at once: the row lock lets only one of them send each.
  const sent = await Promise.all([
    sender.sendDue(),
    new OutboxSender(
      server.orm.em.fork(),
      `smtp://127.0.0.1:${smtpPort}`,
      'x@example.com',
      pino({ level: 'silent' }),
      server.services.documents.attachment,
    ).sendDue(),
  ]);
  expect(sent[0] + sent[1]).toBe(2);
  expect(received).toHaveLength(2);
  expect(received.every((r) => r.to === 'mailme@example.com')).toBe(true);
  expect(received.map((r) => r.body).join()).toContain('Green Thumbs: your appointment');
  expect(received.map((r) => r.body).join()).toContain('Green Thumbs: receipt for your payment of $50.00');
  const done = await server.orm.em.fork().find(OutboxMessage, { to: 'mailme@example.com' });
  expect(done.map((m) => m.status)).toEqual([OutboxStatus.SENT, OutboxStatus.SENT]);
  expect(await sender.sendDue()).toBe(0);
  await sender.stop();
});

it('sends the HTML part, the reply-to and the documents a mail was queued with, drawn as it is sent; a key queues it once', async () => {
  const { id } = await createRequest(server, token, { customerEmail: 'files@example.com' });
  const draft = {
    kind: 'TEST',
    subject: 'Your files',
    text: 'See attached.',
    html: '<p>See attached.</p>',
    replyTo: 'office@greenthumbs.example',
    documents: [{ document: 'quote' as const, quoteVersion: 7 }],
  };
  const queued = await server.orm.em
    .fork()
    .transactional(async (tx) => [
      await enqueueMail(tx, { id, customerEmail: 'files@example.com' }, draft, `test:${id}`),
      await enqueueMail(tx, { id, customerEmail: 'files@example.com' }, draft, `test:${id}`),
    ]);
  expect(queued).toEqual([true, false]);
  received.length = 0;
  // The row names the document; the PDF is drawn for the mail's request when it is sent.
  const [row] = await server.orm.em.fork().find(OutboxMessage, { to: 'files@example.com' });
  expect(row?.attachments).toEqual([{ document: 'quote', quoteVersion: 7 }]);
  const drawn: unknown[] = [];
  const sender = new OutboxSender(
    server.orm.em.fork(),
    `smtp://127.0.0.1:${smtpPort}`,
    'Green Thumbs <desk@example.com>',
    pino({ level: 'silent' }),
    async (_em, requestId, document) => {
      drawn.push([requestId, document]);
      return { filename: 'quote-7.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.7 test') };
    },
  );
  expect(await sender.sendDue()).toBe(1);
  expect(drawn).toEqual([[id, { document: 'quote', quoteVersion: 7 }]]);
  const [mail] = received;
  expect(mail?.to).toBe('files@example.com');
  expect(mail?.body).toMatch(/^Reply-To: office@greenthumbs\.example\r?$/m);
  expect(mail?.body).toMatch(/Content-Type: text\/html/);
  expect(mail?.body).toMatch(/Content-Type: application\/pdf; name=quote-7\.pdf/);
  expect(mail?.body).toContain(Buffer.from('%PDF-1.7 test').toString('base64'));
  await sender.stop();
});
