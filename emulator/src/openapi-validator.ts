import { invalidRequest, missingParam, unknownParam } from './errors';
import { resolve, type Schema } from './openapi';

/** Request parameters once checked against the description: shaped and typed as it says. */
export type Params = Record<string, any>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** qs turns `a[0]=x` into an array, but `a[25]=x` (past its array limit) into `{ '25': 'x' }`. */
const isIndexed = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && Object.keys(value).every((key) => /^\d+$/.test(key));

const child = (path: string, key: string | number) => (path ? `${path}[${key}]` : String(key));

const show = (value: unknown) => (typeof value === 'string' ? value.slice(0, 100) : JSON.stringify(value));

const oneOf = (values: readonly unknown[]) =>
  values.length > 1 ? `${values.slice(0, -1).join(', ')}, or ${String(values.at(-1))}` : String(values[0]);

/**
 * Checks form-decoded input (every leaf a string) against `schema` and returns it typed:
 * integers as numbers, booleans as booleans, `''` kept where the description allows unsetting.
 * Throws the StripeError Stripe answers: parameter_unknown, parameter_missing, parameter_invalid_*.
 */
export function readParams(schema: Schema, input: Record<string, unknown>): Params {
  return coerce(schema, input, '') as Params;
}

function coerce(schema: Schema, value: unknown, path: string): unknown {
  const s = resolve(schema);
  if (s.anyOf) return coerceAnyOf(s.anyOf, value, path);
  if (value === '') {
    if (s.enum?.includes('')) return '';
    throw invalidRequest(
      `You passed an empty string for '${path}'. We assume empty values are an attempt to unset a parameter; however '${path}' cannot be unset. You should remove '${path}' from your request or supply a non-empty value.`,
      path,
      'parameter_invalid_empty',
    );
  }
  switch (s.type) {
    case 'object':
      return coerceObject(s, value, path);
    case 'array': {
      const items = Array.isArray(value)
        ? value
        : isIndexed(value)
          ? Object.keys(value)
              .sort((a, b) => Number(a) - Number(b))
              .map((key) => value[key])
          : undefined;
      if (!items) throw invalidRequest(`Invalid array`, path);
      return items.map((item, index) => coerce(s.items ?? {}, item, child(path, index)));
    }
    case 'integer':
      if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value);
      throw invalidRequest(`Invalid integer: ${show(value)}`, path, 'parameter_invalid_integer');
    case 'number':
      if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
      throw invalidRequest(`Invalid decimal: ${show(value)}`, path);
    case 'boolean':
      if (value === 'true' || value === 'false') return value === 'true';
      throw invalidRequest(`Invalid boolean: ${show(value)}`, path);
    case 'string':
      if (typeof value !== 'string') throw invalidRequest(`Invalid string: ${show(value)}`, path);
      if (s.enum && !s['x-stripeBypassValidation'] && !s.enum.includes(value)) {
        throw invalidRequest(`Invalid ${path}: must be one of ${oneOf(s.enum)}`, path);
      }
      return value;
    default:
      return value;
  }
}

function coerceObject(s: Schema, value: unknown, path: string): Params {
  if (!isRecord(value)) throw invalidRequest(`Invalid hash`, path);
  const properties = s.properties ?? {};
  const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(properties, key) && !extra) throw unknownParam(child(path, key));
  }
  for (const key of s.required ?? []) {
    if (value[key] === undefined) throw missingParam(child(path, key));
  }
  const out: Params = {};
  for (const [key, item] of Object.entries(value)) {
    // A map's entries (metadata) are unset one by one with an empty value.
    if (!Object.hasOwn(properties, key) && item === '') out[key] = '';
    else out[key] = coerce((Object.hasOwn(properties, key) ? properties[key] : extra) ?? {}, item, child(path, key));
  }
  return out;
}

const isUnsetMarker = (s: Schema) => s.enum?.length === 1 && s.enum[0] === '';

/** Whether a value has the shape an alternative describes: a hash, an array, or a scalar. */
function fits(schema: Schema, value: unknown): boolean {
  const s = resolve(schema);
  if (s.anyOf) return s.anyOf.some((branch) => fits(branch, value));
  if (s.type === 'object') return isRecord(value);
  if (s.type === 'array') return Array.isArray(value) || isIndexed(value);
  return typeof value !== 'object';
}

/** Tries the alternatives that fit the value's shape (hash, array or scalar), reporting the first one's complaint. */
function coerceAnyOf(branches: Schema[], value: unknown, path: string): unknown {
  const resolved = branches.map(resolve);
  if (value === '' && resolved.some(isUnsetMarker)) return '';
  // An open enum takes any string: it is tried last, so `false` is read as the boolean alternative.
  const candidates = resolved
    .filter((s) => !isUnsetMarker(s))
    .sort((a, b) => Number(Boolean(a['x-stripeBypassValidation'])) - Number(Boolean(b['x-stripeBypassValidation'])));
  const fitting = candidates.filter((s) => fits(s, value));
  let first: unknown;
  for (const branch of fitting.length ? fitting : candidates) {
    try {
      return coerce(branch, value, path);
    } catch (error) {
      first ??= error;
    }
  }
  throw first;
}

/** Where a JSON value (an object this emulator answers with) departs from `schema`; empty when it conforms. */
export function schemaProblems(schema: Schema, value: unknown, path = '$'): string[] {
  const problems: string[] = [];
  check(schema, value, path, problems);
  return problems;
}

function check(schema: Schema, value: unknown, path: string, problems: string[]): void {
  const s = resolve(schema);
  if (value === null) {
    if (!schema.nullable && !s.nullable) problems.push(`${path} is null but not nullable`);
    return;
  }
  if (s.anyOf) {
    const attempts = s.anyOf.map((branch) => schemaProblems(branch, value, path));
    if (attempts.some((found) => found.length === 0)) return;
    const closest = s.anyOf.findIndex((branch) => fits(branch, value));
    problems.push(...(attempts[closest] ?? [`${path} matches none of the alternatives`]));
    return;
  }
  switch (s.type) {
    case 'object':
      if (!isRecord(value)) return void problems.push(`${path} should be an object`);
      for (const key of s.required ?? []) if (value[key] === undefined) problems.push(`${path}.${key} is required`);
      for (const [key, item] of Object.entries(value)) {
        const property =
          s.properties?.[key] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
        if (property) check(property, item, `${path}.${key}`, problems);
        // A hash whose fields the description lists has no others (a removed field is a drift).
        else if (s.properties) problems.push(`${path}.${key} is not in the description`);
      }
      return;
    case 'array':
      if (!Array.isArray(value)) return void problems.push(`${path} should be an array`);
      value.forEach((item, index) => check(s.items ?? {}, item, `${path}[${index}]`, problems));
      return;
    case 'string':
      if (typeof value !== 'string') return void problems.push(`${path} should be a string`);
      if (s.enum && !s['x-stripeBypassValidation'] && !s.enum.includes(value)) {
        problems.push(`${path} is ${JSON.stringify(value)}, not one of ${s.enum.join(', ')}`);
      }
      return;
    case 'integer':
      if (!Number.isInteger(value)) problems.push(`${path} should be an integer`);
      return;
    case 'number':
      if (typeof value !== 'number') problems.push(`${path} should be a number`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') problems.push(`${path} should be a boolean`);
      return;
  }
}
