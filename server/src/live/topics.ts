import { createPubSub } from '@graphql-yoga/subscription';

import type { Campaign } from '../campaigns/campaign.entity';
import type { ServiceRequestChange } from './service-request-change.type';

/** Every topic subscribers can listen to, with the payload each carries. */
export enum Topic {
  SERVICE_REQUEST_CHANGED = 'SERVICE_REQUEST_CHANGED',
  CAMPAIGN_PROGRESS = 'CAMPAIGN_PROGRESS',
}

export type LivePubSub = ReturnType<typeof createLivePubSub>;

/** This process's in-memory fan-out; `notifier.ts` feeds it from PostgreSQL, so it spans replicas. */
export const createLivePubSub = () =>
  createPubSub<{
    [Topic.SERVICE_REQUEST_CHANGED]: [ServiceRequestChange];
    [Topic.CAMPAIGN_PROGRESS]: [Campaign];
  }>();
