import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback } from 'react';

import {
  CampaignDocument,
  CampaignProgressDocument,
  CampaignsDocument,
  CreateCampaignDocument,
  type CreateCampaignInput,
  RemindUnpaidDocument,
} from '../../../gql/graphql';
import { usePagedConnection } from '../../../lib/usePagedConnection';
import { useAction } from '../../requests/hooks/useRequestActions';

export const CAMPAIGNS_PAGE_SIZE = 25;

/** Campaigns, newest first, a page at a time; refreshed every 15 s while shown (the list has no live feed). */
export function useCampaigns() {
  return usePagedConnection(
    CampaignsDocument,
    { variables: { first: CAMPAIGNS_PAGE_SIZE }, pollInterval: 15_000 },
    (data) => data.campaigns,
  );
}

/**
 * One campaign, kept current by `campaignProgress`: each pushed campaign is normalized into the
 * cache (Campaign:<id>), so the counts, the bar and the rows follow without a fetch.
 */
export function useCampaign(id: string) {
  const { data, loading, error, refetch } = useQuery(CampaignDocument, { variables: { id } });
  // Also after every link is sent: payments keep changing the paid and unpaid counts.
  useSubscription(CampaignProgressDocument, { variables: { id } });
  return { campaign: data?.campaign ?? null, loaded: !!data, loading, error, refetch };
}

export const useRemindUnpaid = () => useAction(RemindUnpaidDocument);

/** Creates a campaign; resolves to its id, or null with the error kept for the form. */
export function useCreateCampaign() {
  const [mutate, { loading, error, reset }] = useMutation(CreateCampaignDocument);
  const run = useCallback(
    async (input: CreateCampaignInput) => {
      try {
        const result = await mutate({ variables: { input } });
        return result.data?.createCampaign.id ?? null;
      } catch {
        return null;
      }
    },
    [mutate],
  );
  return { run, loading, error, reset };
}
