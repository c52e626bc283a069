import { afterAll, expect } from 'vitest';

import { serverFailures } from './server-process';

/**
 * Run before every test file (vitest.config.ts `setupFiles`); its `afterAll` runs after the
 * file's own, once its servers are stopped. In the fault suite, a file fails when any server it
 * started answered a 5xx (outside `allowServerErrors`) or exited without being stopped: whatever
 * the hostile requests were, the server refuses them with a 4xx and keeps serving.
 */
afterAll(() => {
  if (!/\/fault\/[^/]+\.test\.ts$/.test(expect.getState().testPath ?? '')) return;
  const failures = serverFailures();
  if (failures.length > 0) {
    const shown = failures.slice(0, 20).join('\n');
    const more = failures.length > 20 ? `\n… and ${failures.length - 20} more` : '';
    throw new Error(`the servers this file started failed:\n${shown}${more}`);
  }
});
