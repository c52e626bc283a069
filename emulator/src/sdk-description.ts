import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import ts from 'typescript';

import type { Description, Schema } from './openapi';

/**
 * Builds the emulator's description of Stripe's API from the pinned `stripe` SDK: its type
 * declarations (read with the TypeScript compiler) give each operation's parameters and each
 * object's fields at the SDK's API version; its compiled resources give each method's HTTP method
 * and path. Only `scripts/refresh-description.js` and the test that the committed description is
 * current use this (TypeScript is a development dependency).
 */

/** The SDK's resource files whose operations and objects the emulator serves. */
const RESOURCES = [
  'Products',
  'Prices',
  'Customers',
  'PaymentLinks',
  'Checkout/Sessions',
  'LineItems',
  'PaymentIntents',
  'Charges',
  'PaymentMethods',
  'Refunds',
  'Events',
  'Disputes',
  'Files',
  'TaxRates',
];

/**
 * TypeScript has one `number`; Stripe's description tells integers from decimals. These are the
 * field names the description types as decimals (every other number is an integer: amounts,
 * counts, timestamps).
 */
const DECIMAL_FIELDS = new Set([
  'exchange_rate',
  'aggregated_value',
  'latitude',
  'longitude',
  'percent_off',
  'rates',
  'height',
  'length',
  'weight',
  'width',
  'application_fee_percent',
  'percent_ownership',
  'amount_percent',
  'effective_percentage',
  'percentage',
]);

const isList = (schema: Schema) => schema.properties?.['object']?.enum?.[0] === 'list';

const sdkRoot = () => dirname(require.resolve('stripe'));

/** `POST /v1/payment_intents/${encodeURIComponent(id)}/capture` → `post /v1/payment_intents/{id}/capture`, per method name. */
function requestsOf(source: string): Map<string, string> {
  const found = new Map<string, string>();
  const call = /^ {4}(\w+)\([^)]*\) \{\s*return this\._makeRequest\('(\w+)', [`'](\/v[12]\/[^`']+)[`']/gm;
  for (const [, method, verb, path] of source.matchAll(call)) {
    const template = (path as string).replace(/\$\{encodeURIComponent\((\w+)\)\}/g, '{$1}');
    found.set(method as string, `${(verb as string).toLowerCase()} ${template}`);
  }
  return found;
}

/** Every operation the SDK can call, for telling "not implemented by the emulator" from "no such URL". */
function allOperations(resources: string): string[] {
  const operations = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of ts.sys.readDirectory(dir, ['.js'])) {
      for (const operation of requestsOf(readFileSync(entry, 'utf8')).values()) operations.add(operation);
    }
  };
  walk(resources);
  return [...operations].sort();
}

