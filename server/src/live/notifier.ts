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

/** Tells every replica (this one included) of a committed change. Call after commit only. */
export async function notifyChange(em: EntityManager, notice: ChangeNotice): Promise<void> {
  await em.getConnection().execute('select pg_notify(?, ?)', [CHANNEL, JSON.stringify(notice)]);
}

/**
 * Listens on a dedicated connection (LISTEN cannot share a pooled one) and publishes each change
 * to this replica's subscribers, building the payload once whatever their number. Reconnects
 * with backoff when the connection drops.
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
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) =>
      message.channel === CAMPAIGN_CHANNEL
        ? void this.publishCampaign(message.payload)
        : void this.publish(message.payload),
    );
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'live change listener lost its connection; reconnecting');
      this.reconnect(1_000);
    });
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
    await client.query(`listen ${CAMPAIGN_CHANNEL}`);
    this.client = client;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  private reconnect(delayMs: number): void {
    if (this.stopped) return;
    void this.client?.end().catch(() => undefined);
    this.client = undefined;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.start().catch((error: unknown) => {
        this.log.warn({ err: error }, 'live change listener could not reconnect; retrying');
        this.reconnect(Math.min(delayMs * 2, 30_000));
      });
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

  private async publish(payload: string | undefined): Promise<void> {
    try {
      const notice = JSON.parse(payload ?? '') as ChangeNotice;
      const serviceRequest = await this.em.fork().findOne(ServiceRequest, { id: notice.id });
      if (!serviceRequest) return;
      this.pubSub.publish(Topic.SERVICE_REQUEST_CHANGED, {
        serviceRequest,
        previousStatus: notice.previousStatus,
        status: notice.status,
        source: notice.source,
        at: new Date(notice.at),
      });
    } catch (error) {
      this.log.error({ err: error }, 'could not publish a change to subscribers');
    }
  }
}
