import type { Reporter, TestModule, Vitest } from 'vitest/node';

import { REAL_STRIPE_SUITE, skippedRealStripeLine } from './real-stripe-mode';

/** Ends a run that included the Stripe suite with one line when that suite did not talk to Stripe, and why. */
export default class RealStripeReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest) {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const line = skippedRealStripeLine(process.env);
    if (line && testModules.some((module) => module.moduleId.endsWith(REAL_STRIPE_SUITE)))
      this.vitest?.logger.log(line);
  }
}
