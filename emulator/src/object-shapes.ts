import { newerFields, objectSchema, resolve, type Schema } from './openapi';
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
  return shape(objectSchema(objectType), values) as T;
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
  // Fields newer than the description are kept as given.
  for (const [key, item] of Object.entries(value)) if (!Object.hasOwn(target.properties, key)) out[key] = item;
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
  const newer = newerFields(objectType);
  return Object.fromEntries(
    Object.entries(params).filter(
      ([key]) => key !== 'expand' && !handled.includes(key) && (Object.hasOwn(properties, key) || newer.includes(key)),
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
