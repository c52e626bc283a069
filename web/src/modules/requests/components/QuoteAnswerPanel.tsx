import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';

import type { RequestDetailFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/dates';
import { fieldErrors, generalError } from '../../../lib/errors';
import { useExtendQuoteValidity } from '../hooks/useRequestActions';
import { actionLabel, actionsOf } from '../lifecycle';

/** The customer's latest decline of the current quote, from the timeline (newer than its last quote). */
function currentDecline(request: RequestDetailFragment) {
  const quoted = request.timeline.findLast((e) => e.kind === 'QUOTED');
  const declined = request.timeline.findLast((e) => e.kind === 'QUOTE_DECLINED');
  return declined && (!quoted || declined.at >= quoted.at) ? declined : undefined;
}

/**
 * The customer's side of the current quote: its page, their acceptance or decline, its validity,
 * and the admin's extension of it.
 */
export function QuoteAnswerPanel({ request }: { request: RequestDetailFragment }) {
  const extend = useExtendQuoteValidity();
  const [date, setDate] = useState(
    dayjs(request.validUntil ?? undefined)
      .add(7, 'day')
      .format('YYYY-MM-DD'),
  );
  const declined = currentDecline(request);
  const expired = request.validUntil !== null && dayjs(request.validUntil).isBefore(dayjs());
  const general = generalError(extend.error, ['validUntil']);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Customer’s answer
      </Title>
      {request.quoteUrl && (
        <Text size="sm">
          Quote page: <Anchor href={request.quoteUrl}>{request.quoteUrl}</Anchor>
        </Text>
      )}
      {request.requireAcceptance && !request.acceptance && (
        <Text size="sm">The customer accepts this quote on its page before paying.</Text>
      )}
      {request.acceptance ? (
        <Text size="sm" data-testid="acceptance">
          Accepted by <strong>{request.acceptance.name}</strong> on {formatDateTime(request.acceptance.at)} (quote
          version {request.acceptance.quoteVersion}, from {request.acceptance.clientAddress ?? 'unknown address'})
        </Text>
      ) : declined ? (
        <Text size="sm" data-testid="declined">
          {declined.note ?? 'Declined by the customer'} ({formatDateTime(declined.at)})
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          No answer yet.
        </Text>
      )}
      <Text size="sm">
        {request.validUntil
          ? `${expired ? 'Expired' : 'Valid until'} ${formatDateTime(request.validUntil)}`
          : 'No validity limit.'}
      </Text>
      {actionsOf(request).has('EXTEND_VALIDITY') && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void extend.run({ id: request.id, validUntil: dayjs(date).endOf('day').toISOString() });
          }}
        >
          <Group align="flex-end">
            <TextInput
              type="date"
              label="New end of validity"
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={fieldErrors(extend.error)['validUntil']}
            />
            <Button type="submit" variant="default" loading={extend.loading}>
              {actionLabel('EXTEND_VALIDITY', request.status)}
            </Button>
          </Group>
          {general && (
            <Alert color="red" role="alert" mt="xs">
              {general}
            </Alert>
          )}
        </form>
      )}
    </Stack>
  );
}
