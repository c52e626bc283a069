import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from 'pino';

import { SESSIONS_REVOKED_CHANNEL } from '../auth/auth.service';
import { Campaign } from '../campaigns/campaign.entity';
import { CAMPAIGN_CHANNEL } from '../campaigns/campaigns.service';
import type { RequestView } from '../service-requests/request-reads';
import type { ChangeSource, ServiceRequestStatus } from '../service-requests/service-request-status';
import type { SessionSockets } from './session-sockets';
import { type LivePubSub, Topic } from './topics';

const CHANNEL = 'service_request_changed';
/** The listener's connection, as `pg_stat_activity` shows it. */
export const LISTENER_APPLICATION_NAME = 'service-desk live listener';

/** A change's log row is written at most this long before its transaction commits. */
const COMMIT_LAG_MS = 60_000;
/** How long the change log is kept: far longer than any listener stays disconnected. */
const LOG_RETENTION = '1 day';
const PRUNE_EVERY_MS = 60 * 60_000;

export interface ChangeNotice {
  /** The change's place in the log; absent only in notices from replicas older than the log. */
  seq?: string;
  id: string;
  previousStatus?: ServiceRequestStatus | null;
  status: ServiceRequestStatus;
  source: ChangeSource;
  at: string | Date;
}

/** The log row, shaped as a notice, by both the notification and the catch-up after a reconnect. */
const NOTICE_COLUMNS = `seq::text, service_request_id as id, previous_status as "previousStatus", status, source, at`;

/**
 * Tells every replica (this one included) of a change, from inside the change's transaction:
 * PostgreSQL delivers the notification when, and only if, that transaction commits. The change
 * is logged in the same statement, so a replica that was not listening then can catch up.
 */
export async function notifyChange(
  tx: EntityManager,
  change: { id: string; previousStatus?: ServiceRequestStatus; status: ServiceRequestStatus; source: ChangeSource },
): Promise<void> {
  await tx.execute(
    `with logged as (
       insert into service_request_change (service_request_id, previous_status, status, source)
       values (?, ?, ?, ?) returning ${NOTICE_COLUMNS})
     select pg_notify(?, row_to_json(logged)::text) from logged`,
    [change.id, change.previousStatus ?? null, change.status, change.source, CHANNEL],
  );
}

/** Live updates wait at most this long once the database is back; an attempt costs one connect. */
const RECONNECT_MAX_MS = 5_000;

