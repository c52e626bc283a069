import { describe, expect, it } from 'vitest';

import { SocketWrites } from './socket-writes';

const OPEN = 1;
const CLOSED = 3;

function socket() {
  return { readyState: OPEN, OPEN };
}

/** Until the event loop has turned `n` times (setImmediate runs after the turn's I/O). */
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('SocketWrites', () => {
  it('writes nothing during the turn that queued the writes, then all of them in their order', async () => {
    const writes = new SocketWrites();
    const written: string[] = [];
    const [a, b] = [socket(), socket()];
    for (const [name, s] of [
      ['a1', a],
      ['b1', b],
      ['a2', a],
    ] as const) {
      writes.add(
        s,
        () => written.push(name),
        () => written.push(`dropped ${name}`),
      );
    }
    expect(written).toEqual([]);
    await turns(1);
    expect(written).toEqual(['a1', 'b1', 'a2']);
  });

  it('drops a write whose socket closed before its turn (its session ended), and tells its sender', async () => {
    const writes = new SocketWrites();
    const written: string[] = [];
    const [open, ending] = [socket(), socket()];
    writes.add(
      ending,
      () => written.push('ending'),
      () => written.push('dropped ending'),
    );
    writes.add(
      open,
      () => written.push('open'),
      () => written.push('dropped open'),
    );
    ending.readyState = CLOSED;
    await turns(1);
    expect(written).toEqual(['dropped ending', 'open']);
  });

  it('a long fan-out yields to the event loop between slices: what came in meanwhile is served before its end', async () => {
    const writes = new SocketWrites(5);
    const events: string[] = [];
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const fanout = 40; // 1 ms each: eight slices of 5 ms
    for (let i = 0; i < fanout; i++) {
      writes.add(
        socket(),
        () => {
          busy(1);
          events.push('write');
        },
        () => events.push('dropped'),
      );
    }
    // A webhook's request, say, arriving as the fan-out starts: a timer due in 1 ms.
    setTimeout(() => events.push('served'), 1);
    const start = performance.now();
    while (events.filter((e) => e === 'write').length < fanout && performance.now() - start < 5_000) await turns(1);
    const served = events.indexOf('served');
    expect(events.filter((e) => e === 'write')).toHaveLength(fanout);
    expect(served).toBeGreaterThan(0);
    expect(served).toBeLessThan(fanout / 2);
  });

  it('writes queued while a slice is written go after it, in order', async () => {
    const writes = new SocketWrites();
    const written: string[] = [];
    const s = socket();
    writes.add(
      s,
      () => {
        written.push('first');
        writes.add(
          s,
          () => written.push('queued by the first'),
          () => undefined,
        );
      },
      () => undefined,
    );
    writes.add(
      s,
      () => written.push('second'),
      () => undefined,
    );
    await turns(2);
    expect(written).toEqual(['first', 'second', 'queued by the first']);
  });
});
