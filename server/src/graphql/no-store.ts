import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * What Apollo's default cache-control plugin answered, `Cache-Control: no-store` (no field has a
 * cache hint), without its hook on every resolved field: that hook, and the resolver wrapping it
 * makes Apollo install, cost more than a list page's own resolvers.
 */
export function noStore(): ApolloServerPlugin[] {
  return [
    ApolloServerPluginCacheControlDisabled(),
    {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            response.http.headers.set('cache-control', 'no-store');
          },
        };
      },
    },
  ];
}
