import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';

import { MeDocument } from '../gql/graphql';
import { createCache } from './cache';
import { setLiveState } from './connection';

/** Close code the server uses when a WebSocket's session is missing, or ends (logout anywhere, expiry). */
const FORBIDDEN = 4403;

const isCloseEvent = (value: unknown): value is { code: number } =>
  typeof value === 'object' && value !== null && 'code' in value && typeof value.code === 'number';

const isSubscribed = (payload: unknown): boolean =>
  typeof payload === 'object' && payload !== null && 'subscribed' in payload;

function webSocketUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * One client for the app: HTTP for queries and mutations, graphql-ws for the live subscription.
 * Both ride on the httpOnly session cookie (the server takes it on a WebSocket from its own origin).
 */
export function createApolloClient(): ApolloClient {
  // `client` is assigned below; the link callbacks run only after it exists.
  // eslint-disable-next-line prefer-const
  let client: ApolloClient;
  let refetching = false;
  const ws = createClient({
    url: webSocketUrl(),
    lazy: true,
    // Keep trying through server restarts and deploys; give up only when the session is refused.
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: (event) => !(isCloseEvent(event) && event.code === FORBIDDEN),
    retryWait: async (retries) => {
      const delay = Math.min(1000 * 2 ** retries, 10_000) + Math.random() * 500;
      await new Promise((resolve) => setTimeout(resolve, delay));
    },
    on: {
      connecting: (isRetry) => setLiveState(isRetry ? 'reconnecting' : 'connecting'),
      connected: () => setLiveState('live'),
      // The server says when a subscription hears every change from then on (a pong carrying its
      // id). A change made before that (while the socket was down, or between the screen's query
      // and this moment) was never pushed: what is on screen is fetched again, after that moment.
      pong: (received, payload) => {
        if (!received || !isSubscribed(payload) || refetching) return;
        refetching = true;
        // Subscriptions confirmed together (their pongs in one read off the socket) share one refetch.
        setTimeout(() => {
          refetching = false;
          void client.refetchQueries({ include: 'active' });
        });
      },
      closed: (event) => {
        setLiveState(isCloseEvent(event) && event.code === 1000 ? 'idle' : 'reconnecting');
        if (isCloseEvent(event) && event.code === FORBIDDEN) void client.refetchQueries({ include: [MeDocument] });
      },
    },
  });

  // A session that ends while the app is open (logout elsewhere, expiry) sends the admin to the login page.
  const sessionEnded = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'Login' || !CombinedGraphQLErrors.is(error)) return;
    if (error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')) {
      client.cache.writeQuery({ query: MeDocument, data: { me: null } });
    }
  });

  const transport = ApolloLink.split(
    (operation) => operation.operationType === 'subscription',
    new GraphQLWsLink(ws),
    new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
  );

  client = new ApolloClient({ link: ApolloLink.from([sessionEnded, transport]), cache: createCache() });
  return client;
}
