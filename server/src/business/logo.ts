import { imageSize } from 'image-size';

/** What an uploaded logo may be: its type, size and dimensions are read from its header, before any decoding. */
export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_MAX_PIXELS = 2000;
const LOGO_TYPES = { png: 'image/png', jpg: 'image/jpeg' } as const;

export interface CheckedLogo {
  bytes: Buffer;
  contentType: (typeof LOGO_TYPES)[keyof typeof LOGO_TYPES];
}

/**
 * A logo sent as base64, checked: PNG or JPEG by its own bytes (whatever the file was called),
 * under LOGO_MAX_BYTES and LOGO_MAX_PIXELS on each side as its header declares them. The image is
 * never decoded here, so a decompression bomb is refused by what it declares.
 */
export function checkLogo(base64: string): CheckedLogo | { problem: string } {
  const text = base64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return { problem: 'must be base64' };
  // Checked before decoding the base64 too: four characters carry three bytes.
  if ((text.length / 4) * 3 - (text.match(/=+$/)?.[0].length ?? 0) > LOGO_MAX_BYTES) {
    return { problem: `must be under ${LOGO_MAX_BYTES / 1024} KB` };
  }
  const bytes = Buffer.from(text, 'base64');
  let header: ReturnType<typeof imageSize>;
  try {
    header = imageSize(bytes);
  } catch {
    return { problem: 'must be a PNG or JPEG image' };
  }
  const contentType = LOGO_TYPES[header.type as keyof typeof LOGO_TYPES];
  if (!contentType) return { problem: 'must be a PNG or JPEG image' };
  if (header.width > LOGO_MAX_PIXELS || header.height > LOGO_MAX_PIXELS || header.width < 1 || header.height < 1) {
    return { problem: `must be at most ${LOGO_MAX_PIXELS} × ${LOGO_MAX_PIXELS} pixels` };
  }
  return { bytes, contentType };
}
