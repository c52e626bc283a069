import type { EntityManager } from '@mikro-orm/postgresql';

import type { ChangeSource } from '../../engine/status';
import type { PaymentEventsService } from '../../payments/payment-events.service';
import type { SavedCardsService } from '../../payments/saved-cards.service';

/** What handling an event came to; anything but `applied` is kept with its reason. */
export type Outcome =
  | { result: 'applied'; releases?: string }
  | { result: 'ignored'; note: string }
  | { result: 'parked'; waitingFor: string; note: string };

export interface HandlerContext {
  em: EntityManager;
  payments: PaymentEventsService;
  cards: SavedCardsService;
  source: ChangeSource;
  /** Counts expired checkout sessions (a metric). */
  onSessionExpired(): void;
}

/** A Stripe event as delivered: only the fields handlers read are typed. */
export interface StripeEventLike {
  id: string;
  type: string;
  livemode: boolean;
  api_version?: string | null;
  created: number;
  data: { object: Record<string, any> };
}

export type Handler = (event: StripeEventLike, ctx: HandlerContext) => Promise<Outcome>;

/** A Stripe reference, expanded (`{ id }`) or not (`"pi_…"`). */
export const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : ((value as { id?: string } | null)?.id ?? undefined);

/** Waits for the payment of `paymentIntentId` (a refund or dispute delivered before it). */
export const parked = (paymentIntentId: string): Outcome => ({
  result: 'parked',
  waitingFor: paymentIntentId,
  note: `waiting for ${paymentIntentId}`,
});
