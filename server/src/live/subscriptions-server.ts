import type { Server } from 'node:http';

import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';

import { sessionToken } from '../auth/session-cookie';
import type { Context, Services } from '../graphql/context';
import { sharedSubscribe } from './shared-execution';

/**
 * graphql-ws on `/graphql`. A connection is authenticated at `connection_init`: a bearer token in
 * `connectionParams.authorization`, or the session cookie, which is accepted only from the server's
 * own Origin (cross-site WebSocket hijacking would otherwise ride on it). Every operation on it is
 * authenticated again, so a session that expires or logs out stops working on open sockets too.
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
  const tokens = new WeakMap<object, string>();

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
        const token = bearer ?? cookieToken;
        if (!(await services.auth.authenticate(orm.em.fork(), token))) return false; // closes with 4403 Forbidden
        tokens.set(ctx.extra, token as string);
        return true;
      },
      context: async (ctx): Promise<Context> => {
        const em = orm.em.fork();
        return {
          em,
          services,
          auth: await services.auth.authenticate(em, tokens.get(ctx.extra)),
          clientIp: ctx.extra.request.socket.remoteAddress ?? 'unknown',
        };
      },
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
