import type { IncomingMessage, ServerResponse } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** Event-loop delay over a window, in milliseconds. */
export interface EventLoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/** Where the bench's own servers tell their event-loop delay since the last ask (and start a new window). */
export const EVENT_LOOP_PATH = '/_bench/event-loop';

/**
 * The event-loop delay of a bench server (the baseline, the peers), sampled as prom-client samples the
 * project's (`nodejs_eventloop_lag_*` in /metrics: perf_hooks' monitorEventLoopDelay, 10 ms resolution),
 * so the figures compare. Answers `GET EVENT_LOOP_PATH` and returns true when the request was that.
 */
export function eventLoopRoute(): (req: IncomingMessage, res: ServerResponse) => boolean {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return (req, res) => {
    if (req.method !== 'GET' || req.url !== EVENT_LOOP_PATH) return false;
    const delay: EventLoopDelay = {
      p50: histogram.percentile(50) / 1e6,
      p99: histogram.percentile(99) / 1e6,
      max: histogram.max / 1e6,
    };
    histogram.reset();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(delay));
    return true;
  };
}
