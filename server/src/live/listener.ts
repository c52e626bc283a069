import pg from 'pg';
import type { Logger } from 'pino';

/** The listener's connection, as `pg_stat_activity` shows it. */
export const LISTENER_APPLICATION_NAME = 'service-desk live listener';

/** The listener's own connection, for a feed's catch-up reads and pruning. */
export type LiveDb = Pick<pg.Client, 'query'>;

/** A notice's place in a durable log. */
export interface LogPosition {
  /** Absent only in notices from replicas older than the log. */
  seq: string | undefined;
  /** When the row was written, by PostgreSQL's clock. */
  at: Date;
}

/**
 * What a feature tells this process's subscribers of, from one pg_notify channel. The feature
 * notifies on the channel inside the transaction that made the change (PostgreSQL delivers the
 * notification when, and only if, it commits); the listener hears it on every replica.
 */
export interface Feed<N> {
  readonly channel: string;
  /** The notice a notification carries; a throw drops an unreadable one (logged). */
  parse(payload: string): N;
  /**
   * Tells this process of one notice (publishes it to a topic, closes sockets…). A throw (the
   * database restarting while it reads what to publish) is retried with backoff for a while.
   */
  deliver(notice: N): void | Promise<void>;
  /**
   * For a notice kept in a durable log: its place, so that a notice that comes both by notification
   * and by catch-up is delivered once, and its time, which moves the listener's horizon.
   */
  position?(notice: N): LogPosition;
  /**
   * After the connection was lost and is listening again: what committed from `from` on (the
   * horizon widened by the longest commit lag) that may have been missed, in order. Feeds catch up
   * one after the other in the order they were added.
   */
  missed?(db: LiveDb, from: Date): Promise<N[]>;
  /** Drops what no catch-up can need any more from the feed's log; run at start and hourly. */
  prune?(db: LiveDb): Promise<unknown>;
}

/** A change's log row is written at most this long before its transaction commits. */
const COMMIT_LAG_MS = 60_000;
const PRUNE_EVERY_MS = 60 * 60_000;

/** Live updates wait at most this long once the database is back; an attempt costs one connect. */
const RECONNECT_MAX_MS = 5_000;

/** How long a notice that cannot be delivered (the database is going away) keeps being retried. */
const DELIVER_RETRY_MS = [250, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

/**
 * Listens to the feeds' channels on a dedicated connection (LISTEN cannot share a pooled one) and
 * delivers each notice to this replica once, whatever the number of its subscribers. Reconnects
 * with backoff when the connection drops, however it drops (an error, a quiet end, a hung
 * connect), and then has each feed deliver what was committed while it was not listening.
 */
export class LiveListener {
  private readonly feeds = new Map<string, Feed<any>>();
  private client?: pg.Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;
  private prune?: NodeJS.Timeout;
  /** PostgreSQL's time up to which every notice has reached this listener (unset before the first start). */
  private horizon?: Date;
  /** Logged notices already delivered, by feed and seq, with their time: by notification or by catch-up, once. */
  private readonly delivered = new Map<string, number>();

  constructor(
    private readonly url: string,
    private readonly log: Logger,
  ) {}

  /** Before `start`. */
  add<N>(feed: Feed<N>): this {
    if (this.feeds.has(feed.channel)) throw new Error(`two live feeds on channel ${feed.channel}`);
    this.feeds.set(feed.channel, feed);
    return this;
  }

  async start(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
    });
    client.on('notification', ({ channel, payload }) => this.received(channel, payload ?? ''));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      for (const channel of this.feeds.keys()) await client.query(`listen ${client.escapeIdentifier(channel)}`);
      // Listening from here on; what committed before, the feeds read back.
      const { rows } = await client.query<{ now: Date }>('select now()');
      if (this.horizon) await this.catchUp(client, this.horizon);
      this.advance(rows[0]!.now);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    this.prune ??= setInterval(() => void this.pruneLogs(), PRUNE_EVERY_MS).unref();
    await this.pruneLogs();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    clearInterval(this.prune);
    await this.client?.end().catch(() => undefined);
  }

  /** Only the loss of the live connection counts; a failed attempt is retried by `reconnect`. */
  private lost(client: pg.Client, error?: Error): void {
    if (this.stopped || this.client !== client) return;
    this.log.warn({ err: error }, 'live change listener lost its connection; reconnecting');
    this.client = undefined;
    void client.end().catch(() => undefined);
    this.reconnect(1_000);
  }

  private reconnect(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.start().then(
        () => this.log.info('live change listener reconnected'),
        (error: unknown) => {
          this.log.warn({ err: error }, 'live change listener could not reconnect; retrying');
          this.reconnect(Math.min(delayMs * 2, RECONNECT_MAX_MS));
        },
      );
    }, delayMs);
  }

  /**
   * Delivers what each feed logged since `since` and this listener has not delivered. Rows are
   * written before their transaction commits, so the window reaches back by the longest such lag.
   */
  private async catchUp(client: pg.Client, since: Date): Promise<void> {
    const from = new Date(since.getTime() - COMMIT_LAG_MS);
    const missed: Record<string, number> = {};
    for (const feed of this.feeds.values()) {
      if (!feed.missed) continue;
      const notices = await feed.missed(client, from);
      missed[feed.channel] = notices.filter((notice) => this.accept(feed, notice)).length;
    }
    this.log.info({ missed }, 'live change listener caught up');
  }

  private received(channel: string, payload: string): void {
    const feed = this.feeds.get(channel);
    if (!feed) return;
    let notice: unknown;
    try {
      notice = feed.parse(payload);
    } catch (error) {
      this.log.error({ err: error, channel }, 'an unreadable live notice');
      return;
    }
    this.accept(feed, notice);
  }

  /** Marks a logged notice delivered before delivering it, so a notification and a catch-up never both do. */
  private accept<N>(feed: Feed<N>, notice: N): boolean {
    const position = feed.position?.(notice);
    if (position) {
      if (position.seq !== undefined) {
        const key = `${feed.channel}:${position.seq}`;
        if (this.delivered.has(key)) return false;
        this.delivered.set(key, position.at.getTime());
      }
      this.advance(position.at);
    }
    void this.deliver(feed, notice);
    return true;
  }

  /** Moves the horizon forward and forgets notices too old for any catch-up to return again. */
  private advance(at: Date): void {
    if (this.horizon && at <= this.horizon) return;
    this.horizon = at;
    const oldest = at.getTime() - 2 * COMMIT_LAG_MS;
    for (const [key, time] of this.delivered) if (time < oldest) this.delivered.delete(key);
  }

  private async pruneLogs(): Promise<void> {
    const client = this.client;
    if (!client) return;
    for (const feed of this.feeds.values()) {
      await feed
        .prune?.(client)
        .catch((error: unknown) => this.log.warn({ err: error, channel: feed.channel }, 'could not prune a live log'));
    }
  }

  /** The notice is committed: if it cannot be delivered now (the database is restarting), try again for a while rather than drop it. */
  private async deliver<N>(feed: Feed<N>, notice: N): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await feed.deliver(notice);
        return;
      } catch (error) {
        const delay = DELIVER_RETRY_MS[attempt];
        if (delay === undefined || this.stopped) {
          this.log.error({ err: error, channel: feed.channel }, 'could not deliver a live notice to subscribers');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}
