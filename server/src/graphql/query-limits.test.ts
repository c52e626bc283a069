import 'reflect-metadata';

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import {
  buildSchema,
  type DefinitionNode,
  type DocumentNode,
  execute,
  type FragmentDefinitionNode,
  getIntrospectionQuery,
  getVariableValues,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  typeFromAST,
  visit,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

import {
  assertListsBounded,
  budgetLists,
  LIMITS,
  operationLimits,
  type OperationCheck,
  parseOperation,
} from './query-limits';
import { createSchema } from './schema';

let schema: GraphQLSchema;
let development: OperationCheck;
let production: OperationCheck;

beforeAll(async () => {
  schema = await createSchema();
  development = operationLimits(schema, { introspection: true });
  production = operationLimits(schema, { introspection: false });
});

/** The limit named by the first error of `query`'s check, or undefined if it may run. */
function refusal(query: string, variables: Record<string, unknown> = {}, check = development) {
  const [error] = check(parseOperation(query), undefined, variables);
  return error ? (error.extensions['limit'] ?? error.extensions['code']) : undefined;
}

function refusedParse(query: string) {
  try {
    parseOperation(query);
    return undefined;
  } catch (error) {
    return (error as { extensions: Record<string, unknown> }).extensions['limit'];
  }
}

/** `customer(id)` then `requests { customer { … } }` hops, as deep as `depth` levels in all. */
function chain(depth: number): string {
  let selection = 'id';
  for (let level = depth - 1; level >= 2; level--)
    selection = `${level % 2 === 0 ? 'requests' : 'customer'} { ${selection} }`;
  return `{ customer(id: "x") { ${selection} } }`;
}

describe('each limit, just below and just above its value', () => {
  it(`tokens: ${LIMITS.tokens}`, () => {
    // `{ serviceRequests ( status : [ … ] ) { totalCount } }`: 12 tokens and the statuses.
    const withTokens = (n: number) => `{ serviceRequests(status: [${'PAID '.repeat(n - 12)}]) { totalCount } }`;
    expect(refusedParse(withTokens(LIMITS.tokens))).toBeUndefined();
    expect(refusal(withTokens(LIMITS.tokens))).toBeUndefined();
    expect(refusedParse(withTokens(LIMITS.tokens + 1))).toBe('tokens');
  });

  it(`fields sharing a response key in one selection: ${LIMITS.sameFields}, through fragments`, () => {
    const same = (n: number) => `{ me { ${'id '.repeat(n)}} }`;
    expect(refusal(same(LIMITS.sameFields))).toBeUndefined();
    expect(refusal(same(LIMITS.sameFields + 1))).toBe('sameFields');
    const spread = (n: number) => `{ me { id ...A ...A } } fragment A on Admin { ${'id '.repeat(n)}}`;
    expect(refusal(spread((LIMITS.sameFields - 1) / 2))).toBeUndefined();
    expect(refusal(spread((LIMITS.sameFields + 1) / 2))).toBe('sameFields');
    expect(refusal('{ me { ...A } } fragment A on Admin { id ...A }')).toBe('GRAPHQL_VALIDATION_FAILED'); // a cycle
  });

  it(`aliases: ${LIMITS.aliases}`, () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(refusal(aliased(LIMITS.aliases))).toBeUndefined();
    expect(refusal(aliased(LIMITS.aliases + 1))).toBe('aliases');
  });

  it(`directives: ${LIMITS.directives}`, () => {
    const fields = ['id', 'version', 'status', 'currency', 'createdAt', 'updatedAt', 'description', 'address'];
    const directed = (n: number) =>
      `{ serviceRequest(id: "x") { ${Array.from({ length: n }, (_, i) => `${fields[i % 8]} @include(if: true)`).join(' ')} } }`;
    expect(refusal(directed(LIMITS.directives))).toBeUndefined();
    expect(refusal(directed(LIMITS.directives + 1))).toBe('directives');
  });

  it(`depth: ${LIMITS.depth}`, () => {
    const cheap = (depth: number) => chain(depth).replaceAll('requests', 'requests(first: 1)');
    expect(refusal(cheap(LIMITS.depth))).toBeUndefined();
    expect(refusal(cheap(LIMITS.depth + 1))).toBe('depth');
  });

  it(`variables: ${LIMITS.variableDepth} levels`, () => {
    const nested = (levels: number): unknown => (levels === 1 ? {} : { a: nested(levels - 1) });
    const query = 'mutation($input: RequestServiceInput!) { requestService(input: $input) { id } }';
    // The variables object itself is the first level.
    expect(refusal(query, { input: nested(LIMITS.variableDepth - 1) })).not.toBe('variables');
    expect(refusal(query, { input: nested(LIMITS.variableDepth) })).toBe('variables');
  });

  it(`first: ${LIMITS.listSize}, literal or variable`, () => {
    expect(refusal(`{ customer(id: "x") { requests(first: ${LIMITS.listSize}) { id } } }`)).toBeUndefined();
    expect(refusal(`{ customer(id: "x") { requests(first: ${LIMITS.listSize + 1}) { id } } }`)).toBe('first');
    const query = 'query($n: Int) { serviceRequest(id: "x") { timeline(first: $n) { kind } } }';
    expect(refusal(query, { n: LIMITS.listSize })).toBeUndefined();
    expect(refusal(query, { n: LIMITS.listSize + 1 })).toBe('first');
  });

  it(`first of a page: ${LIMITS.listSize}, the same rule as for lists`, () => {
    const page = 'query($n: Int!) { serviceRequests(first: $n) { edges { node { id } } } }';
    expect(refusal(page, { n: LIMITS.listSize })).toBeUndefined();
    expect(refusal(page, { n: LIMITS.listSize + 1 })).toBe('first');
    expect(refusal(`{ customers(first: ${LIMITS.listSize + 1}) { totalCount } }`)).toBe('first');
  });

  it(`cost: ${LIMITS.cost}`, () => {
    // 1 + 41 × (customers' edge, node and requests: 3 + 84 requests × (1 + 28 timeline entries)) = 100 000
    const query = (extra: string) =>
      `{ ${extra} customers(first: 41) { edges { node { requests(first: 84) { timeline(first: 28) { kind } } } } } }`;
    expect(refusal(query(''))).toBeUndefined();
    expect(refusal(query('me { id }'))).toBe('cost'); // two more fields: 100 002
  });
});

