/**
 * What PostgreSQL text cannot hold, though JSON and GraphQL variables can carry it: NUL characters
 * and lone UTF-16 surrogates (which also make `encodeURI`, hence some validators, throw).
 */
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const hasUnstorableText = (text: string) => text.search(UNSTORABLE) !== -1;

/** `text` with each unstorable character replaced by U+FFFD. */
export const storableText = (text: string) => text.replace(UNSTORABLE, '\uFFFD');

/** The path (`input.customerName`) of the first string in `value` holding unstorable text. */
export function unstorableTextPath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return hasUnstorableText(value) ? path || 'input' : undefined;
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = unstorableTextPath(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}