class Describer {
  readonly schemas: Record<string, Schema> = {};
  private readonly owners = new Map<string, ts.Declaration>();
  /**
   * Whether parameters are being described. There, `null` only comes from `Emptyable<T>`
   * (`null | '' | T`, where TypeScript folds `''` into `string`): the parameter can be unset with `''`.
   */
  params = false;

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly selected: ReadonlySet<ts.SourceFile>,
  ) {}

  /** The name a top-level Stripe object goes by: its `object` field's only value (`checkout.session`). */
  objectName(type: ts.Type): string | undefined {
    const declaration = type.symbol?.declarations?.[0];
    if (!declaration || !ts.isInterfaceDeclaration(declaration) || !ts.isSourceFile(declaration.parent)) return;
    // `DeletedCustomer` shares `object: 'customer'`: it is a shape of its own.
    const deleted = type.getProperty('deleted');
    if (deleted && this.checker.getTypeOfSymbol(deleted).flags & ts.TypeFlags.BooleanLiteral) return;
    const object = type.getProperty('object');
    const objectType = object && this.checker.getTypeOfSymbol(object);
    return objectType?.isStringLiteral() ? objectType.value : undefined;
  }

  private isSelected(type: ts.Type): boolean {
    return Boolean(type.symbol?.declarations?.some((d) => this.selected.has(d.getSourceFile())));
  }

  /** A named interface becomes a shared schema (`$ref`), which also ends recursion. */
  private named(type: ts.Type, name: string, build: () => Schema): Schema {
    const declaration = type.symbol.declarations?.[0] as ts.Declaration;
    const owner = this.owners.get(name);
    if (owner && owner !== declaration) throw new Error(`two declarations are both named ${name}`);
    if (!owner) {
      this.owners.set(name, declaration);
      this.schemas[name] = {};
      this.schemas[name] = build();
    }
    return { $ref: `#/components/schemas/${name}` };
  }

  private refName(type: ts.Type): string | undefined {
    if (!type.symbol || !(type.symbol.flags & ts.SymbolFlags.Interface)) return;
    if ((type as ts.TypeReference).typeArguments?.length) return;
    return this.objectName(type) ?? this.checker.getFullyQualifiedName(type.symbol).replace(/^"[^"]*"\./, '');
  }

  describe(type: ts.Type, field: string): Schema {
    if (type.isUnion()) return this.union(type.types, field);
    return this.single(type, field);
  }

  private union(members: readonly ts.Type[], field: string): Schema {
    let nullable = false;
    let empty = false;
    const rest: ts.Type[] = [];
    for (const member of members) {
      if (member.flags & ts.TypeFlags.Null) nullable = true;
      else if (member.flags & ts.TypeFlags.Undefined) continue;
      else if (member.isStringLiteral() && member.value === '') empty = true;
      else rest.push(member);
    }
    let schema = this.alternatives(rest, field);
    if (this.params && nullable) [empty, nullable] = [true, false];
    if (empty) schema = { anyOf: [schema, { type: 'string', enum: [''] }] };
    return nullable ? { ...schema, nullable: true } : schema;
  }

  private alternatives(members: readonly ts.Type[], field: string): Schema {
    const literals = members.filter((m) => m.isStringLiteral()) as ts.StringLiteralType[];
    const open = members.some((m) => this.isOpenString(m));
    const booleans = members.filter((m) => m.flags & ts.TypeFlags.BooleanLiteral);
    const others = members.filter(
      (m) => !m.isStringLiteral() && !this.isOpenString(m) && !(m.flags & ts.TypeFlags.BooleanLiteral),
    );
    const branches: Schema[] = [];
    if (literals.length) {
      branches.push({
        type: 'string',
        enum: literals.map((l) => l.value),
        ...(open ? { 'x-stripeBypassValidation': true } : {}),
      });
    } else if (open) branches.push({ type: 'string' });
    if (booleans.length) branches.push({ type: 'boolean' });
    // `string | Customer | DeletedCustomer`: an id, or the object when expanded.
    const objects = others.filter((m) => this.objectName(m));
    const expandable = objects.length > 0 && others.some((m) => m.flags & ts.TypeFlags.String);
    for (const member of others) {
      if (expandable && this.objectName(member) && !this.isSelected(member)) continue;
      branches.push(this.single(member, field));
    }
    const schema: Schema = branches.length === 1 ? (branches[0] as Schema) : { anyOf: branches };
    if (!expandable) return schema;
    return {
      ...schema,
      'x-expansionResources': { oneOf: objects.map((m) => ({ $ref: `#/components/schemas/${this.objectName(m)}` })) },
    };
  }

  /** `OtherString`: `string & Record<never, never>`, Stripe's mark of an enum that may grow. */
  private isOpenString(type: ts.Type): boolean {
    return type.isIntersection() && type.types.some((t) => t.flags & ts.TypeFlags.String) && !this.isDecimal(type);
  }

  private isDecimal(type: ts.Type): boolean {
    return (
      type.aliasSymbol?.name === 'Decimal' ||
      (type.isIntersection() && type.types.some((t) => t.symbol?.name === 'DecimalImpl'))
    );
  }

  private single(type: ts.Type, field: string): Schema {
    if (type.flags & ts.TypeFlags.String) return { type: 'string' };
    if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
    if (type.flags & ts.TypeFlags.Number) return { type: DECIMAL_FIELDS.has(field) ? 'number' : 'integer' };
    if (type.flags & (ts.TypeFlags.Boolean | ts.TypeFlags.BooleanLiteral)) return { type: 'boolean' };
    if (this.isDecimal(type)) return { type: 'string', format: 'decimal' };
    if (this.isOpenString(type)) return { type: 'string' };
    if (type.isUnion()) return this.union(type.types, field);
    if (this.checker.isArrayType(type)) {
      const [item] = this.checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: this.describe(item as ts.Type, field) };
    }
    if (type.flags & ts.TypeFlags.Object) {
      const name = this.refName(type);
      return name ? this.named(type, name, () => this.object(type)) : this.object(type);
    }
    throw new Error(`no schema for ${this.checker.typeToString(type)} (${field})`);
  }

  object(type: ts.Type): Schema {
    const properties: Record<string, Schema> = {};
    const required: string[] = [];
    for (const property of this.checker.getPropertiesOfType(type)) {
      // `deleted?: void`: a field the object never has (only its deleted form does).
      const declared = this.checker.getTypeOfSymbol(property);
      const members = declared.isUnion() ? declared.types : [declared];
      if (members.every((m) => m.flags & (ts.TypeFlags.Void | ts.TypeFlags.Undefined))) continue;
      properties[property.name] = this.describe(this.checker.getTypeOfSymbol(property), property.name);
      if (!(property.flags & ts.SymbolFlags.Optional)) required.push(property.name);
    }
    const index = this.checker.getIndexInfosOfType(type)[0];
    const schema: Schema = { type: 'object' };
    if (Object.keys(properties).length) schema.properties = properties;
    if (required.length) schema.required = required;
    // Metadata values are strings on the wire, whatever the SDK lets a caller pass.
    if (index) schema.additionalProperties = { type: 'string' };
    // Ids that expand to their object, and lists Stripe includes only when asked (`line_items`).
    const expandable = Object.entries(properties)
      .filter(([key, s]) => s['x-expansionResources'] || (!required.includes(key) && isList(s)))
      .map(([key]) => key);
    if (expandable.length) schema['x-expandableFields'] = expandable;
    return schema;
  }
}

