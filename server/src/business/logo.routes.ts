import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';

import type { BusinessService } from './business.service';
import { LOGO_PATH } from './business.service';

/**
 * The uploaded logo, public (customer pages, PDFs and mail show it). Served as the type sniffed
 * from its bytes at upload, never sniffed again by the browser, and with nothing it could run.
 */
export function logoRoute(orm: MikroORM, business: BusinessService): Router {
  const router = Router();
  router.get(LOGO_PATH, async (_req, res, next) => {
    try {
      const logo = await business.logo(orm.em.fork());
      res.set('X-Content-Type-Options', 'nosniff');
      res.set('Content-Security-Policy', "default-src 'none'");
      // Mail clients show it from their own origin.
      res.set('Cross-Origin-Resource-Policy', 'cross-origin');
      if (!logo) {
        res.status(404).type('text/plain').send('No logo');
        return;
      }
      // Its address changes with each upload (`?v=`), so a short cache is safe.
      res.set('Cache-Control', 'public, max-age=300');
      res.type(logo.contentType).send(logo.bytes);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
