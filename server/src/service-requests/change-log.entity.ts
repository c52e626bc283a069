import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

import { ChangeSource, ServiceRequestStatus } from '../engine/status';

/**
 * Every change told to live subscribers, written with the change: a listener that lost its
 * connection (PostgreSQL restarted, a network blip) reads what it missed from here. Kept a day.
 */
@Entity({ tableName: 'service_request_change' })
@Index({ properties: ['at'] })
export class ChangeLogEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: string;

  /** No foreign key: a log line outlives nothing and must not slow the change down. */
  @Property({ type: 'uuid' })
  serviceRequestId!: string;

  @Enum({ items: () => ServiceRequestStatus, nullable: true })
  previousStatus?: ServiceRequestStatus;

  @Enum({ items: () => ServiceRequestStatus })
  status!: ServiceRequestStatus;

  @Enum({ items: () => ChangeSource })
  source!: ChangeSource;

  /** When the row was written (not when its transaction began), by PostgreSQL's clock. */
  @Property({ type: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  at!: Date;
}
