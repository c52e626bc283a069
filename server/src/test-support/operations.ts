import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLInputType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLSchema,
} from 'graphql';

/** A literal value of `type` good enough to get past validation to the guard. */
function sample(type: GraphQLInputType): string {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return `[${sample(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${fields.map((f) => `${f.name}: ${sample(f.type)}`).join(', ')} }`;
  }
  const scalars: Record<string, string> = {
    ID: '"00000000-0000-4000-8000-000000000000"',
    String: '"a@example.com"',
    Int: '1',
    Float: '1',
    Boolean: 'true',
    DateTime: '"2030-01-01T00:00:00Z"',
  };
  return scalars[getNamedType(type).name] ?? '"x"';
}

export type OperationKind = 'query' | 'mutation' | 'subscription';

/** One operation per root field of the schema (subscriptions included), with its required arguments filled in. */
export function rootOperations(schema: GraphQLSchema): { name: string; kind: OperationKind; query: string }[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ] as const;
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).map((field) => {
      const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined);
      const argText = args.length ? `(${args.map((a) => `${a.name}: ${sample(a.type)}`).join(', ')})` : '';
      const named = getNamedType(field.type);
      const selection = isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
      return { name: field.name, kind, query: `${kind} { ${field.name}${argText}${selection} }` };
    }),
  );
}