describe('the estimate', () => {
  it('multiplies each list by its first: the amplification of lists pointing back is refused', () => {
    // Before: each list counted 10, so this was "cheap" and returned millions of rows.
    expect(refusal(chain(9))).toBe('cost');
    expect(refusal(chain(9).replaceAll('requests', 'requests(first: 5)'))).toBeUndefined();
  });

  it('counts introspection like any field: the tools query passes, aliased copies of it do not', () => {
    const full = getIntrospectionQuery();
    expect(refusal(full)).toBeUndefined();
    const fragments = full.slice(full.indexOf('fragment FullType'));
    const copies = (n: number) => Array.from({ length: n }, (_, i) => `s${i}: __schema { types { ...FullType } }`);
    expect(refusal(`query { ${copies(1).join(' ')} }\n${fragments}`)).toBeUndefined();
    expect(refusal(`query { ${copies(LIMITS.aliases).join(' ')} }\n${fragments}`)).toBe('cost');
  });

  it('in production refuses introspection (typename aside) and keeps the rest', () => {
    expect(refusal('{ __schema { queryType { name } } }', {}, production)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refusal('{ __type(name: "Customer") { name } }', {}, production)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(refusal('{ __typename me { __typename id } }', {}, production)).toBeUndefined();
  });

  it('every list field of the schema has a bound, and a schema with an unbounded one is refused', () => {
    expect(() => assertListsBounded(schema)).not.toThrow();
    expect(() => assertListsBounded(buildSchema('type Query { ids: [ID!]! one: ID }'))).toThrow(/Query\.ids/);
  });
});

describe('the budget of objects, while executing', () => {
  type Item = { id: number; items: (args: { n: number }) => Item[] };
  const items = (n: number): Item[] => Array.from({ length: n }, (_, id) => ({ id, items: (args) => items(args.n) }));
  const toy = budgetLists(
    buildSchema('type Query { items(n: Int!): [Item!]! } type Item { id: Int! items(n: Int!): [Item!]! }'),
  );
  const run = (query: string) =>
    Promise.resolve(
      execute({
        schema: toy,
        document: parse(query),
        rootValue: { items: async (args: { n: number }) => items(args.n) },
      }),
    );

  it(`lets an execution resolve ${LIMITS.objects} objects in lists, not one more`, async () => {
    const below = await run(`{ items(n: 100) { items(n: ${LIMITS.objects / 100 - 1}) { id } } }`);
    expect(below.errors).toBeUndefined();
    const above = await run(
      `{ items(n: 100) { items(n: ${LIMITS.objects / 100 - 1}) { id } } one: items(n: 1) { id } }`,
    );
    expect(above.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'objects' });
  });

  it('gives each execution a budget of its own', async () => {
    const half = `{ items(n: ${LIMITS.objects / 2}) { id } }`;
    for (let i = 0; i < 3; i++) expect((await run(half)).errors).toBeUndefined();
  });
});

