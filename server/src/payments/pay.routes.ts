import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import type { Logger } from 'pino';

import type { Metrics } from '../observability/metrics';
import { closedPage, donePage, processingPage, unavailablePage, unknownPage } from './pay-pages';
import type { PaymentsService } from './payments.service';
import type { RawObject } from './provider';

/** The customer's stable payment URL and the page Stripe sends them back to. */
export function payRoutes(
  orm: MikroORM,
  payments: PaymentsService,
  onReturn: (session: RawObject) => Promise<void>,
  business: string,
  metrics: Metrics,
  log: Logger,
): Router {
  const router = Router();
  router.use((_req, res, next) => {
    // Never cached: the destination changes with every re-quote and payment.
    res.set('Cache-Control', 'no-store');
    res.set('Referrer-Policy', 'no-referrer');
    next();
  });

  router.get('/pay/:token', async (req, res) => {
    try {
      const outcome = await payments.resolvePay(orm.em.fork(), req.params.token);
      metrics.payPageVisits.inc({ outcome: outcome.kind });
      if (outcome.kind === 'redirect') res.redirect(303, outcome.url);
      else if (outcome.kind === 'closed') res.type('html').send(closedPage(business, outcome.request));
      else if (outcome.kind === 'processing') res.type('html').send(processingPage(business, outcome.request));
      else res.status(404).type('html').send(unknownPage(business));
    } catch (error) {
      metrics.payPageVisits.inc({ outcome: 'error' });
      log.error({ err: error }, 'could not open a payment page');
      res.status(503).type('html').send(unavailablePage(business));
    }
  });

  router.get('/pay/:token/done', async (req, res) => {
    const sessionId = typeof req.query['session_id'] === 'string' ? req.query['session_id'] : '';
    const found = await payments.returnedFrom(orm.em.fork(), sessionId).catch((error: unknown) => {
      log.error({ err: error }, 'could not check a returning payment');
      return undefined;
    });
    if (!found) {
      res.status(404).type('html').send(unknownPage(business));
      return;
    }
    if (found.session.status === 'complete') {
      await onReturn(found.session.raw).catch((error: unknown) =>
        log.warn({ err: error }, 'could not record a returning payment; the webhook will'),
      );
    }
    res.type('html').send(donePage(business, found.request, found.session));
  });
  return router;
}
