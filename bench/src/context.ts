import type Stripe from 'stripe';

import type { BenchCluster } from './cluster';
import type { ScenarioReport } from './report';
import type { Subject } from './subjects';

/** What every scenario shares: the one PostgreSQL cluster and the Stripe emulator. */
export interface BenchContext {
  cluster: BenchCluster;
  emulator: Subject;
  /** The SDK pointed at the emulator. */
  stripe: Stripe;
}

export type Scenario = (ctx: BenchContext) => Promise<ScenarioReport>;
