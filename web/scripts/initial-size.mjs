// Measures the JavaScript a first visit downloads (gzip), from Vite's manifest, and fails the
// build when it is over budget. "Initial" is the entry and its static imports: the login page and
// the app frame. The request list, where an admin lands, is reported on top of it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 250;
const dist = path.resolve(import.meta.dirname, '../dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));

function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}
const gzipKb = (keys) =>
  [...keys].reduce((sum, key) => sum + gzipSync(readFileSync(path.join(dist, manifest[key].file))).length, 0) / 1024;

const entry = closure('index.html');
const list = closure('src/modules/requests/components/RequestListPage.tsx');
const listOnly = new Set([...list].filter((key) => !entry.has(key)));
const initial = gzipKb(entry);
console.log(`initial JS (entry + static imports): ${initial.toFixed(1)} kB gzip (budget ${BUDGET_KB} kB)`);
console.log(`+ the request list route: ${gzipKb(listOnly).toFixed(1)} kB gzip`);
if (initial > BUDGET_KB) {
  console.error(`initial JS is over the ${BUDGET_KB} kB budget`);
  process.exit(1);
}
// Screens load lazily: each is a chunk of its own, outside what a first visit downloads (a static
// import anywhere in the entry's reach would fold it into the entry, and it would have no key here).
const LAZY_SCREENS = [
  'src/modules/requests/components/RequestDetailPage.tsx',
  'src/modules/settings/components/BusinessSettingsPage.tsx',
  'src/modules/outbox/components/OutboxPage.tsx',
];
const eager = LAZY_SCREENS.filter((key) => !manifest[key]?.isDynamicEntry || entry.has(key));
if (eager.length > 0) {
  console.error(`not loaded lazily: ${eager.join(', ')}`);
  process.exit(1);
}
