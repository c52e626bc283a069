// `pnpm start`: build what is missing or stale, then run the server in this process's place.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function buildIfStale(pkg, output, sources) {
  const out = path.join(root, pkg, output);
  const newest = Math.max(...sources.map((dir) => newestMtime(path.join(root, dir))));
  const stale = !existsSync(out) || newest > statSync(out).mtimeMs;
  if (stale) {
    console.log(`building ${pkg}…`);
    execFileSync('pnpm', ['--filter', pkg, 'build'], { cwd: root, stdio: 'inherit' });
  }
}

// The server's build also builds the packages it references (the emulator, the currency rules).
buildIfStale('server', 'dist/main.js', ['server/src', 'emulator/src', 'currency/src']);
if (existsSync(path.join(root, 'web', 'package.json')))
  buildIfStale('web', 'dist/index.html', ['web/src', 'currency/src']);

const server = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], { stdio: 'inherit', cwd: root });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
