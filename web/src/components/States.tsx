import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { toUserErrors } from '../lib/errors';
import type { PagedList } from '../lib/usePagedConnection';

export function LoadingState({ label = 'Loading' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text c="dimmed">{label}…</Text>
      </Group>
    </Center>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack align="center" py="xl" gap={4}>
      <Text fw={600}>{title}</Text>
      {children && (
        <Text c="dimmed" ta="center">
          {children}
        </Text>
      )}
    </Stack>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const message = toUserErrors(error)
    .map((e) => e.message)
    .join(' ');
  return (
    <Alert color="red" title="Could not load this" role="alert" my="md">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message || 'Something went wrong.'}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** What a screen of one record (`/customers/:id`, `/campaigns/:id`) shows until its query has it. */
export interface RecordQuery<T> {
  record: T | null;
  loaded: boolean;
  loading: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** The record's view once it is loaded; before that its loading, error or not-found state. */
export function RecordStates<T>({
  query,
  noun,
  children,
}: {
  query: RecordQuery<T>;
  /** "customer", "campaign": in "Loading the …" and "No such …". */
  noun: string;
  children: (record: T) => ReactNode;
}) {
  const { record, loaded, loading, error, refetch } = query;
  if (error && !record) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !loaded) return <LoadingState label={`Loading the ${noun}`} />;
  if (!record) return <EmptyState title={`No such ${noun}`}>It may have been removed.</EmptyState>;
  return children(record);
}

/** Under a paged list: how much of it is shown, and the button for the next page while there is one. */
export function PageFooter({ list }: { list: PagedList<unknown> }) {
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" aria-live="polite">
        Showing {list.nodes.length} of{' '}
        {list.totalCountIsExact ? list.totalCount : `${list.totalCount.toLocaleString('en')}+`}
      </Text>
      {list.hasNextPage && (
        <Button variant="default" onClick={() => void list.loadMore()} loading={list.loading}>
          Load more
        </Button>
      )}
    </Group>
  );
}