/** How long a change whose request cannot be loaded (the database is going away) keeps being retried. */
const PUBLISH_RETRY_MS = [250, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

/**
 * Listens on a dedicated connection (LISTEN cannot share a pooled one) and publishes each change
 * to this replica's subscribers, building the payload once whatever their number; closes the
 * sockets of sessions revoked on any replica. Reconnects with backoff when the connection drops,
 * however it drops (an error, a quiet end, a hung connect), and then re-checks the sessions of its
 * sockets and publishes from the change log what was committed while it was not listening.
 */
export class ChangeListener {
  private client?: pg.Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;
  private prune?: NodeJS.Timeout;
  /** PostgreSQL's time up to which every change has reached this listener (unset before the first start). */
  private horizon?: Date;
  /** Changes already published, by seq, with their time: a change comes by notification or by catch-up, once. */
  private readonly published = new Map<string, number>();

  constructor(
    private readonly url: string,
    private readonly em: EntityManager,
    /** The request as subscribers are shown it, read as committed now (a row, not an entity: it is only shown). */
    private readonly loadRequest: (id: string) => Promise<RequestView | null>,
    private readonly pubSub: LivePubSub,
    private readonly sessions: SessionSockets,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
    });
    client.on('notification', ({ channel, payload }) => {
      if (channel === SESSIONS_REVOKED_CHANNEL) this.sessions.revoked(payload ?? '');
      else if (channel === CAMPAIGN_CHANNEL) void this.publishCampaign(payload);
      else this.received(payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      await client.query(`listen ${CAMPAIGN_CHANNEL}`);
      await client.query(`listen ${SESSIONS_REVOKED_CHANNEL}`);
      // Listening from here on; what committed before is in the log.
      const { rows } = await client.query<{ now: Date }>('select now()');
      if (this.horizon) {
        // Sessions revoked while this listener was away end before anything missed is published.
        await this.sessions.recheck(async (ids) => {
          const live = await client.query<{ id: string }>(
            'select id from admin_session where id = any($1::uuid[]) and revoked_at is null and expires_at > now()',
            [ids],
          );
          return live.rows.map((row) => row.id);
        });
        await this.catchUp(client, this.horizon);
      }
      this.advance(rows[0]!.now);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
    this.prune ??= setInterval(() => void this.pruneLog(), PRUNE_EVERY_MS).unref();
    await this.pruneLog();
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
   * Publishes the changes logged since `since` that this listener has not seen, and the progress
   * of the campaigns they (or mail sent meanwhile) touched. Rows are written before their
   * transaction commits, so the window reaches back by the longest such lag.
   */
  private async catchUp(client: pg.Client, since: Date): Promise<void> {
    const from = new Date(since.getTime() - COMMIT_LAG_MS);
    const changes = await client.query<ChangeNotice & { at: Date }>(
      `select ${NOTICE_COLUMNS} from service_request_change where at > $1 order by seq`,
      [from],
    );
    const missed = changes.rows.filter((notice) => !this.published.has(notice.seq!));
    const campaigns = await client.query<{ id: string }>(
      `select id from campaign where created_at > $1
       union select campaign_id from campaign_recipient
       where sent_at > $1 or service_request_id in (select service_request_id from service_request_change where at > $1)`,
      [from],
    );
    this.log.info({ changes: missed.length, campaigns: campaigns.rowCount }, 'live change listener caught up');
    for (const notice of missed) this.accept(notice);
    for (const { id } of campaigns.rows) void this.publishCampaign(id);
  }

  private received(payload: string | undefined): void {
    try {
      this.accept(JSON.parse(payload ?? '') as ChangeNotice);
    } catch (error) {
      this.log.error({ err: error }, 'an unreadable change notice');
    }
  }

  /** Marks the change seen before loading it, so a notification and a catch-up never both publish it. */
  private accept(notice: ChangeNotice): void {
    if (notice.seq !== undefined) {
      if (this.published.has(notice.seq)) return;
      this.published.set(notice.seq, new Date(notice.at).getTime());
    }
    this.advance(new Date(notice.at));
    void this.publish(notice);
  }

  /** Moves the horizon forward and forgets changes too old for any catch-up to return again. */
  private advance(at: Date): void {
    if (this.horizon && at <= this.horizon) return;
    this.horizon = at;
    const oldest = at.getTime() - 2 * COMMIT_LAG_MS;
    for (const [seq, time] of this.published) if (time < oldest) this.published.delete(seq);
  }

  private async pruneLog(): Promise<void> {
    await this.client
      ?.query(`delete from service_request_change where at < now() - interval '${LOG_RETENTION}'`)
      .catch((error: unknown) => this.log.warn({ err: error }, 'could not prune the change log'));
  }

  private async publishCampaign(id: string | undefined): Promise<void> {
    try {
      const campaign = id ? await this.em.fork().findOne(Campaign, { id }) : null;
      if (campaign) this.pubSub.publish(Topic.CAMPAIGN_PROGRESS, campaign);
    } catch (error) {
      this.log.error({ err: error }, 'could not publish campaign progress to subscribers');
    }
  }

  /**
   * The change is committed: if its request cannot be loaded now (the database is restarting),
   * try again for a while rather than drop it.
   */
  private async publish(notice: ChangeNotice): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        const serviceRequest = await this.loadRequest(notice.id);
        if (!serviceRequest) return;
        this.pubSub.publish(Topic.SERVICE_REQUEST_CHANGED, {
          serviceRequest,
          previousStatus: notice.previousStatus ?? undefined,
          status: notice.status,
          source: notice.source,
          at: new Date(notice.at),
        });
        return;
      } catch (error) {
        const delay = PUBLISH_RETRY_MS[attempt];
        if (delay === undefined || this.stopped) {
          this.log.error({ err: error, requestId: notice.id }, 'could not publish a change to subscribers');
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }
}
