import type { Server } from 'node:http';

import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';

import type { Authenticated } from '../auth/auth.service';
import { sessionToken } from '../auth/session-cookie';
import type { Context, Services } from '../graphql/context';
import { sharedSubscribe } from './shared-execution';

/**
 * graphql-ws on `/graphql`. A connection is authenticated once, at `connection_init`: a bearer
 * token in `connectionParams.authorization`, or the session cookie, which is accepted only from the
 * server's own Origin (cross-site WebSocket hijacking would otherwise ride on it).
 */
export function startSubscriptionsServer(
  httpServer: Server,
  schema: GraphQLSchema,
  orm: MikroORM,
  services: Services,
  publicBaseUrl: string,
  log: Logger,
): { close(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const ownOrigin = new URL(publicBaseUrl).origin;
  const auths = new WeakMap<object, Authenticated>();

  const cleanup = useServer<Record<string, unknown>>(
    {
      schema,
      subscribe: sharedSubscribe(),
      onConnect: async (ctx) => {
        const param = ctx.connectionParams?.['authorization'];
        const bearer = typeof param === 'string' ? param.replace(/^Bearer\s+/i, '') : undefined;
        const request = ctx.extra.request;
        const origin = request.headers.origin;
        const sameOrigin =
          origin === ownOrigin ||
          origin === `http://${request.headers.host}` ||
          origin === `https://${request.headers.host}`;
        const cookieToken = sameOrigin ? sessionToken({ headers: { cookie: request.headers.cookie } }) : undefined;
        const auth = await services.auth.authenticate(orm.em.fork(), bearer ?? cookieToken);
        if (!auth) return false; // closes with 4403 Forbidden
        auths.set(ctx.extra, auth);
        return true;
      },
      context: (ctx): Context => ({
        em: orm.em.fork(),
        services,
        auth: auths.get(ctx.extra),
        clientIp: ctx.extra.request.socket.remoteAddress ?? 'unknown',
      }),
    },
    wsServer,
  );
  wsServer.on('error', (error) => log.error({ err: error }, 'WebSocket server error'));
  return {
    async close() {
      // Closes every socket with 1001 (going away): clients reconnect, to another replica if need be.
      await cleanup.dispose();
    },
  };
}
