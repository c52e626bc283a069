import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  BREAK,
  defaultFieldResolver,
  type DocumentNode,
  type GraphQLField,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  NoSchemaIntrospectionCustomRule,
  parse,
  type ParseOptions,
  type SelectionSetNode,
  specifiedRules,
  validate,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { Arg, Extensions, Int } from 'type-graphql';

import { BadUserInputError, type QueryLimit, QueryTooComplexError } from '../common/errors';

/**
 * The limits every operation is held to, over HTTP and over graphql-ws alike (README "Security").
 * They are checked in this order, each bounding the work of the next: tokens while parsing;
 * repeated fields, aliases, directives and depth before graphql-js validates (whose
 * overlapping-fields rule is quadratic); variables before anything walks them; then the cost; then, while executing, objects.
 */
export const LIMITS = {
  /**
   * Lexical tokens of the document: the SPA's largest operation has about 150 with Apollo
   * Client's `__typename`s; what graphql-js's validation may cost grows with their square.
   */
  tokens: 500,
  aliases: 15,
  /** Fields of one selection sharing a response key, through its fragments (Apollo Client repeats `__typename`). */
  sameFields: 5,
  directives: 10,
  /** Nesting of fields, the operation's own selection being level 1. */
  depth: 10,
  /** Nesting of objects and arrays in the variables (the deepest input of the schema has 3). */
  variableDepth: 20,
  /** Items of a list field, its `first` at most and by default; a page's `first` at most. */
  listSize: 100,
  /** The estimate: every field counts 1, times the items of each list above it (its `first`). */
  cost: 100_000,
  /**
   * Items of lists resolved by one execution (an HTTP request, one event of a subscription): twice
   * the SPA's largest page (25 customers with 100 requests each).
   */
  objects: 5_000,
} as const;

// ---------------------------------------------------------------------------------------------
// Lists: every list field of the schema is bounded, by its `first` or by what it lists.

/** The `first` argument of a list field: at most LIMITS.listSize items, which is the default. */
export const First = () =>
  Arg('first', () => Int, {
    nullable: true,
    defaultValue: LIMITS.listSize,
    description: `At most ${LIMITS.listSize} items (the default)`,
  });

/**
 * The items a list field or a page returns for its `first`; above the limit the operation is
 * refused (by the cost check, before anything runs).
 */
export function listSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return LIMITS.listSize;
  if (first > LIMITS.listSize) {
    throw new QueryTooComplexError('first', `first is ${first}, above the limit of ${LIMITS.listSize} items per list`);
  }
  if (first < 0) throw new BadUserInputError('first', 'must not be negative');
  return first;
}

/** A list without `first` whose length the schema bounds otherwise (days of a period, statuses). */
export const MaxItems = (items: number) => Extensions({ maxItems: items });

/** A connection's `edges`: as many as its field's `first`, which the estimate counts there already. */
export const PageEdges = () => Extensions({ maxItems: 'page' });

const isIntrospection = (type: { name: string }) => type.name.startsWith('__');

function listType(type: GraphQLType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** Fields of the schema's own object types (introspection's are graphql-js singletons: never touched). */
function ownFields(schema: GraphQLSchema): [GraphQLNamedType, GraphQLField<unknown, unknown>][] {
  return Object.values(schema.getTypeMap())
    .filter((type) => !isIntrospection(type) && (isObjectType(type) || isInterfaceType(type)))
    .flatMap((type) =>
      Object.values((type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()).map(
        (field): [GraphQLNamedType, GraphQLField<unknown, unknown>] => [type, field],
      ),
    );
}

/** Refuses a schema with a list field of unknown length: the estimate could not bound it. */
export function assertListsBounded(schema: GraphQLSchema): void {
  const unbounded = ownFields(schema)
    .filter(([, field]) => listType(field.type))
    .filter(
      ([, field]) => !field.args.some((arg) => arg.name === 'first') && field.extensions['maxItems'] === undefined,
    )
    .map(([type, field]) => `${type.name}.${field.name}`);
  if (unbounded.length > 0) {
    throw new Error(`list fields without a bound (give them First() or MaxItems()): ${unbounded.join(', ')}`);
  }
}

/**
 * What each introspection list holds on average in this schema (its total over its parents):
 * exact for the whole schema, which is what tools ask for; a few times short for the largest type
 * alone, which the alias limit and graphql-js's introspection depth rule keep small.
 */
function introspectionSizes(schema: GraphQLSchema): Map<string, number> {
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  const fields = types.flatMap((t) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []));
  const count = (counts: number[]) => counts.reduce((sum, n) => sum + n, 0);
  const perType = (counts: number[]) => Math.max(1, Math.ceil(count(counts) / types.length));
  return new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', perType([fields.length])],
    ['__Type.inputFields', perType(types.map((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0)))],
    ['__Type.enumValues', perType(types.map((t) => (isEnumType(t) ? t.getValues().length : 0)))],
    [
      '__Type.interfaces',
      perType(types.map((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0))),
    ],
    ['__Type.possibleTypes', perType(types.map((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0)))],
    ['__Field.args', Math.max(1, Math.ceil(count(fields.map((f) => f.args.length)) / fields.length))],
    ['__Directive.args', Math.max(1, Math.ceil(count(directives.map((d) => d.args.length)) / directives.length))],
    [
      '__Directive.locations',
      Math.max(1, Math.ceil(count(directives.map((d) => d.locations.length)) / directives.length)),
    ],
  ]);
}

