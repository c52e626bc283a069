import type { Core } from './core';
import { invalidRequest, missingParam } from './errors';
import { nowSeconds } from './events';
import { newId } from './ids';
import { materialize } from './object-shapes';
import type { Params } from './openapi-validator';
import type { StripeObject } from './store';

/** Stripe's limits for evidence files (its file upload guide): PDF, JPEG or PNG, at most 5 MB, kept nine months. */
const EVIDENCE = { maxBytes: 5 * 1024 * 1024, keptDays: 274 };

/** A file's type as Stripe reads it: from its contents, whatever the upload's name or declared type says. */
function sniff(bytes: Buffer): 'pdf' | 'jpg' | 'png' | undefined {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  return undefined;
}

/**
 * `POST /v1/files` (multipart, as the SDK sends it to files.stripe.com, or to the emulator's host
 * when the SDK is pointed at it): a `dispute_evidence` file, usable in a dispute's evidence. The
 * multipart body reaches here as `file[data]` in base64 (api.ts reads the form).
 */
export function createFile(core: Core, params: Params): StripeObject {
  const data: unknown = params['file']?.data;
  if (typeof data !== 'string') throw missingParam('file');
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length === 0) throw invalidRequest('The file you uploaded is empty.', 'file');
  if (bytes.length > EVIDENCE.maxBytes)
    throw invalidRequest(
      `File size exceeds the limit for purpose dispute_evidence: ${bytes.length} bytes, at most ${EVIDENCE.maxBytes}.`,
      'file',
    );
  const type = sniff(bytes);
  if (!type)
    throw invalidRequest(
      'Invalid file: files with purpose dispute_evidence must be one of the following types: pdf, jpeg, png.',
      'file',
    );
  const created = nowSeconds();
  const name: string = params['file']?.name || `file.${type}`;
  const id = newId('file');
  return core.store.insert(
    materialize<StripeObject>('file', {
      id,
      created,
      expires_at: created + EVIDENCE.keptDays * 86_400,
      filename: name,
      links: { object: 'list', data: [], has_more: false, url: `/v1/file_links?file=${id}` },
      purpose: params['purpose'],
      size: bytes.length,
      title: null,
      type,
      // The contents are not served back: the emulator keeps what Stripe reports about a file.
      url: null,
    }),
  );
}