/** Variables as large as the server accepts, for each variable of `operation`: the SPA sends no larger. */
function largestVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const valueOf = (type: GraphQLInputType, name: string): unknown => {
    if (isNonNullType(type)) return valueOf(type.ofType, name);
    if (isListType(type)) return [valueOf(type.ofType, name)];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(Object.values(type.getFields()).map((f) => [f.name, valueOf(f.type, f.name)]));
    }
    const scalars: Record<string, unknown> = {
      Int: name === 'first' ? LIMITS.listSize : 1,
      Float: 1,
      Boolean: true,
      String: 'x',
      ID: '00000000-0000-4000-8000-000000000000',
      DateTime: '2026-01-01T00:00:00.000Z',
    };
    return scalars[type.name];
  };
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      valueOf(typeFromAST(schema, definition.type as never) as GraphQLInputType, definition.variable.name.value),
    ]),
  );
}

/** Apollo Client adds `__typename` to every selection set it sends but the operation's own. */
function withTypenames<T extends DefinitionNode>(node: T): T {
  return visit(node, {
    SelectionSet: {
      leave: (set, _key, parent) =>
        (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION
          ? undefined
          : {
              ...set,
              selections: [...set.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
            },
    },
  });
}

/** Every operation of the SPA as Apollo Client sends it: with the fragments it spreads, transitively. */
function spaOperations(): { name: string; document: DocumentNode; operation: OperationDefinitionNode }[] {
  const root = path.resolve(__dirname, '../../../web/src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.graphql'));
  const definitions = files
    .flatMap((f) => parse(readFileSync(path.join(root, f), 'utf8')).definitions)
    .map(withTypenames);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const spread = (node: DefinitionNode, found = new Set<string>()) => {
    visit(node, {
      FragmentSpread(spreadNode) {
        if (found.has(spreadNode.name.value)) return;
        found.add(spreadNode.name.value);
        spread(fragments.get(spreadNode.name.value)!, found);
      },
    });
    return found;
  };
  return definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      name: operation.name!.value,
      operation,
      document: {
        kind: Kind.DOCUMENT,
        definitions: [operation, ...[...spread(operation)].map((name) => fragments.get(name)!)],
      },
    }));
}

describe("the SPA's own operations", () => {
  it('are all found: queries, mutations and subscriptions', () => {
    const kinds = new Set(spaOperations().map((o) => o.operation.operation));
    expect([...kinds].sort()).toEqual(['mutation', 'query', 'subscription']);
    expect(spaOperations().map((o) => o.name)).toEqual(
      expect.arrayContaining(['ServiceRequest', 'Customers', 'Customer', 'ServiceRequestChanged', 'CampaignProgress']),
    );
  });

  it('all pass the limits of production, with the largest variables the server accepts', () => {
    for (const { name, document, operation } of spaOperations()) {
      const variables = largestVariables(operation);
      // Variables that do not coerce would skip the estimate: these must coerce.
      expect(getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors, name).toBeUndefined();
      // Printed and parsed again, as the server receives it: the token limit applies.
      expect(
        production(parseOperation(print(document)), name, variables).map((e) => e.message),
        name,
      ).toEqual([]);
    }
  });
});
