import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  pid: number;
  /** Everything the process printed to stdout so far. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /**
   * Runs `during`, in which this process may answer 5xx on purpose (its database stopped): the
   * one exception to the check of `serverFailures`, for this process and that stretch only.
   */
  allowServerErrors<T>(reason: string, during: () => Promise<T>): Promise<T>;
}

/** A line of the server's JSON log (pino): its time, and what marks a failed answer. */
interface LogLine {
  time?: number;
  msg?: string;
  code?: unknown;
  err?: unknown;
  req?: { method?: string; url?: string };
  res?: { statusCode?: number };
}

/** What the check of a process needs: its log, how it ended, and when 5xx were allowed. */
interface Watched {
  name: string;
  stdout(): string;
  stderr(): string;
  /** Set when the test stopped it; an exit without it is a crash. */
  stopRequested: boolean;
  exit?: { code: number | null; signal: NodeJS.Signals | null };
  allowed: { from: number; to: number }[];
}

/** Every server process started by the current test file (vitest runs each file in a fresh module graph). */
const watched: Watched[] = [];

/**
 * A 5xx answer in a log line: the request log's line of a response of 500 or more, or a line
 * with `code: INTERNAL_SERVER_ERROR`: a GraphQL error masked as such (answered in a 200 over
 * HTTP, or over graphql-ws) or a route's 500 (the probes', which the request log leaves out).
 */
function failedAnswer(line: LogLine): boolean {
  return (line.res?.statusCode ?? 0) >= 500 || line.code === 'INTERNAL_SERVER_ERROR';
}

/** A failed answer in a few words: the request and its status, or the masked GraphQL error. */
function describe(line: LogLine): string {
  if (line.res?.statusCode) return `${line.req?.method} ${line.req?.url} → ${line.res.statusCode} (${line.msg})`;
  return `${line.msg}: ${JSON.stringify(line.err ?? {}).slice(0, 500)}`;
}

/**
 * What went wrong on the servers this test file started: every answer of 500 or more (outside an
 * `allowServerErrors` stretch) and every process that exited without being stopped. Checked after
 * every fault file (support/fault-checks.ts): no hostile request may get a 5xx or a crash.
 */
export function serverFailures(): string[] {
  const failures: string[] = [];
  for (const server of watched) {
    for (const text of server.stdout().split('\n')) {
      if (!text.startsWith('{')) continue;
      let line: LogLine;
      try {
        line = JSON.parse(text) as LogLine;
      } catch {
        continue;
      }
      const time = line.time ?? 0;
      if (failedAnswer(line) && !server.allowed.some(({ from, to }) => time >= from && time <= to)) {
        failures.push(`${server.name} answered a 5xx at ${new Date(time).toISOString()}: ${describe(line)}`);
      }
    }
    if (server.exit && !server.stopRequested) {
      const { code, signal } = server.exit;
      failures.push(
        `${server.name} exited by itself (code ${code}, signal ${signal}): ${server.stderr().slice(-2_000)}`,
      );
    }
  }
  return failures;
}

/**
 * Runs the built server (`server/dist/main.js` under `root`: the repository, as `pnpm start` runs
 * it, or a deployed copy) and waits until it listens; `nodeArgs` go before the script (the
 * benchmarks' `--cpu-prof`).
 */
export async function startServerProcess(
  env: Record<string, string>,
  { nodeArgs = [], root = ROOT }: { nodeArgs?: string[]; root?: string } = {},
): Promise<ServerProcess> {
  const port = env['PORT'] ?? String(await freePort());
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, path.join(root, 'server/dist/main.js')], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'warn', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const record: Watched = {
    name: `the server on port ${port} (pid ${child.pid})`,
    stdout: () => stdout,
    stderr: () => stderr,
    stopRequested: false,
    allowed: [],
  };
  watched.push(record);
  // 'close': the process is gone and all it wrote is read.
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code, signal) => {
      record.exit = { code, signal };
      resolve(code);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}${stdout}`);
    const ready = await fetch(`${url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready && stdout.includes('GraphQL:')) break;
    if (i > 600) throw new Error(`server did not become ready: ${stderr}${stdout}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid as number,
    output: () => stdout,
    async stop(signal = 'SIGTERM') {
      record.stopRequested = true;
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
    async allowServerErrors(reason, during) {
      if (!reason.trim()) throw new Error('allowServerErrors needs the reason the 5xx are expected');
      const stretch = { from: Date.now(), to: Infinity };
      record.allowed.push(stretch);
      try {
        return await during();
      } finally {
        stretch.to = Date.now();
      }
    },
  };
}

export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}
