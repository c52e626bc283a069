import { appendFileSync } from 'node:fs';
import path from 'node:path';

import { expect } from 'vitest';

import { parameterLog } from './test-support';

// Records, per test, the parameters it sent: the run fails when an honoured parameter was never sent by the test named for it.
const dir = process.env['EMULATOR_PARAMETER_LOG'];
if (dir) {
  const file = path.join(dir, `${process.pid}.jsonl`);
  parameterLog.record = (operation, paths) => {
    const { currentTestName, testPath } = expect.getState();
    appendFileSync(file, `${JSON.stringify({ operation, paths, test: currentTestName, file: testPath })}\n`);
  };
}