/**
 * Each field costs 1 and multiplies what it selects by the items it may return: a list its
 * `first` (or its declared bound), a connection its `first` (its `edges` hold that many already),
 * either refused above LIMITS.listSize.
 * Introspection counts like any field, its lists as long as this schema makes them on average.
 */
function costEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const introspection = introspectionSizes(schema);
  return ({ args, childComplexity, field, type }) => {
    let items = 1;
    if (field.args.some((arg) => arg.name === 'first')) items = listSize(args['first'] as number | null | undefined);
    else if (listType(field.type)) {
      const declared = field.extensions['maxItems'];
      if (typeof declared === 'number') items = declared;
      else if (declared !== 'page') items = introspection.get(`${type.name}.${field.name}`) ?? LIMITS.listSize;
    }
    return 1 + childComplexity * items;
  };
}

// ---------------------------------------------------------------------------------------------
// Before execution: parse, count, validate, cost.

/** For every parse of an operation (Apollo's `parseOptions` and graphql-ws's hook). */
export const PARSE_OPTIONS: ParseOptions = { maxLexicalTokens: LIMITS.tokens };

/** graphql-js's message when the token limit stops its parser. */
const TOO_MANY_TOKENS = /Document contains more that \d+ tokens/;

/** The error for a document the parser refused: ours when it was the token limit. */
export function parseFailure(error: GraphQLError): GraphQLError {
  return TOO_MANY_TOKENS.test(error.message)
    ? new QueryTooComplexError('tokens', `the query has more than ${LIMITS.tokens} tokens`)
    : error;
}

/** For graphql-ws, which leaves parsing to us: the errors are those Apollo answers over HTTP. */
export function parseOperation(source: string): DocumentNode {
  try {
    return parse(source, PARSE_OPTIONS);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const refusal = parseFailure(error);
    if (refusal !== error) throw refusal;
    const { source: text, positions } = error;
    throw new GraphQLError(error.message, {
      source: text ?? null,
      positions: positions ?? null,
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  }
}

/** graphql-js's "Did you mean …?" hints name fields, arguments and enum values of the schema. */
export function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, '');
}

/** graphql-armor's counting rules, reporting in our words (its message names the limit and the count). */
function countingRules(): ValidationRule[] {
  const reject =
    (limit: QueryLimit) =>
    (context: ValidationContext | null, error: GraphQLError): void =>
      context?.reportError(new QueryTooComplexError(limit, error.message.replace(/^Syntax Error: /, '')));
  const options = (limit: QueryLimit, n: number) => ({ n, propagateOnRejection: false, onReject: [reject(limit)] });
  return [
    maxSameFieldsRule(LIMITS.sameFields),
    maxAliasesRule(options('aliases', LIMITS.aliases)),
    maxDirectivesRule(options('directives', LIMITS.directives)),
    // Introspection nests as deep as graphql-js's own MaxIntrospectionDepthRule lets it.
    maxDepthRule({ ...options('depth', LIMITS.depth), ignoreIntrospection: true }),
  ] as ValidationRule[];
}

/**
 * graphql-js compares every two fields of a selection set that share a response key (its
 * overlapping-fields rule), each pair down through their selections: a few hundred copies of one
 * field take seconds. No library counts them; this counts them per selection set, through the
 * fragments it spreads (each fragment counted once, a cycle left to graphql-js, which refuses it).
 */
function maxSameFieldsRule(limit: number): ValidationRule {
  return (context) => {
    const fragmentKeys = new Map<string, Map<string, number>>();
    const keysOf = (selectionSet: SelectionSetNode, visiting: Set<string>): Map<string, number> => {
      const counts = new Map<string, number>();
      const add = (key: string, n: number) => counts.set(key, (counts.get(key) ?? 0) + n);
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          add((selection.alias ?? selection.name).value, 1);
          continue;
        }
        let inner: Map<string, number> | undefined;
        if (selection.kind === Kind.INLINE_FRAGMENT) inner = keysOf(selection.selectionSet, visiting);
        else {
          const name = selection.name.value;
          inner = fragmentKeys.get(name);
          const fragment = context.getFragment(name);
          if (!inner && fragment && !visiting.has(name)) {
            inner = keysOf(fragment.selectionSet, new Set([...visiting, name]));
            fragmentKeys.set(name, inner);
          }
        }
        for (const [key, n] of inner ?? []) add(key, n);
      }
      return counts;
    };
    return {
      SelectionSet(node) {
        for (const [key, n] of keysOf(node, new Set())) {
          if (n > limit) {
            context.reportError(
              new QueryTooComplexError(
                'sameFields',
                `${n} fields named ${key} in one selection, above the limit of ${limit}`,
              ),
            );
            return BREAK;
          }
        }
        return undefined;
      },
    };
  };
}

