import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Logger } from 'pino';

import { sessionCookie, sessionToken } from './auth/session-cookie';
import { sessionChangesFeed, sessionRevocationsFeed } from './auth/session-revocations';
import { logoRoute } from './business/logo.routes';
import { campaignProgressFeed } from './campaigns/campaign-progress';
import { documentRoutes } from './documents/documents.routes';
import type { Context, Services } from './graphql/context';
import { formatError } from './graphql/format-error';
import { refusingUnstorableText } from './graphql/input-text';
import { noStore } from './graphql/no-store';
import { operationLimits, PARSE_OPTIONS, queryLimitsPlugin } from './graphql/query-limits';
import { createSchema } from './graphql/schema';
import { startSubscriptionsServer } from './graphql/subscriptions-server';
import { healthRoutes } from './health/health.routes';
import { clientAddressOf, trustFunction } from './http/client-address';
import { errorHandler } from './http/errors';
import { securityHeaders } from './http/security-headers';
import { LiveListener } from './live/listener';
import { LivePubSub } from './live/pubsub';
import { SessionSockets } from './live/session-sockets';
import { requestContext } from './observability/request-context';
import { requestLog } from './observability/request-log';
import { payRoutes } from './payments/pay.routes';
import { quotePageRoutes } from './quote-page/quote-page.routes';
import { requestChangesFeed } from './service-requests/request-changes';
import type { Settings } from './settings';
import { webhookRoute } from './webhooks/webhook.route';

export interface App {
  server: Server;
  close(): Promise<void>;
}

const WEB_DIST = path.resolve(__dirname, '../../web/dist');

/**
 * The HTTP surface: health, GraphQL and the admin SPA. Body parsers are mounted per route, so
 * that the raw-body Stripe webhook route can sit beside `/graphql` untouched by a JSON parser.
 */
export async function createApp(
  settings: Settings,
  orm: MikroORM,
  databaseUrl: string,
  services: Services,
  log: Logger,
): Promise<App> {
  const app = express();
  const server = createServer(app);
  app.disable('x-powered-by');
  // Only TRUST_PROXY's proxies are believed (#17: any private peer was, so rotating
  // X-Forwarded-For escaped every per-address limit); Express's `req.ip` agrees with clientAddress.
  const trust = trustFunction(settings.TRUST_PROXY);
  app.set('trust proxy', trust);
  const clientAddress = clientAddressOf(trust);

  app.use(requestContext);
  app.use(requestLog(log));
  app.use(securityHeaders(settings));
  app.use(healthRoutes(orm));
  app.use(services.metrics.route(settings.METRICS_TOKEN));
  app.use(webhookRoute(services.webhooks.stripe, services.webhooks.secrets, services.inbox, services.applyWorker, log));
  app.use(logoRoute(orm, services.business));
  // Before any `/quote/:token` page: `/quote/:token.pdf` would match that too.
  app.use(documentRoutes(orm, services.documents, services.business, log));
  app.use(
    payRoutes(
      orm,
      services.payments,
      (session) => services.reconcile.applyReturnedSession(session),
      services.business,
      services.metrics,
      clientAddress,
      log,
    ),
  );
  app.use(quotePageRoutes(orm, services.quotePage, services.business, clientAddress, log));

  const pubSub = new LivePubSub();
  const schema = await createSchema(pubSub);
  const production = settings.NODE_ENV === 'production';
  // One check of every operation, over HTTP and over graphql-ws alike.
  const limits = refusingUnstorableText(operationLimits(schema, { introspection: !production }));
  const sessions = new SessionSockets();
  const subscriptions = startSubscriptionsServer(
    server,
    schema,
    orm,
    services,
    sessions,
    settings.PUBLIC_BASE_URL,
    clientAddress,
    log,
    { limits, hideSchema: production },
  );
  const listener = new LiveListener(databaseUrl, log)
    // First: sessions revoked while the listener was away end before anything missed is published.
    .add(sessionRevocationsFeed(sessions))
    .add(sessionChangesFeed(sessions))
    .add(requestChangesFeed(pubSub, (id) => services.serviceRequests.view(orm.em.fork(), id)))
    .add(campaignProgressFeed(orm.em, pubSub));
  await listener.start();
  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    // main.ts owns shutdown: Apollo's own handler would re-raise the signal after stopping.
    stopOnTerminationSignals: false,
    // Apollo's default follows NODE_ENV: no stack traces to clients in development either.
    includeStacktraceInErrorResponses: false,
    formatError: formatError(log, { hideSchema: production }),
    // Parsed with the token limit; validated by the limits plugin, after its counting rules
    // (Apollo's validation, its introspection switch included, would run before any plugin).
    parseOptions: PARSE_OPTIONS,
    dangerouslyDisableValidation: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      { serverWillStart: async () => ({ drainServer: () => subscriptions.close() }) },
      ...noStore(),
      queryLimitsPlugin(limits),
      services.metrics.graphqlPlugin(),
    ],
  });
  await apollo.start();
  const secureCookie = settings.PUBLIC_BASE_URL.startsWith('https://');
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork();
        const seen = { address: clientAddress(req), device: req.headers['user-agent']?.slice(0, 200) };
        return {
          em,
          services,
          auth: await services.auth.authenticate(em, sessionToken(req), seen),
          clientIp: seen.address,
          device: seen.device,
          session: sessionCookie(res, secureCookie),
        };
      },
    }),
  );

  if (existsSync(WEB_DIST)) {
    app.use(express.static(WEB_DIST, { index: false, maxAge: '1h' }));
    // SPA routes: every other GET that accepts HTML gets the app shell.
    app.get(/^\/(?!graphql|webhooks|pay\/).*/, (req, res, next) => {
      if (!req.accepts('html')) return next();
      res.sendFile(path.join(WEB_DIST, 'index.html'));
    });
  }
  app.use(errorHandler(log));

  return {
    server,
    async close() {
      await apollo.stop(); // drains the HTTP server and the subscriptions too
      await listener.stop();
    },
  };
}
