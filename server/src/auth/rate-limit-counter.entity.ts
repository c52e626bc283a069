import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The table rate-limiter-flexible's PostgreSQL store uses, declared here so that migrations own
 * it (replicas never race to create it) and the limits hold across every replica.
 */
@Entity({ tableName: 'rate_limit_counter' })
export class RateLimitCounter {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points = 0;

  @Property({ type: 'bigint', nullable: true })
  expire?: string;
}
