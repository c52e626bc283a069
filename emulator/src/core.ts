import type { EventLog } from './events';
import type { Store } from './store';
import type { Timers } from './timers';

/** What the emulator's domain logic works with: its objects, its events, its clock-driven work, its settings. */
export interface Core {
  store: Store;
  events: EventLog;
  timers: Timers;
  /** Base of the hosted pages' URLs (session `url`, payment link `url`). */
  publicUrl: string;
  businessName: string;
  /** How long a delayed (bank debit) payment stays processing before it settles. */
  asyncPaymentDelayMs: number;
}
