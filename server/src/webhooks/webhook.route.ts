import express, { type ErrorRequestHandler, Router } from 'express';
import type { Logger } from 'pino';
import type Stripe from 'stripe';
import { z } from 'zod';

import type { ApplyWorker } from './apply-worker';
import type { StripeEventLike } from './handlers/types';
import type { Inbox } from './inbox';

/** Stripe's own tolerance for the signature's timestamp. */
const TOLERANCE_SECONDS = 300;

/** Printable text of a sane length, as Stripe's ids, types and versions are. */
const label = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/);

/**
 * The envelope of an event as Stripe sends it: whatever fails this is malformed (400), so a
 * signed but absurd body (a date past year 9999, an array for an object) never reaches storage.
 */
const eventEnvelope = z.looseObject({
  id: label,
  type: label,
  api_version: label.nullish(),
  created: z.number().int().min(0).max(253_402_300_799),
  livemode: z.boolean(),
  // An object, its keys left unread: checking each of a session's fields cost more than the record.
  data: z.looseObject({
    object: z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
  }),
});

/**
 * `POST /webhooks/stripe`: the raw body (no JSON parser before it), verified against every
 * configured secret, recorded (one statement), answered, and only then handed to the worker: as
 * Stripe asks, the 2xx waits for nothing but the record. 400 changes nothing; 5xx only when
 * recording failed.
 */
export function webhookRoute(
  stripe: Stripe,
  secrets: readonly string[],
  inbox: Inbox,
  worker: ApplyWorker,
  log: Logger,
): Router {
  const router = Router();
  router.post('/webhooks/stripe', express.raw({ type: () => true, limit: '1mb' }), async (req, res) => {
    const signature = req.header('stripe-signature');
    const body: unknown = req.body;
    if (!signature || !Buffer.isBuffer(body) || body.length === 0) {
      res.status(400).json({ error: 'a signed Stripe event is expected' });
      return;
    }
    const event = verify(stripe, body, signature, secrets);
    if (!event) {
      res.status(400).json({ error: 'bad signature, or a body that is not a Stripe event' });
      return;
    }
    try {
      await inbox.record(event, 'WEBHOOK');
    } catch (error) {
      log.error({ err: error, eventId: event.id }, 'could not record a Stripe event; Stripe will retry');
      res.status(503).json({ error: 'not recorded; retry later' });
      return;
    }
    res.json({ received: true });
    // A redelivery is handed over too: it may be of an event recorded and not applied yet.
    worker.push(event.id);
  });
  const tooLarge: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
    if (error.type === 'entity.too.large') res.status(413).json({ error: 'the body is over 1 MiB' });
    else if (error.status === 400) res.status(400).json({ error: 'unreadable body' });
    else next(error);
  };
  router.use('/webhooks/stripe', tooLarge);
  return router;
}

function verify(
  stripe: Stripe,
  body: Buffer,
  signature: string,
  secrets: readonly string[],
): StripeEventLike | undefined {
  for (const secret of secrets) {
    try {
      const event: unknown = stripe.webhooks.constructEvent(body, signature, secret, TOLERANCE_SECONDS);
      const parsed = eventEnvelope.safeParse(event);
      return parsed.success ? (event as StripeEventLike) : undefined;
    } catch {
      // try the next secret (rotation: old and new are both valid for a while)
    }
  }
  return undefined;
}
