// The admin SPA's named operations (web/src/modules/**/*.graphql): the only operation names the
// server's metrics label by (#17: a name any client invents would be a label set kept forever).
// The server build writes them to src/observability/spa-operations.json; `--print` only prints
// them, for the drift test.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { parse } from 'graphql';

const modules = path.resolve(import.meta.dirname, '../../web/src/modules');
const target = path.resolve(import.meta.dirname, '../src/observability/spa-operations.json');

const names = new Set();
for (const file of readdirSync(modules, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.graphql')) continue;
  for (const definition of parse(readFileSync(path.join(modules, file), 'utf8')).definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) names.add(definition.name.value);
  }
}
const json = `${JSON.stringify([...names].sort(), null, 2)}\n`;
if (process.argv.includes('--print')) process.stdout.write(json);
else writeFileSync(target, json);
