import { Badge } from '@mantine/core';

import type { ServiceRequestStatus } from '../../../gql/graphql';
import { STATUS_COLORS, STATUS_LABELS } from '../lifecycle';

export function StatusBadge({ status }: { status: ServiceRequestStatus }) {
  return (
    <Badge color={STATUS_COLORS[status]} variant="filled" data-testid="status-badge" data-status={status}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}
