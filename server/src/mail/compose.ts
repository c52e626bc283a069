/** Who a customer mail is from: the business's settings when it is written (business.service.ts). */
export interface MailBusiness {
  name: string;
  replyTo: string | null;
  /** IANA name: every time in the mail is shown in it. */
  timeZone: string;
}

/** A file sent with a mail (a PDF quote or receipt), as drawn when the mail is sent. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/**
 * A document of the mail's request attached to it, named by what it shows: the quote of one
 * version, the receipt of one payment. The outbox keeps the name and draws the PDF when it sends
 * the mail (OutboxSender), from rows that no later change alters.
 */
export type MailDocument = { document: 'quote'; quoteVersion: number } | { document: 'receipt'; paymentId: string };

/** A mail as written, before it is queued (mail/outbox.ts). */
export interface MailDraft {
  kind: string;
  subject: string;
  text: string;
  /** The same content as HTML; the admin mails have none. */
  html?: string;
  replyTo?: string;
  documents?: MailDocument[];
}

/**
 * A part of a mail's body. A string is a paragraph (its line breaks kept); `rows` a table of
 * label and value (the quote's lines, its totals); `link` a link of ours, shown in full in the text.
 */
export type Block = string | { rows: readonly (readonly [string, string])[] } | { link: string; label: string };

/**
 * Control characters (but tab and line feed) and the bidirectional overrides that could make a
 * name read as something else: text a customer or an admin typed never carries them into a mail.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it removes
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Typed text for a plain-text part: no control characters, CRLF as LF. */
export const plain = (text: string) => text.replace(/\r\n?/g, '\n').replace(UNSAFE, '');

/** Typed text that must stay on one line (a subject, a table cell): whitespace runs become one space. */
export const oneLine = (text: string) => plain(text).replace(/\s+/g, ' ').trim();

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const paragraphHtml = (text: string) => `<p>${escapeHtml(plain(text)).replace(/\n/g, '<br>')}</p>`;

function blockText(block: Block): string {
  if (typeof block === 'string') return plain(block);
  if ('link' in block) return `${block.label}: ${block.link}`;
  const width = Math.max(...block.rows.map(([label]) => oneLine(label).length));
  return block.rows.map(([label, value]) => `${oneLine(label).padEnd(width)}  ${oneLine(value)}`).join('\n');
}

function blockHtml(block: Block): string {
  if (typeof block === 'string') return paragraphHtml(block);
  if ('link' in block) {
    return `<p><a href="${escapeHtml(block.link)}" style="font-weight:bold">${escapeHtml(block.label)}</a></p>`;
  }
  const rows = block.rows
    .map(
      ([label, value]) =>
        `<tr><td style="padding:2px 16px 2px 0">${escapeHtml(oneLine(label))}</td><td style="text-align:right;white-space:nowrap">${escapeHtml(oneLine(value))}</td></tr>`,
    )
    .join('');
  return `<table style="border-collapse:collapse">${rows}</table>`;
}

/**
 * A customer mail: a greeting, `blocks`, and the business's name to sign it, as plain text and as
 * HTML, every piece of typed text escaped for each; from the business, answered to its reply-to.
 */
export function compose(
  business: MailBusiness,
  kind: string,
  subject: string,
  greeting: string,
  blocks: readonly Block[],
): MailDraft {
  const all: Block[] = [greeting, ...blocks, `— ${business.name}`];
  return {
    kind,
    subject: oneLine(subject),
    text: all.map(blockText).join('\n\n'),
    html: `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${all.map(blockHtml).join('')}</body></html>`,
    ...(business.replyTo ? { replyTo: business.replyTo } : {}),
  };
}
