import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

import {
  BusinessSettingsDocument,
  type BusinessSettingsInput,
  UpdateBusinessSettingsDocument,
} from '../../../gql/graphql';

/** The business's settings as in effect (saved values, else the environment's defaults). */
export function useBusinessSettings() {
  return useQuery(BusinessSettingsDocument);
}

/** Saves settings; the answer replaces the cached settings, so every screen using them follows. */
export function useUpdateBusinessSettings() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateBusinessSettingsDocument, {
    update(cache, { data }) {
      if (data)
        cache.writeQuery({ query: BusinessSettingsDocument, data: { businessSettings: data.updateBusinessSettings } });
    },
  });
  const run = useCallback(
    async (input: BusinessSettingsInput) => {
      try {
        await mutate({ variables: { input } });
        return true;
      } catch {
        return false;
      }
    },
    [mutate],
  );
  return { run, loading, error, reset };
}
