import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';

/** A cursor-paged list as the API returns it (`…Connection`): the pages the cache has merged so far. */
export interface Connection<TNode> {
  totalCount: number;
  /** False when `totalCount` is the cap a search's count stopped at (shown "10,000+"); lists that never cap omit it. */
  totalCountIsExact?: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly { node: TNode }[];
}

/** Every paged query takes a page size and the cursor to continue after. */
export interface PagedVariables {
  first: number;
  after?: string | null | undefined;
}

/** What a screen shows of a paged list, and how it asks for more (PageFooter). */
export interface PagedList<TNode> {
  nodes: TNode[];
  totalCount: number;
  totalCountIsExact: boolean;
  hasNextPage: boolean;
  loading: boolean;
  /** Fetches the next page, if there is one. */
  loadMore: () => Promise<void>;
}

export interface PagedOptions<TVariables> {
  variables: TVariables;
  /** Refetches the loaded pages every so many ms, for lists without a live feed. */
  pollInterval?: number;
}

/**
 * One cursor-paged list: `loadMore` fetches the page after the last one loaded, which the field's
 * `cursorPages` policy (app/cache.ts) appends. While other variables load, the previous list stays
 * shown (`previousData`), so a filter change does not blank the screen.
 */
export function usePagedConnection<TData, TVariables extends PagedVariables, TNode>(
  document: TypedDocumentNode<TData, TVariables>,
  { variables, pollInterval = 0 }: PagedOptions<TVariables>,
  selectConnection: (data: TData) => Connection<TNode>,
) {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(document, {
    variables,
    pollInterval,
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const page = shown === undefined ? undefined : selectConnection(shown);
  const loadMore = useCallback(async (): Promise<void> => {
    if (!page?.pageInfo.hasNextPage) return;
    await fetchMore<TData, PagedVariables>({ variables: { after: page.pageInfo.endCursor } });
  }, [fetchMore, page]);
  return {
    nodes: page?.edges.map((e) => e.node) ?? [],
    totalCount: page?.totalCount ?? 0,
    totalCountIsExact: page?.totalCountIsExact ?? true,
    hasNextPage: page?.pageInfo.hasNextPage ?? false,
    loading,
    error,
    loadMore,
    refetch,
  };
}
