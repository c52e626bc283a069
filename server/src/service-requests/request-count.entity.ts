import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * How many requests are in each status and attention state, kept by the engine in the transaction
 * of every change (data/request-counts.ts). A count is spread over slots chosen at random, so that
 * concurrent changes never wait on one row; it is the sum of its slots (one of which may go below zero).
 */
@Entity({ tableName: 'request_count' })
export class RequestCount {
  @PrimaryKey({ type: 'text' })
  status!: string;

  @PrimaryKey({ type: 'boolean' })
  needsAttention!: boolean;

  @PrimaryKey({ type: 'smallint' })
  slot!: number;

  @Property({ type: 'bigint', default: 0 })
  count!: string;
}
