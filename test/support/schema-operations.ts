import { readFileSync } from 'node:fs';
import path from 'node:path';

import fc from 'fast-check';

import { ROOT, serverRequire } from './server-deps';

const graphql = serverRequire('graphql');

/** The committed schema.graphql, which a server test keeps equal to the server's. */
export const schema = graphql.buildSchema(readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'));

/** The root fields anyone may call (CONTRACT.md); every other one needs an admin. */
export const PUBLIC_OPERATIONS = new Set([
  'login',
  'requestService',
  'me',
  'acceptInvitation',
  'requestPasswordReset',
  'resetPassword',
]);

export interface Operation {
  kind: 'query' | 'mutation' | 'subscription';
  name: string;
  /** The field with every argument passed as a variable of its declared type. */
  query: string;
  args: { name: string; type: unknown }[];
}

/** One operation per root field of schema.graphql: a field added later is covered as it lands. */
export function operations(kinds: Operation['kind'][] = ['query', 'mutation', 'subscription']): Operation[] {
  const roots = {
    query: schema.getQueryType(),
    mutation: schema.getMutationType(),
    subscription: schema.getSubscriptionType(),
  };
  return kinds.flatMap((kind) =>
    Object.values(roots[kind]?.getFields() ?? {}).map((field: any) => {
      const declared = field.args.map((a: any) => `$${a.name}: ${String(a.type)}`).join(', ');
      const passed = field.args.map((a: any) => `${a.name}: $${a.name}`).join(', ');
      const named = graphql.getNamedType(field.type);
      const selection = graphql.isObjectType(named) ? ' { __typename }' : '';
      return {
        kind,
        name: field.name as string,
        query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
        args: field.args.map((a: any) => ({ name: a.name, type: a.type })),
      };
    }),
  );
}

/** Variables generated for every argument of `operation` (see `valuesOf`). */
export const variablesOf = (operation: Operation, ids: readonly string[]) =>
  fc.record(Object.fromEntries(operation.args.map((a) => [a.name, valuesOf(a.type, ids)] as const)), {
    requiredKeys: [],
  });

/** Well-typed values for the required arguments only: enough to get past validation to the guard. */
export function sampleVariables(operation: Operation): Record<string, unknown> {
  const sample = (type: any): unknown => {
    if (graphql.isNonNullType(type)) return sample(type.ofType);
    if (graphql.isListType(type)) return [sample(type.ofType)];
    if (graphql.isEnumType(type)) return type.getValues()[0].name;
    if (graphql.isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((f: any) => graphql.isNonNullType(f.type));
      return Object.fromEntries(fields.map((f: any) => [f.name, sample(f.type)]));
    }
    const scalars: Record<string, unknown> = { Int: 1, Float: 1, Boolean: true, DateTime: '2030-01-01T00:00:00Z' };
    return scalars[type.name] ?? (type.name === 'ID' ? '00000000-0000-4000-8000-000000000000' : 'a@example.com');
  };
  const required = operation.args.filter((a) => graphql.isNonNullType(a.type));
  return Object.fromEntries(required.map((a) => [a.name, sample(a.type)]));
}

/** Values of a GraphQL input type, mostly well-typed and hostile, sometimes of the wrong type altogether. */
export function valuesOf(type: any, ids: readonly string[]): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(null));
  if (graphql.isNonNullType(type)) return fc.oneof({ weight: 9, arbitrary: valuesOf(type.ofType, ids) }, wrong);
  if (graphql.isListType(type)) return fc.oneof(fc.array(valuesOf(type.ofType, ids), { maxLength: 4 }), wrong);
  if (graphql.isEnumType(type))
    return fc.oneof(fc.constantFrom(...type.getValues().map((v: { name: string }) => v.name)), fc.string(), wrong);
  if (graphql.isInputObjectType(type)) {
    const fields = Object.fromEntries(
      Object.values(type.getFields()).map((f: any) => [f.name, valuesOf(f.type, ids)] as const),
    );
    return fc.oneof({ weight: 5, arbitrary: fc.record(fields, { requiredKeys: [] }) }, wrong);
  }
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\ud800', 'ada@example.com', "'; drop table payment; --", '%_\\'),
    fc.integer({ min: 200, max: 20_000 }).map((n) => 'x'.repeat(n)),
  );
  const scalars: Record<string, fc.Arbitrary<unknown>> = {
    ID: fc.oneof(
      fc.nat().map((i) => ids[i % ids.length]),
      fc.uuid(),
      text,
    ), // ids is filled by beforeAll
    String: text,
    Int: fc.oneof(
      fc.integer({ min: -10, max: 100_000_000 }),
      fc.constantFrom(0, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 1.5, Number.MAX_SAFE_INTEGER),
    ),
    Float: fc.double(),
    Boolean: fc.boolean(),
    DateTime: fc.oneof(
      fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom('2030-01-01T00:00:00Z', 'not a date', '2030-13-45T99:99:99Z', '0000-00-00'),
      text,
    ),
  };
  return fc.oneof({ weight: 4, arbitrary: scalars[type.name] ?? text }, wrong);
}
