import type { IncomingMessage } from 'node:http';

import proxyaddr from 'proxy-addr';

/**
 * `TRUST_PROXY` as read: how many proxies stand in front of the server, or which addresses are
 * proxies (addresses, CIDRs, or proxy-addr's names `loopback`, `linklocal`, `uniquelocal`).
 */
export type TrustProxy = number | readonly string[] | undefined;

export type TrustFn = (address: string, hop: number) => boolean;

/** Express's reading of `trust proxy` (a hop count or a list of proxies); nothing trusted when unset. */
export function trustFunction(trust: TrustProxy): TrustFn {
  if (trust === undefined) return () => false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyaddr.compile([...trust]);
}

/** The address the request came from, as every per-address limit counts it. */
export type ClientAddress = (request: IncomingMessage) => string;

/**
 * The one place the client's address is decided, for HTTP requests and WebSocket upgrades alike:
 * the peer's address, or the nearest `X-Forwarded-For` entry added by a trusted proxy. A forwarded
 * address from an untrusted peer is the client's own claim, so it is never believed.
 */
export function clientAddressOf(trust: TrustFn): ClientAddress {
  // A socket already closed has no remote address: such requests share one budget.
  return (request) => proxyaddr(request, trust) ?? 'unknown';
}