/** Objects and arrays nested deeper than `limit`, found without recursion (which deep input would overflow). */
function nestedDeeper(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/** graphql-js's error with the code (and the 400) Apollo gives it when it validates and coerces itself. */
function refused(error: GraphQLError, code: 'GRAPHQL_VALIDATION_FAILED' | 'BAD_USER_INPUT'): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes ?? null, extensions: { code, http: { status: 400 } } });
}

/** Checks an operation before it runs; the errors to answer with, none if it may run. */
export type OperationCheck = (
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
) => readonly GraphQLError[];

/** Variable sets remembered per document (a list's pages differ in `after`, a detail in `id`), if short. */
const COSTS_PER_DOCUMENT = 100;
const MAX_KEY_LENGTH = 1_000;

/**
 * The one check of both transports. graphql-js's validation runs here, after the counting rules
 * (Apollo's own is off: it would run the quadratic rules first); introspection is refused when
 * `introspection` is off. Verdicts are remembered per parsed document (Apollo keeps a parsed
 * document per query text), costs per operation and variables too, so repeated queries cost a lookup.
 */
export function operationLimits(schema: GraphQLSchema, { introspection }: { introspection: boolean }): OperationCheck {
  assertListsBounded(schema);
  const rules = [...specifiedRules, ...(introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  const estimator = costEstimator(schema);
  const verdicts = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  const costs = new WeakMap<DocumentNode, Map<string, number | GraphQLError>>();

  const validated = (document: DocumentNode): readonly GraphQLError[] => {
    let errors = verdicts.get(document);
    if (!errors) {
      errors = validate(schema, document, countingRules());
      if (errors.length === 0) {
        errors = validate(schema, document, rules).map((error) => refused(error, 'GRAPHQL_VALIDATION_FAILED'));
      }
      verdicts.set(document, errors);
    }
    return errors;
  };

  const costOf = (document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown>) => {
    let known = costs.get(document);
    if (!known) costs.set(document, (known = new Map()));
    const key = JSON.stringify([operationName ?? null, variables]);
    const seen = known.get(key);
    if (seen !== undefined) return seen;
    let cost: number | GraphQLError;
    try {
      cost = getComplexity({ schema, query: document, operationName, variables, estimators: [estimator] });
    } catch (error) {
      // A `first` over the limit, or variables that do not coerce (as execution would refuse them).
      if (error instanceof QueryTooComplexError) cost = error;
      else if (error instanceof GraphQLError) cost = refused(error, 'BAD_USER_INPUT');
      else throw error;
    }
    if (key.length <= MAX_KEY_LENGTH) {
      if (known.size >= COSTS_PER_DOCUMENT) known.clear();
      known.set(key, cost);
    }
    return cost;
  };

  return (document, operationName, variables) => {
    const errors = validated(document);
    if (errors.length > 0) return errors;
    if (nestedDeeper(variables, LIMITS.variableDepth)) {
      return [new QueryTooComplexError('variables', `the variables nest deeper than ${LIMITS.variableDepth} levels`)];
    }
    const cost = costOf(document, operationName, variables);
    if (cost instanceof GraphQLError) return [cost];
    if (cost > LIMITS.cost) {
      return [new QueryTooComplexError('cost', `the query costs ${cost}, above the limit of ${LIMITS.cost}`)];
    }
    return [];
  };
}

/** The check on Apollo's side: its first error answers the request (with the 400 it carries). */
export function queryLimitsPlugin(check: OperationCheck): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          const [error] = check(document, operationName ?? undefined, request.variables ?? {});
          if (error) throw error;
        },
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// While executing: a budget of objects, in case the estimate is wrong about a list.

/**
 * graphql-js coerces the variables afresh for each execution (each HTTP request, each event of a
 * subscription), so their object identifies one execution and keys its budget.
 */
const spent = new WeakMap<object, number>();

function spend(key: object, items: unknown): unknown {
  const total = (spent.get(key) ?? 0) + (Array.isArray(items) ? items.length : 0);
  spent.set(key, total);
  if (total > LIMITS.objects) {
    throw new QueryTooComplexError('objects', `the operation resolved more than ${LIMITS.objects} objects`);
  }
  return items;
}

/**
 * Counts the items every list field resolves against the execution's budget; past it each list
 * field fails without running, so the execution stops short. Only list fields are wrapped, and a
 * list resolved synchronously stays synchronous.
 */
export function budgetLists(schema: GraphQLSchema): GraphQLSchema {
  for (const [, field] of ownFields(schema)) {
    if (!listType(field.type)) continue;
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => {
      const key = info.variableValues;
      spend(key, undefined); // refuses at once once the budget is gone
      const items = resolve(source, args, context, info);
      return items instanceof Promise ? items.then((list) => spend(key, list)) : spend(key, items);
    };
  }
  return schema;
}
