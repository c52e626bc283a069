import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import type { Logger } from 'pino';

import { consume, createPayReturnLimits, spend } from '../auth/rate-limits';
import type { BusinessLook, BusinessService } from '../business/business.service';
import { RateLimitedError } from '../common/errors';
import type { ClientAddress } from '../http/client-address';
import type { Metrics } from '../observability/metrics';
import {
  closedPage,
  donePage,
  processingPage,
  returnPage,
  tooManyRequestsPage,
  unavailablePage,
  unknownPage,
} from './pay-pages';
import { PayTokens } from './pay-token';
import type { PaymentsService } from './payments.service';
import type { RawObject } from './provider';

/**
 * The customer's stable payment URL and the page Stripe sends them back to. The latter asks Stripe
 * only about a session that can be the token's request's, a few times a minute per token, and is
 * limited per client address (see PaymentsService.returnedFrom).
 */
export function payRoutes(
  orm: MikroORM,
  payments: PaymentsService,
  onReturn: (session: RawObject) => Promise<void>,
  business: BusinessService,
  metrics: Metrics,
  clientAddress: ClientAddress,
  log: Logger,
): Router {
  const router = Router();
  // The business's look on every page; its defaults when the database cannot say (the 503 page).
  const lookOf = (): Promise<BusinessLook> => business.look(orm.em.fork()).catch(() => business.defaultLook());
  // Only the customer's pages: the router is mounted at the root, in front of the SPA and /graphql.
  router.use('/pay', (_req, res, next) => {
    // Never cached: the destination changes with every re-quote and payment.
    res.set('Cache-Control', 'no-store');
    res.set('Referrer-Policy', 'no-referrer');
    next();
  });

  router.get('/pay/:token', async (req, res) => {
    try {
      const outcome = await payments.resolvePay(orm.em.fork(), req.params.token);
      metrics.payPageVisits.inc({ outcome: outcome.kind });
      if (outcome.kind === 'redirect') {
        res.redirect(303, outcome.url);
        return;
      }
      if (outcome.kind === 'quote') {
        res.redirect(303, `/quote/${encodeURIComponent(req.params.token)}`);
        return;
      }
      const look = await lookOf();
      if (outcome.kind === 'closed') res.type('html').send(closedPage(look, outcome.request));
      else if (outcome.kind === 'processing') res.type('html').send(processingPage(look, outcome.request));
      else res.status(404).type('html').send(unknownPage(look));
    } catch (error) {
      metrics.payPageVisits.inc({ outcome: 'error' });
      log.error({ err: error }, 'could not open a payment page');
      res
        .status(503)
        .type('html')
        .send(unavailablePage(await lookOf()));
    }
  });

  const limits = createPayReturnLimits(orm.em.fork());
  router.get('/pay/:token/done', async (req, res) => {
    const { token } = req.params;
    const sessionId = typeof req.query['session_id'] === 'string' ? req.query['session_id'] : '';
    const look = await lookOf();
    try {
      await consume(limits.perAddress, clientAddress(req));
      const outcome = await payments.returnedFrom(orm.em.fork(), token, sessionId, () =>
        spend(limits.stripePerToken, PayTokens.hash(token)),
      );
      if (outcome.kind === 'unknown') {
        res.status(404).type('html').send(unknownPage(look));
        return;
      }
      if (outcome.kind === 'state') {
        res.type('html').send(returnPage(look, outcome.request, outcome.processing));
        return;
      }
      if (outcome.session.status === 'complete') {
        await onReturn(outcome.session.raw).catch((error: unknown) =>
          log.warn({ err: error }, 'could not record a returning payment; the webhook will'),
        );
      }
      res.type('html').send(donePage(look, outcome.request, outcome.session));
    } catch (error) {
      if (error instanceof RateLimitedError) {
        res
          .status(429)
          .set('Retry-After', String(error.extensions['retryAfterSeconds']))
          .type('html')
          .send(tooManyRequestsPage(look));
        return;
      }
      log.error({ err: error }, 'could not check a returning payment');
      res.status(503).type('html').send(unavailablePage(look));
    }
  });
  return router;
}
