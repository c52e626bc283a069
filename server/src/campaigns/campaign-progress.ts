import type { EntityManager } from '@mikro-orm/postgresql';

import type { Feed } from '../live/listener';
import { type LivePubSub, topic } from '../live/pubsub';
import { Campaign } from './campaign.entity';
import { CAMPAIGN_CHANNEL } from './campaigns.service';

export const CAMPAIGN_PROGRESS = topic<Campaign>('CAMPAIGN_PROGRESS');

/**
 * Campaign progress for live subscribers, notified on CAMPAIGN_CHANNEL by the campaigns service in
 * the transactions that move it: the campaign as it stands when the notice arrives (its
 * counts are read by the subscription's own fields). Nothing is logged for it: after a lost
 * connection, the campaigns whose counts may have moved meanwhile are read back from what moves
 * them (a campaign created, a link sent, one of its requests changed) and published again.
 */
export function campaignProgressFeed(em: EntityManager, pubSub: LivePubSub): Feed<string> {
  return {
    channel: CAMPAIGN_CHANNEL,
    parse: (campaignId) => campaignId,
    missed: async (db, from) =>
      (
        await db.query<{ id: string }>(
          `select id from campaign where created_at > $1
           union select campaign_id from campaign_recipient
           where sent_at > $1 or service_request_id in (select service_request_id from service_request_change where at > $1)`,
          [from],
        )
      ).rows.map((row) => row.id),
    deliver: async (id) => {
      const campaign = await em.fork().findOne(Campaign, { id });
      if (campaign) pubSub.publish(CAMPAIGN_PROGRESS, campaign);
    },
  };
}
