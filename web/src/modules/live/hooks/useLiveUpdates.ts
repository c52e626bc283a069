import { useSubscription } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';

import { ServiceRequestChangedDocument } from '../../../gql/graphql';
import { applyServiceRequestChange, describeChange } from '../apply-change';

/**
 * Listens to every change of every request while an admin is signed in, applies it to the cache
 * (so whatever screen is open follows it) and says so with a short toast.
 */
export function useLiveUpdates(): void {
  useSubscription(ServiceRequestChangedDocument, {
    onData: ({ client, data }) => {
      const change = data.data?.serviceRequestChanged;
      if (!change) return;
      applyServiceRequestChange(client.cache, change);
      const notice = describeChange(change);
      // role=status: screen readers announce it politely, without interrupting.
      if (notice) notifications.show({ ...notice, autoClose: 4000, withBorder: true, color: 'blue', role: 'status' });
    },
  });
}
