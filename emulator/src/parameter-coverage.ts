import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { HONOURED } from './parameters-honoured';

/**
 * Vitest global setup: the test processes record every parameter they send (`test-setup.ts`);
 * after a full run, each honoured parameter must have been sent by the test its entry names, or
 * the run fails. A run of chosen files only (`vitest run src/x.test.ts`) skips the check.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'emulator-parameters-'));
  process.env['EMULATOR_PARAMETER_LOG'] = dir;
  const chosenFiles = process.argv.slice(process.argv.indexOf('run') + 1).some((arg) => !arg.startsWith('-'));
  return () => {
    const sent = new Map<string, Set<string>>();
    for (const file of readdirSync(dir)) {
      for (const line of readFileSync(path.join(dir, file), 'utf8').split('\n')) {
        if (!line) continue;
        const { operation, paths, test } = JSON.parse(line) as { operation: string; paths: string[]; test: string };
        for (const p of paths) {
          const key = `${operation} ${p}`;
          if (!sent.has(key)) sent.set(key, new Set());
          sent.get(key)?.add(test ?? '');
        }
      }
    }
    if (process.env['EMULATOR_PARAMETER_KEEP']) console.log(`parameters sent: ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
    if (chosenFiles) return;
    const unsent: string[] = [];
    for (const [operation, entries] of Object.entries(HONOURED)) {
      for (const [parameter, honoured] of Object.entries(entries)) {
        const title = typeof honoured === 'string' ? honoured : honoured.test;
        // `*` entries: sent by their test on any operation.
        const by = [...sent.entries()]
          .filter(
            ([key]) => key === `${operation} ${parameter}` || (operation === '*' && key.endsWith(` ${parameter}`)),
          )
          .flatMap(([, tests]) => [...tests]);
        if (!by.some((test) => test.endsWith(title))) unsent.push(`${operation} ${parameter} (by "${title}")`);
      }
    }
    if (!unsent.length) return;
    // A throw here is only logged by vitest: the exit status is what CI sees.
    console.error(`FAIL honoured parameters no test sent, or not the test named for them:\n  ${unsent.join('\n  ')}`);
    process.exitCode = 1;
  };
}
