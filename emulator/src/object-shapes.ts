import { objectSchema, resolve, type Schema } from './openapi';
import type { Params } from './openapi-validator';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNullable = (schema: Schema) => Boolean(schema.nullable || resolve(schema).nullable);

/** The alternative that describes a hash with known fields, e.g. the `$ref` of a nullable sub-object. */
function withFields(schema: Schema): Schema | undefined {
  const s = resolve(schema);
  if (s.properties) return s;
  return s.anyOf?.map(resolve).find((branch) => branch.properties);
}

/**
 * An object as Stripe answers it: every field the description says is always present or may be
 * null is there, defaulted (null, false, [], nested defaults, the only value of a one-value enum),
 * with `values` laid over. Fields a caller must supply (ids, amounts, open enums) come from
 * `values`; the response-conformance tests catch one that is forgotten.
 */
export function materialize<T>(objectType: string, values: Record<string, unknown>): T {
  return shape(objectSchema(objectType), { ...ALWAYS_RETURNED[objectType], ...values }) as T;
}

/**
 * Fields the SDK's types mark optional (absent from some answers: publishable-key reads, other
 * payment method types) that Stripe returns on every object the emulator makes, with Stripe's
 * value for a card payment nobody has changed. Fields declared non-optional are defaulted from
 * the description itself.
 */
const ALWAYS_RETURNED: Readonly<Record<string, Record<string, unknown>>> = {
  customer: { invoice_prefix: null, next_invoice_sequence: 1, preferred_locales: [], tax_exempt: 'none' },
  payment_intent: { amount_details: { tip: {} } },
  refund: {
    destination_details: {
      type: 'card',
      card: { reference_status: 'pending', reference_type: 'acquirer_reference_number', type: 'refund' },
    },
  },
  'checkout.session': {
    phone_number_collection: { enabled: false },
    tax_id_collection: { enabled: false, required: 'never' },
  },
  payment_link: { tax_id_collection: { enabled: false, required: 'never' } },
  product: { type: 'service' },
};

/** Changes to an object's fields, each shaped as `materialize` shapes it (nested defaults filled in). */
export function shapeFields<T extends Record<string, unknown>>(objectType: string, changes: T): T {
  const properties = resolve(objectSchema(objectType)).properties ?? {};
  return Object.fromEntries(
    Object.entries(changes).map(([key, value]) => [
      key,
      Object.hasOwn(properties, key) ? shape(properties[key] as Schema, value) : value,
    ]),
  ) as T;
}

function shape(schema: Schema, value: unknown): unknown {
  if (value === undefined) return defaultFor(schema);
  // Stripe's way of unsetting a field is an empty string.
  if (value === '' && isNullable(schema)) return null;
  const s = resolve(schema);
  if (Array.isArray(value))
    return s.type === 'array' && s.items ? value.map((item) => shape(s.items as Schema, item)) : value;
  const target = isRecord(value) ? withFields(schema) : undefined;
  if (!isRecord(value) || !target?.properties) return value;
  const out: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(target.properties)) {
    if (value[key] === undefined && !target.required?.includes(key) && !isNullable(property)) continue;
    const shaped = shape(property, value[key]);
    if (shaped !== undefined) out[key] = shaped;
  }
  return out;
}

function defaultFor(schema: Schema): unknown {
  if (isNullable(schema)) return null;
  const s = resolve(schema);
  if (s.enum?.length === 1) return s.enum[0];
  if (s.type === 'boolean') return false;
  if (s.type === 'array') return [];
  if (s.type === 'object') return s.properties ? shape(s, {}) : {};
  return undefined;
}

/**
 * The parameters that set a field of the same name on the object (description, url, metadata, ...),
 * leaving out those the caller handles itself and `expand`, which is about the answer.
 */
export function echoed(objectType: string, params: Params, handled: readonly string[] = []): Params {
  const properties = resolve(objectSchema(objectType)).properties ?? {};
  return Object.fromEntries(
    Object.entries(params).filter(
      ([key]) => key !== 'expand' && !handled.includes(key) && Object.hasOwn(properties, key),
    ),
  );
}

/** Stripe's metadata update: keys merge, an empty value deletes its key, an empty `metadata` clears all. */
export function mergeMetadata(
  current: Record<string, string> | null,
  given: Record<string, string> | '',
): Record<string, string> {
  if (given === '') return {};
  const merged = { ...current };
  for (const [key, value] of Object.entries(given)) {
    if (value === '') delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
