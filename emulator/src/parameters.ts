import { invalidRequest, type StripeError } from './errors';
import { resolve, type Schema } from './openapi';
import { HONOURED, type Honoured } from './parameters-honoured';

/**
 * Honoured or refused, never ignored: a parameter the description has for an operation the
 * emulator serves is either in `HONOURED` (the emulator acts on it, and a named test shows how) or
 * refused here, before anything happens, with a message naming the emulator's limit.
 * Parameters are named by path: `line_items[][price_data][currency]` (`[]` for any array item).
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entries of an operation: its own, plus those honoured wherever the description has them. */
export function honouredFor(operation: string): Record<string, Honoured> {
  return { ...HONOURED['*'], ...HONOURED[operation] };
}

export function emulatorLimit(operation: string, path: string, value?: unknown): StripeError {
  const what = value === undefined ? `\`${path}\`` : `\`${path}=${String(value)}\``;
  return invalidRequest(
    `The Stripe emulator does not implement ${what} on ${operation}: Stripe would act on it and the emulator cannot, so it refuses it rather than ignore it. Its README lists what it implements.`,
    path.replace(/\[\]/g, '[0]'),
  );
}

/** The alternative of `schema` a form value of this shape is read with (hash, array or scalar). */
function branchFor(schema: Schema, value: unknown): Schema {
  const s = resolve(schema);
  if (!s.anyOf) return s;
  const branches = s.anyOf.map(resolve);
  const wanted = isRecord(value) && Object.keys(value).every((k) => /^\d+$/.test(k)) ? 'array' : undefined;
  return (
    branches.find((b) => b.type === (Array.isArray(value) ? 'array' : (wanted ?? (isRecord(value) ? 'object' : '')))) ??
    branches.find((b) => b.type === 'object' && isRecord(value)) ??
    branches.find((b) => !(b.enum?.length === 1 && b.enum[0] === '')) ??
    s
  );
}

/**
 * Walks a request's input (form-decoded, before validation: any value will do) alongside the
 * operation's description and throws on the first described parameter that is not honoured.
 * Keys the description does not have are left to validation (`parameter_unknown`).
 */
/** The paths a table's entries sit under (`line_items`, `line_items[]` for `line_items[][price]`): walked into, not honoured whole. */
export function parentsOf(table: Record<string, unknown>): Set<string> {
  return new Set(
    Object.keys(table).flatMap((path) => {
      const parts = path.split('[');
      return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('['));
    }),
  );
}

export function refuseIgnored(operation: string, schema: Schema, input: Record<string, unknown>): void {
  const table = honouredFor(operation);
  const partial = parentsOf(table);
  const visit = (s: Schema, value: unknown, path: string): void => {
    const here = branchFor(s, value);
    if (here.type === 'array') {
      const items = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : [];
      for (const item of items) visit(here.items ?? {}, item, `${path}[]`);
      return;
    }
    if (!isRecord(value) || !here.properties) return;
    for (const [key, item] of Object.entries(value)) {
      const property = here.properties[key];
      if (!property) continue;
      const child = path ? `${path}[${key}]` : key;
      const entry = table[child];
      if (entry !== undefined) {
        // A value Stripe does not take at all is left to validation (`parameter_invalid`).
        const valid = resolve(property).enum;
        const stripeTakes = typeof item === 'string' && (!valid || valid.includes(item));
        if (typeof entry !== 'string' && stripeTakes && !entry.only.includes(item as string))
          throw emulatorLimit(operation, child, item);
        continue;
      }
      if (partial.has(child)) visit(property, item, child);
      else throw emulatorLimit(operation, child);
    }
  };
  visit(schema, input, '');
}

/** Every parameter path a request carries, parents included (`payment_intent_data`, `payment_intent_data[metadata]`, …). */
export function parameterPaths(input: unknown, path = ''): string[] {
  if (Array.isArray(input)) return input.flatMap((item) => parameterPaths(item, `${path}[]`));
  if (!isRecord(input)) return [];
  const indexed = path !== '' && Object.keys(input).length > 0 && Object.keys(input).every((k) => /^\d+$/.test(k));
  if (indexed) return Object.values(input).flatMap((item) => parameterPaths(item, `${path}[]`));
  return Object.entries(input).flatMap(([key, item]) => {
    const child = path ? `${path}[${key}]` : key;
    return [child, ...parameterPaths(item, child)];
  });
}
