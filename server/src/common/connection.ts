import type { ClassType } from 'type-graphql';
import { Field, Int, ObjectType } from 'type-graphql';

import { listSize, PageEdges } from '../graphql/query-limits';
import { BadUserInputError } from './errors';
import { isUuid } from './ids';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor?: string | undefined;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
  /** False when `totalCount` is a cap the matches reach (a search over many rows), not their number. */
  totalCountIsExact: boolean;
}

/** A Relay-style connection type (`edges { cursor node }`, `pageInfo`, `totalCount`) for `node`. */
export function Connection<T extends object>(node: ClassType<T>) {
  @ObjectType(`${node.name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType()
  abstract class ConnectionType implements Page<T> {
    @Field(() => [Edge])
    @PageEdges()
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;

    @Field(() => Boolean, { description: 'false: there are at least totalCount (a search counted up to its cap)' })
    totalCountIsExact!: boolean;
  }
  return ConnectionType;
}

/** Keyset cursors: the sort value and the id of the last row seen, opaque to clients. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as (string | number)[];
    }
  } catch {
    // fall through: any malformed cursor gets the same answer
  }
  throw new BadUserInputError('after', 'is not a cursor this list returned');
}

/** A newest/oldest-first keyset cursor, `[timestamp, uuid]`, checked before it reaches PostgreSQL. */
export function decodeTimeCursor(cursor: string): [at: string, id: string] {
  const [at, id] = decodeCursor(cursor, 2);
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !isUuid(id)) {
    throw new BadUserInputError('after', 'is not a cursor this list returned');
  }
  return [at, id];
}

/**
 * A page's `first`: at least 1, and at most what any list may return (`listSize`, the one rule:
 * QUERY_TOO_COMPLEX naming the limit above it), which the cost check has refused already when a
 * client asked.
 */
export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1) throw new BadUserInputError('first', 'must be at least 1');
  listSize(first);
}
