import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { ScenarioRun } from './stripe-scenarios';

/** A PaymentIntent's status for each state of the payment order (stripe-state-rules.ts). */
const PAYMENT_STATES: Record<string, string> = {
  succeeded: 'succeeded',
  processing: 'processing',
  failed: 'requires_payment_method',
};

/**
 * A Stripe that answers retrieves (`GET /v1/<objects>/<id>`) with the model's final state of each
 * object; or 404 to every retrieve (`missing`), or 500 (`failing`), as the test sets `mode`.
 */
export class ModelStripe {
  readonly objects: ScenarioRun['objects'] = new Map();
  private server: Server | undefined;
  url = '';

  constructor(public mode: 'answer' | 'missing' | 'failing') {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const [, , collection, id] = (req.url ?? '').split('?')[0]?.split('/') ?? [];
      const known = id ? this.objects.get(decodeURIComponent(id)) : undefined;
      res.setHeader('content-type', 'application/json');
      if (this.mode === 'failing') {
        res.statusCode = 500;
        res.end(JSON.stringify({ error: { type: 'api_error', message: 'An unknown error occurred' } }));
        return;
      }
      if (this.mode === 'missing' || !known || req.method !== 'GET') {
        res.statusCode = 404;
        res.end(
          JSON.stringify({
            error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such object: '${id}'` },
          }),
        );
        return;
      }
      const status = known.kind === 'payment' ? PAYMENT_STATES[known.state] : known.state;
      res.end(JSON.stringify({ id, object: collection?.replace(/s$/, ''), status }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
