import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from 'pino';

import { Campaign } from '../campaigns/campaign.entity';
import { CAMPAIGN_CHANNEL } from '../campaigns/campaigns.service';
import type { ChangeSource, ServiceRequestStatus } from '../service-requests/service-request-status';
import { ServiceRequest } from '../service-requests/service-request.entity';
import { type LivePubSub, Topic } from './topics';

const CHANNEL = 'service_request_changed';

export interface ChangeNotice {
  id: string;
  previousStatus?: ServiceRequestStatus | undefined;
  status: ServiceRequestStatus;
  source: ChangeSource;
  at: string;
}

/**
 * Tells every replica (this one included) of a change, from inside the change's transaction:
 * PostgreSQL delivers the notification when, and only if, that transaction commits.
 */
export async function notifyChange(tx: EntityManager, notice: ChangeNotice): Promise<void> {
  await tx.execute('select pg_notify(?, ?)', [CHANNEL, JSON.stringify(notice)]);
}

/** How long a change whose request cannot be loaded (the database is going away) keeps being retried. */
const PUBLISH_RETRY_MS = [250, 500, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

/**
 * Listens on a dedicated connection (LISTEN cannot share a pooled one) and publishes each change
 * to this replica's subscribers, building the payload once whatever their number. Reconnects
 * with backoff when the connection drops, however it drops (an error, a quiet end, a hung connect).
 */
export class ChangeListener {
  private client?: pg.Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;

  constructor(
    private readonly url: string,
    private readonly em: EntityManager,
    private readonly pubSub: LivePubSub,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 10_000, keepAlive: true });
    client.on('notification', (message) =>
      message.channel === CAMPAIGN_CHANNEL
        ? void this.publishCampaign(message.payload)
        : void this.publish(message.payload),
    );
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      await client.query(`listen ${CAMPAIGN_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    this.client = client;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
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
          this.reconnect(Math.min(delayMs * 2, 30_000));
        },
      );
    }, delayMs);
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
  private async publish(payload: string | undefined): Promise<void> {
    let notice: ChangeNotice;
    try {
      notice = JSON.parse(payload ?? '') as ChangeNotice;
    } catch (error) {
      this.log.error({ err: error }, 'an unreadable change notice');
      return;
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const serviceRequest = await this.em.fork().findOne(ServiceRequest, { id: notice.id });
        if (!serviceRequest) return;
        this.pubSub.publish(Topic.SERVICE_REQUEST_CHANGED, {
          serviceRequest,
          previousStatus: notice.previousStatus,
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
