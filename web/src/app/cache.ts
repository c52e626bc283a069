import { InMemoryCache, type FieldPolicy } from '@apollo/client';

interface Page {
  edges: readonly unknown[];
}

/** A cursor page: `after` appends to what is loaded, no `after` starts over. */
const cursorPages = (keyArgs: FieldPolicy['keyArgs']): FieldPolicy<Page> => ({
  keyArgs,
  merge(existing, incoming, { args }) {
    if (!existing || !args?.['after']) return incoming;
    return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
  },
});

export interface ListArgs {
  status?: string[] | null;
  search?: string | null;
  needsAttention?: boolean | null;
  orderBy?: string | null;
}

export const SERVICE_REQUESTS_FIELD = 'serviceRequests';

/**
 * A list's store key holds its filters as JSON (`serviceRequests:{"orderBy":…}`), so that a live
 * change can tell which loaded lists a request belongs to (modules/live/apply-change.ts).
 */
export function listKey(args: Record<string, unknown> | null): string {
  const key: ListArgs = {
    orderBy: (args?.['orderBy'] as string | undefined) ?? 'CREATED_DESC',
    status: (args?.['status'] as string[] | null | undefined) ?? null,
    search: ((args?.['search'] as string | null | undefined) ?? '').trim() || null,
    needsAttention: (args?.['needsAttention'] as boolean | null | undefined) ?? null,
  };
  return JSON.stringify(key);
}

export function parseListKey(storeFieldName: string): ListArgs {
  const json = storeFieldName.slice(storeFieldName.indexOf(':') + 1);
  try {
    return JSON.parse(json) as ListArgs;
  } catch {
    return {};
  }
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          [SERVICE_REQUESTS_FIELD]: cursorPages((args) => listKey(args)),
          webhookEvents: cursorPages(['status']),
          outbox: cursorPages(false),
          auditLog: cursorPages(['kind', 'actorId']),
          customers: cursorPages(['search', 'hasSavedCard']),
          campaigns: cursorPages(false),
        },
      },
      ServiceRequest: {
        fields: {
          // Lists of the request are replaced whole by every fresh copy (they have no merge of their own).
          timeline: { merge: false },
          payments: { merge: false },
          paymentLinks: { merge: false },
        },
      },
    },
  });
}
