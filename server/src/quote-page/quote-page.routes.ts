import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type Request, type Response, Router } from 'express';
import type { Logger } from 'pino';

import { consume, sharedLimiter } from '../auth/rate-limits';
import type { BusinessLook, BusinessService } from '../business/business.service';
import { RateLimitedError } from '../common/errors';
import type { ClientAddress } from '../http/client-address';
import { closedPage, processingPage, tooManyRequestsPage, unavailablePage, unknownPage } from '../payments/pay-pages';
import { quotePage } from './quote-page.html';
import type { QuotePageService, Refusal } from './quote-page.service';

/** What a form's redirect back to the page says (`?done=`): fixed texts only. */
const DONE: Record<string, Refusal> = {
  declined: { status: 200, title: 'Thank you', text: 'We have let the business know you declined this quote.' },
  asked: {
    status: 200,
    title: 'Thank you',
    text: 'We have asked the business for a new quote; they will be in touch.',
  },
};

const field = (req: Request, name: string): string => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
};

/**
 * The customer's quote page, `/quote/:token` (the /pay token), served like the /pay pages (no
 * scripts, no cache, no referrer). Its forms are plain HTML posts answered by a redirect, so it
 * works without JavaScript; they share a limit per client address.
 */
export function quotePageRoutes(
  orm: MikroORM,
  quotes: QuotePageService,
  business: BusinessService,
  clientAddress: ClientAddress,
  log: Logger,
): Router {
  const router = Router();
  const lookOf = (): Promise<BusinessLook> => business.look(orm.em.fork()).catch(() => business.defaultLook());
  const perAddress = sharedLimiter(orm.em.fork(), 'quote-form-ip', 10, 10 * 60);
  router.use('/quote', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    res.set('Referrer-Policy', 'no-referrer');
    next();
  });
  router.use('/quote', express.urlencoded({ extended: false, limit: '16kb', parameterLimit: 10 }));

  /** The page as it is now, with `notice` (a form's refusal or thank-you) on it. */
  async function show(res: Response, token: string, notice?: Refusal): Promise<void> {
    const found = await quotes.read(orm.em.fork(), token);
    if (found.kind === 'unknown')
      res
        .status(404)
        .type('html')
        .send(unknownPage(await lookOf()));
    else if (found.kind === 'closed') res.type('html').send(closedPage(found.look, found.request));
    else if (found.kind === 'processing') res.type('html').send(processingPage(found.look, found.request));
    else
      res
        .status(notice?.status ?? 200)
        .type('html')
        .send(quotePage(found.view, token, notice));
  }

  /** A form: limited per address; done, it redirects (POST → 303 → GET), refused, it shows why. */
  const form =
    (run: (req: Request, token: string) => Promise<Refusal | undefined>, next: (token: string) => string) =>
    async (req: Request, res: Response) => {
      const { token } = req.params as { token: string };
      try {
        await consume(perAddress, clientAddress(req));
        const refusal = await run(req, token);
        if (refusal) await show(res, token, refusal);
        else res.redirect(303, next(token));
      } catch (error) {
        if (error instanceof RateLimitedError) {
          res
            .status(429)
            .set('Retry-After', String(error.extensions['retryAfterSeconds']))
            .type('html')
            .send(tooManyRequestsPage(await lookOf()));
          return;
        }
        log.error({ err: error }, 'could not answer a quote form');
        res
          .status(503)
          .type('html')
          .send(unavailablePage(await lookOf()));
      }
    };

  const page = (token: string) => `/quote/${encodeURIComponent(token)}`;

  router.get('/quote/:token', async (req, res) => {
    try {
      const done = typeof req.query['done'] === 'string' ? DONE[req.query['done']] : undefined;
      await show(res, req.params.token, done);
    } catch (error) {
      log.error({ err: error }, 'could not open a quote page');
      res
        .status(503)
        .type('html')
        .send(unavailablePage(await lookOf()));
    }
  });

  router.post(
    '/quote/:token/accept',
    form(
      (req, token) =>
        ['full', 'deposit', 'balance'].includes(field(req, 'pay'))
          ? quotes.accept(
              orm.em.fork(),
              token,
              {
                name: field(req, 'name'),
                version: field(req, 'version'),
                hash: field(req, 'hash'),
                pay: field(req, 'pay'),
              },
              { address: clientAddress(req), userAgent: req.headers['user-agent'] },
            )
          : Promise.resolve({ status: 400, title: 'Choose how to pay', text: 'Please choose how to pay.' }),
      // Accepted: on to paying, through the stable /pay URL.
      (token) => `/pay/${encodeURIComponent(token)}`,
    ),
  );
  router.post(
    '/quote/:token/decline',
    form(
      (req, token) => quotes.decline(orm.em.fork(), token, field(req, 'reason')),
      (token) => `${page(token)}?done=declined`,
    ),
  );
  router.post(
    '/quote/:token/renew',
    form(
      (_req, token) => quotes.askForNewQuote(orm.em.fork(), token),
      (token) => `${page(token)}?done=asked`,
    ),
  );
  return router;
}
