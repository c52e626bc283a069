import type { Server } from 'node:http';

import type { MikroORM } from '@mikro-orm/postgresql';
import { type ExecutionResult, GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';

import { sessionToken } from '../auth/session-cookie';
import type { ClientAddress } from '../http/client-address';
import type { SessionSockets } from '../live/session-sockets';
import type { Context, Services } from './context';
import { formatError } from './format-error';
import { type OperationCheck, parseOperation } from './query-limits';
import { SharedSubscriptions, type Target } from './shared-execution';

/**
 * An error refusing an operation before it runs: graphql-ws's own validation (and anything without
 * a cause or a code) is what Apollo reports as GRAPHQL_VALIDATION_FAILED over HTTP.
 */
function requestError(error: GraphQLError): GraphQLFormattedError {
  const formatted = error.toJSON();
  if (error.originalError || formatted.extensions?.['code']) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } };
}

/**
 * graphql-ws on `/graphql`. A connection is authenticated at `connection_init`: a bearer token in
 * `connectionParams.authorization`, or the session cookie, which is accepted only from the server's
 * own Origin (cross-site WebSocket hijacking would otherwise ride on it). Every operation on it is
 * authenticated again, and `sessions` closes the socket the moment its session is revoked (on any
 * replica) or expires. Operations are parsed and checked by the same limits as over HTTP.
 */
export function startSubscriptionsServer(
  httpServer: Server,
  schema: GraphQLSchema,
  orm: MikroORM,
  services: Services,
  sessions: SessionSockets,
  publicBaseUrl: string,
  clientAddress: ClientAddress,
  log: Logger,
  { limits, hideSchema }: { limits: OperationCheck; hideSchema: boolean },
): { close(): Promise<void> } {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const ownOrigin = new URL(publicBaseUrl).origin;
  const tokens = new WeakMap<object, string>();
  const format = formatError(log, { hideSchema });
  const formatResult = (result: ExecutionResult) =>
    result.errors ? { ...result, errors: result.errors.map((error) => format(error.toJSON(), error)) } : result;
  /** Each subscription's context, and where its messages go. */
  const targets = new WeakMap<Context, Target>();
  const shared = new SharedSubscriptions(
    (sessionId) => sessions.isLive(sessionId),
    (context) => targets.get(context) as Target,
    formatResult,
    (seconds) => services.metrics.liveDeliverySeconds.observe(seconds),
  );

  const cleanup = useServer<Record<string, unknown>>(
    {
      schema,
      subscribe: shared.subscribe,
      onSubscribe: (_ctx, _id, { query, operationName, variables }) => {
        try {
          const document = parseOperation(query);
          const errors = limits(document, operationName ?? undefined, variables ?? {});
          if (errors.length > 0) return [...errors];
          return { schema, document, operationName, variableValues: variables };
        } catch (error) {
          if (error instanceof GraphQLError) return [error]; // a syntax error, or too many tokens
          throw error;
        }
      },
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
        const sessionId = services.auth.sessionIdOf(token);
        if (!sessionId) return false; // closes with 4403 Forbidden
        sessions.watch(sessionId, ctx.extra.socket);
        const auth = await services.auth.authenticate(orm.em.fork(), token);
        if (!auth) return false;
        sessions.read(sessionId, { expiresAt: auth.session.expiresAt, role: auth.admin.role });
        tokens.set(ctx.extra, token as string);
        return true;
      },
      // Errors leave as they do over HTTP (codes kept, internals masked and logged): through formatError,
      // here for what graphql-ws sends itself, in `shared` for the changes it writes to the sockets.
      onNext: (_ctx, _id, _payload, _args, result) => formatResult(result),
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => format(requestError(error), error)),
      context: async (ctx, id): Promise<Context> => {
        const em = orm.em.fork();
        const seen = {
          address: clientAddress(ctx.extra.request),
          device: ctx.extra.request.headers['user-agent']?.slice(0, 200),
        };
        const context: Context = {
          em,
          services,
          auth: await services.auth.authenticate(em, tokens.get(ctx.extra), seen),
          clientIp: seen.address,
          device: seen.device,
        };
        targets.set(context, { socket: ctx.extra.socket, connection: ctx.extra.request.socket, id });
        return context;
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
