import type { AddressInfo } from 'node:net';

import { type ParsedMail, simpleParser } from 'mailparser';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';

import { OutboxSender } from '../mail/outbox';
import type { TestServer } from './test-server';

/** An SMTP server of the test's own: each mail it receives, parsed as a mail client reads it. */
export async function smtpInbox(): Promise<{ url: string; received: ParsedMail[]; close: () => Promise<void> }> {
  const received: ParsedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => smtp.close(resolve)),
  };
}

/** Sends what the server's outbox holds over `smtpUrl` with the server's own sender and documents. */
export async function sendOutbox(server: Pick<TestServer, 'orm' | 'services'>, smtpUrl: string): Promise<number> {
  const sender = new OutboxSender(
    server.orm.em.fork(),
    smtpUrl,
    'Desk <desk@example.com>',
    pino({ level: 'silent' }),
    server.services.documents.attachment,
  );
  let total = 0;
  try {
    for (let sent = await sender.sendDue(); sent > 0; sent = await sender.sendDue()) total += sent;
  } finally {
    await sender.stop();
  }
  return total;
}
