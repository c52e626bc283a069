import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The subset of OpenAPI 3 that Stripe's description uses. */
export interface Schema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  nullable?: boolean;
  /** `decimal`: a decimal number written as a string. */
  format?: string;
  /** Stripe's marker for enums that also accept values newer than the description. */
  'x-stripeBypassValidation'?: boolean;
  'x-expandableFields'?: string[];
  'x-expansionResources'?: { oneOf: Schema[] };
}

/**
 * The emulator's description of Stripe's API: the operations it serves (their parameters) and the
 * objects it answers with, at one API version, generated from the pinned SDK's type declarations
 * (`sdk-description.ts`, refreshed by `pnpm --filter @service-desk/stripe-emulator describe`).
 */
export interface Description {
  info: { version: string; sdk: string };
  /** `post /v1/payment_intents/{id}`: the operation's parameters as one object schema (query or form). */
  operations: Record<string, { params: Schema }>;
  /** Every operation the SDK can call, whether the emulator serves it or not. */
  sdkOperations: string[];
  components: { schemas: Record<string, Schema> };
}

export const DESCRIPTION_FILE = join(__dirname, '..', 'description', 'stripe-api.json');

let loaded: Description | undefined;

/** The committed description, parsed once. */
export function description(): Description {
  loaded ??= JSON.parse(readFileSync(DESCRIPTION_FILE, 'utf8')) as Description;
  return loaded;
}

/** The API version the emulator speaks: the pinned SDK's. */
export function descriptionVersion(): string {
  return description().info.version;
}

/** `post /v1/customers/{customer}` and `post /v1/customers/{id}` name one operation: placeholders compare blank. */
export const operationKey = (method: string, template: string) =>
  `${method.toLowerCase()} ${template.replace(/\{\w+\}/g, '{}')}`;

let byKey: Map<string, Schema> | undefined;

function operationParams(method: string, template: string): Schema | undefined {
  byKey ??= new Map(
    Object.entries(description().operations).map(([operation, { params }]) => {
      const [verb, path] = operation.split(' ') as [string, string];
      return [operationKey(verb, path), params];
    }),
  );
  return byKey.get(operationKey(method, template));
}

export function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = description().components.schemas[name];
  if (!target) throw new Error(`the Stripe description has no schema ${name}`);
  return resolve(target);
}

/** The schema of a Stripe object type, named as its `object` field names it (`checkout.session`). */
export function objectSchema(objectType: string): Schema {
  const schema = description().components.schemas[objectType];
  if (!schema) throw new Error(`the Stripe description has no object ${objectType}`);
  return schema;
}

/**
 * One object schema for all of an operation's inputs (query parameters for GET, the form body
 * for POST), so a request is checked by a single walk. Unknown keys are refused at every level.
 */
export function requestSchema(method: 'get' | 'post' | 'delete', template: string): Schema {
  const params = operationParams(method, template);
  if (!params) throw new Error(`the Stripe description has no ${method.toUpperCase()} ${template}`);
  return params;
}
