/**
 * The server's longest event-loop delay, in seconds, since `/metrics` was last read:
 * `nodejs_eventloop_lag_max_seconds`, which prom-client takes from `perf_hooks.monitorEventLoopDelay`
 * and resets at every scrape. Read it once before an attack (to start afresh) and once after: a
 * value over 1 means some request stalled the server for more than a second.
 */
export async function maxEventLoopDelay(url: string, metricsToken?: string): Promise<number> {
  const response = await fetch(`${url}/metrics`, {
    headers: metricsToken ? { authorization: `Bearer ${metricsToken}` } : {},
  });
  const text = await response.text();
  const value = /^nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(text)?.[1];
  if (!response.ok || value === undefined) throw new Error(`no event-loop delay on /metrics (${response.status})`);
  return Number(value);
}