/** The description of the pinned SDK's API version, for the resources in `RESOURCES`. */
export function describeSdk(): Description {
  const root = sdkRoot();
  const files = RESOURCES.map((name) => join(root, 'resources', `${name}.d.ts`));
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
  });
  const checker = program.getTypeChecker();
  const sources = files.map((file) => program.getSourceFile(file) as ts.SourceFile);
  const describer = new Describer(checker, new Set(sources));
  const operations: Description['operations'] = {};

  sources.forEach((source, i) => {
    const requests = requestsOf(readFileSync(files[i]!.replace(/\.d\.ts$/, '.js'), 'utf8'));
    source.forEachChild((node) => {
      // Each event type extends `EventBase`, the one `event` object.
      if (ts.isInterfaceDeclaration(node) && !node.heritageClauses) {
        const type = checker.getTypeAtLocation(node);
        if (describer.objectName(type)) describer.describe(type, '');
      }
      if (!ts.isClassDeclaration(node)) return;
      for (const member of node.members) {
        if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
        const operation = requests.get(member.name.text);
        const params = member.parameters.find((p) => p.name.getText() === 'params');
        if (!operation || !params?.type) continue;
        describer.params = true;
        const schema = describer.describe(checker.getTypeFromTypeNode(params.type), '');
        describer.params = false;
        operations[operation] = { params: schema.$ref ? describer.schemas[schema.$ref.split('/').pop()!]! : schema };
      }
    });
  });
  const version = /ApiVersion = '([^']+)'/.exec(readFileSync(join(root, 'apiVersion.js'), 'utf8'))?.[1];
  const sdk = (JSON.parse(readFileSync(join(root, '..', 'package.json'), 'utf8')) as { version: string }).version;
  return {
    info: { version: version as string, sdk },
    operations,
    sdkOperations: allOperations(join(root, 'resources')),
    components: { schemas: describer.schemas },
  };
}
