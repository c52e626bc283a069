import type { MikroORM } from '@mikro-orm/postgresql';
import { type Response, Router } from 'express';
import type { Logger } from 'pino';

import type { BusinessService } from '../business/business.service';
import type { RequestView } from '../data/requests';
import { requestOfTokenHash } from '../data/requests';
import { page } from '../payments/pay-pages';
import { PayTokens } from '../payments/pay-token';
import type { DocumentsService } from './documents.service';
import { reference } from './pdf-layout';

/**
 * The customer's PDFs by the token of their /pay URL: `/quote/:token.pdf` and
 * `/pay/:token/receipt.pdf`. Not cached (a re-quote or a refund changes them), never sniffed or
 * framed, and named for saving.
 */
export function documentRoutes(
  orm: MikroORM,
  documents: DocumentsService,
  business: BusinessService,
  log: Logger,
): Router {
  const router = Router();
  const serve = (
    kind: 'quote' | 'receipt',
    render: (request: RequestView) => Promise<Buffer | undefined>,
    missing: string,
  ) =>
    async function route(req: { params: { token: string } }, res: Response) {
      res.set('Cache-Control', 'no-store');
      res.set('Referrer-Policy', 'no-referrer');
      const em = orm.em.fork();
      try {
        const request = await requestOfTokenHash(em, PayTokens.hash(req.params.token));
        const pdf = request && (await render(request));
        if (!request || !pdf) {
          const text = request ? missing : 'This link is not valid (it may have been replaced by a newer one).';
          res
            .status(404)
            .type('html')
            .send(page(await business.look(em), 'Document not found', `<p>${text}</p>`));
          return;
        }
        res.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
        res.set('X-Content-Type-Options', 'nosniff');
        res.set('Content-Disposition', `inline; filename="${kind}-${reference(request.id)}.pdf"`);
        res.type('application/pdf').send(pdf);
      } catch (error) {
        log.error({ err: error }, `could not make a ${kind} PDF`);
        res
          .status(503)
          .type('html')
          .send(page(business.defaultLook(), 'Document unavailable', '<p>Please try again in a few minutes.</p>'));
      }
    };
  router.get(
    '/quote/:token.pdf',
    serve('quote', (request) => documents.quotePdf(orm.em.fork(), request), 'There is no quote here yet.'),
  );
  router.get(
    '/pay/:token/receipt.pdf',
    serve(
      'receipt',
      (request) => documents.receiptPdf(orm.em.fork(), request),
      'There is no receipt yet: we have not received a payment for this request.',
    ),
  );
  return router;
}
