import type { IncomingMessage } from 'node:http';

import { describe, expect, it } from 'vitest';

import { loadSettings } from '../settings';
import { clientAddressOf, trustFunction } from './client-address';

/** A request from `peer` carrying `forwarded` as its X-Forwarded-For (left: the farthest hop). */
const request = (peer: string, forwarded?: string) =>
  ({
    headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
    socket: { remoteAddress: peer },
    connection: { remoteAddress: peer },
  }) as unknown as IncomingMessage;

const addressWith = (TRUST_PROXY?: string) =>
  clientAddressOf(trustFunction(loadSettings(TRUST_PROXY === undefined ? {} : { TRUST_PROXY }).TRUST_PROXY));

describe('the client address', () => {
  it('is the peer by default, whatever X-Forwarded-For claims, even from loopback or private peers', () => {
    const address = addressWith();
    expect(address(request('203.0.113.7'))).toBe('203.0.113.7');
    expect(address(request('127.0.0.1', '198.51.100.1'))).toBe('127.0.0.1');
    expect(address(request('10.1.2.3', '198.51.100.1, 10.0.0.9'))).toBe('10.1.2.3');
  });

  it('with a hop count, is the entry that many proxies back, and no farther than the header goes', () => {
    const oneHop = addressWith('1');
    expect(oneHop(request('10.1.2.3', '198.51.100.1'))).toBe('198.51.100.1');
    // A client's own X-Forwarded-For is to the left of what the one proxy appended: not believed.
    expect(oneHop(request('10.1.2.3', '6.6.6.6, 198.51.100.1'))).toBe('198.51.100.1');
    expect(oneHop(request('10.1.2.3'))).toBe('10.1.2.3');
    const twoHops = addressWith('2');
    expect(twoHops(request('10.1.2.3', '6.6.6.6, 198.51.100.1, 10.0.0.9'))).toBe('198.51.100.1');
    expect(addressWith('0')(request('10.1.2.3', '198.51.100.1'))).toBe('10.1.2.3');
  });

  it('with a list of CIDRs, believes only those proxies, walking back while they are trusted', () => {
    const address = addressWith('10.0.0.0/8, 2001:db8::/32');
    expect(address(request('10.1.2.3', '198.51.100.1'))).toBe('198.51.100.1');
    expect(address(request('2001:db8::1', '198.51.100.1'))).toBe('198.51.100.1');
    // Two trusted proxies in a row: the first address not in the list is the client.
    expect(address(request('10.1.2.3', '6.6.6.6, 198.51.100.1, 10.9.9.9'))).toBe('198.51.100.1');
    // Not a listed proxy: its header is the client's own claim.
    expect(address(request('192.168.1.5', '198.51.100.1'))).toBe('192.168.1.5');
    expect(address(request('127.0.0.1', '198.51.100.1'))).toBe('127.0.0.1');
  });

  it('is "unknown" for a socket already gone', () => {
    expect(addressWith()(request(undefined as unknown as string))).toBe('unknown');
  });
});
