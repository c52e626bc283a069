/**
 * `pnpm --filter bench profile <file.cpuprofile>`: where a V8 CPU profile (`node --cpu-prof`) spent
 * its samples, by package (or server module) and by function, self time.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/<pkg>`, a server source folder, node's own, or what V8 calls it. */
function owner(url: string, name: string): string {
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  const own = /server\/dist\/([^/]+(?:\/[^/]+)?)/.exec(url);
  if (own) return `server:${own[1]}`;
  if (url.startsWith('node:')) return url;
  return url ? url : `(${name || 'program'})`;
}

export function summarize(profile: Profile, top = 25) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  /** Inclusive: each sample counted once for every server function on its stack. */
  const byServerFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    total += dt;
    const { functionName, url, lineNumber } = node.callFrame;
    const o = owner(url, functionName);
    byOwner.set(o, (byOwner.get(o) ?? 0) + dt);
    const fn = `${functionName || '(anonymous)'} ${o}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || !frame.url.includes('server/dist/')) continue;
      const key = `${frame.functionName || '(anonymous)'} ${owner(frame.url, '')}:${frame.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      byServerFunction.set(key, (byServerFunction.get(key) ?? 0) + dt);
    }
  });
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => ({ what: k, ms: Math.round(v / 1000), share: `${((100 * v) / total).toFixed(1)}%` }));
  return {
    totalMs: Math.round(total / 1000),
    byOwner: rank(byOwner),
    byFunction: rank(byFunction),
    byServerFunction: rank(byServerFunction),
  };
}

if (import.meta.filename === process.argv[1]) {
  for (const file of process.argv.slice(2)) {
    const summary = summarize(JSON.parse(readFileSync(file, 'utf8')) as Profile);
    console.log(`${file}: ${summary.totalMs} ms sampled`);
    console.table(summary.byOwner);
    console.table(summary.byFunction);
    console.table(summary.byServerFunction);
  }
}
