import express, { type Response } from 'express';

import { currentSession, delayedMethod, linkUsedUp, sessionFromLink, whyNotPayable } from '../checkout';
import { readPaymentForm } from '../checkout-form';
import { checkoutPage, messagePage, type CheckoutView } from '../checkout-page';
import type { Core } from '../core';
import { payByCard, payByDebit } from '../payments';
import type { StripeObject } from '../store';

const DEBIT_LABELS: Readonly<Record<string, string>> = {
  us_bank_account: 'Bank debit (test, US)',
  sepa_debit: 'SEPA Direct Debit (test)',
  bacs_debit: 'Bacs Direct Debit (test)',
};

/**
 * The pages Stripe hosts: a Payment Link's URL (`/b/:id`) opens a fresh Checkout Session and
 * redirects to it; a session's URL (`/c/pay/:id`) shows the checkout form, which posts back as a
 * plain HTML form and, once paid, redirects (303) to the success URL.
 */
export function hostedPages(core: Core): express.Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  const send = (res: Response, status: number, html: string) => void res.status(status).type('html').send(html);
  const message = (res: Response, status: number, title: string, text: string) =>
    send(res, status, messagePage(core.businessName, title, text));
  const find = (id: string, objectType: string) => {
    const found = core.store.find(id);
    return found?.object === objectType ? found : undefined;
  };
  const view = (session: StripeObject, extra: Partial<CheckoutView> = {}): CheckoutView => {
    const method = delayedMethod(session);
    return {
      businessName: core.businessName,
      session,
      lineItems: core.store.internals(session.id).lineItems ?? [],
      debitLabel: method ? (DEBIT_LABELS[method] ?? method) : undefined,
      ...extra,
    };
  };
  /** Where the customer goes once the session is complete: the success URL with the session id filled in, or the session's own confirmation. */
  const afterPayment = (session: StripeObject) =>
    session['success_url']
      ? String(session['success_url']).replaceAll('{CHECKOUT_SESSION_ID}', session.id)
      : `${core.publicUrl}/c/pay/${session.id}`;

  router.get('/b/:id', (req, res) => {
    const link = find(req.params.id, 'payment_link');
    if (!link) return message(res, 404, 'Page not found', 'This payment link does not exist.');
    if (!link['active'] || linkUsedUp(link)) {
      return message(
        res,
        200,
        'No longer available',
        link['inactive_message'] ?? 'This payment link is no longer available.',
      );
    }
    res.redirect(303, sessionFromLink(core, link)['url']);
  });

  router.get('/c/pay/:id', (req, res) => {
    if (!find(req.params.id, 'checkout.session'))
      return message(res, 404, 'Page not found', 'This checkout session does not exist.');
    const session = currentSession(core, req.params.id);
    if (session['status'] === 'complete') {
      const link = session['payment_link'] ? core.store.find(session['payment_link']) : undefined;
      const custom: string | undefined = link?.['after_completion']?.hosted_confirmation?.custom_message ?? undefined;
      const paid = session['payment_status'] === 'paid';
      return message(
        res,
        200,
        paid ? 'Payment complete' : 'Payment processing',
        custom ?? (paid ? 'Thanks for your payment.' : 'Your payment is processing.'),
      );
    }
    const reason = whyNotPayable(core, session);
    if (reason) return message(res, 200, 'No longer available', reason);
    send(res, 200, checkoutPage(view(session)));
  });

  router.post('/c/pay/:id', express.urlencoded({ extended: false }), (req, res) => {
    if (!find(req.params.id, 'checkout.session'))
      return message(res, 404, 'Page not found', 'This checkout session does not exist.');
    const session = currentSession(core, req.params.id);
    const reason = whyNotPayable(core, session);
    if (reason) return message(res, 409, 'Cannot pay', reason);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const method = delayedMethod(session);
    const entered = {
      email: String(body['email'] ?? ''),
      name: String(body['name'] ?? ''),
      method: String(body['payment_method'] ?? 'card'),
    };
    const reading = readPaymentForm(body, session['customer_email'], method !== undefined);
    if (!reading.ok) return send(res, 400, checkoutPage(view(session, { error: reading.error, entered })));
    if (reading.form.method === 'bank_debit') {
      payByDebit(core, session, method as string, reading.form.payment);
      return res.redirect(303, afterPayment(session));
    }
    const outcome = payByCard(core, session, reading.form.payment);
    if (!outcome.paid) return send(res, 402, checkoutPage(view(session, { error: outcome.message, entered })));
    res.redirect(303, afterPayment(session));
  });
  return router;
}
