import { EventEmitter, on } from 'node:events';

import { type ExecutionArgs, GraphQLInt, GraphQLObjectType, GraphQLSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';

import type { Context } from './context';
import { SharedSubscriptions, type Target } from './shared-execution';

/** A schema whose one subscription hears `changes`, counting its executions. */
function harness() {
  const changes = new EventEmitter();
  let executions = 0;
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { n: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        changed: {
          type: GraphQLInt,
          subscribe: async function* () {
            for await (const [n] of on(changes, 'change')) yield n as number;
          },
          resolve: (n: number) => {
            executions++;
            return n;
          },
        },
      },
    }),
  });
  const ended = new Set<string>();
  const targets = new WeakMap<object, Target>();
  const shared = new SharedSubscriptions(
    (sessionId) => !ended.has(sessionId),
    (context) => targets.get(context) as Target,
    (result) => result,
  );
  /**
   * A subscriber on its own socket, returned once the server said it listens (as a client that reads
   * state then would wait); `passes` holds what each corked write put on it, `onListening` runs in
   * the write that says so.
   */
  const subscribe = async (id: string, session = 's1', options: { slowMs?: number; onListening?: () => void } = {}) => {
    const passes: unknown[][] = [];
    const closed: [number, string][] = [];
    let corked: unknown[] | undefined;
    let listening!: () => void;
    const confirmed = new Promise<void>((resolve) => (listening = resolve));
    const socket: Target['socket'] = {
      readyState: 1,
      bufferedAmount: 0,
      close: (code: number, reason: string) => void closed.push([code, reason]),
      send: ((data: string | Buffer) => {
        const message = JSON.parse(data.toString());
        if (message.type === 'pong') {
          expect(message).toEqual({ type: 'pong', payload: { subscribed: id } });
          options.onListening?.();
          return listening();
        }
        const until = Date.now() + (options.slowMs ?? 0);
        while (Date.now() < until); // a write that costs the loop this long
        (corked ?? passes).push(message);
      }) as Target['socket']['send'],
    };
    const connection = {
      cork: () => void (corked = []),
      uncork: () => {
        passes.push(corked ?? []);
        corked = undefined;
      },
    } as unknown as Target['connection'];
    const context = { auth: { admin: { id: 'admin' }, session: { id: session } } } as unknown as Context;
    targets.set(context, { socket, connection, id });
    const args: ExecutionArgs = { schema, document: parse('subscription { changed }'), contextValue: context };
    const iterator = (await shared.subscribe(args)) as AsyncIterableIterator<never>;
    await confirmed;
    return { passes, iterator, socket, closed };
  };
  const publish = (n: number) => changes.emit('change', n);
  const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));
  return { subscribe, publish, settle, ended, executions: () => executions };
}

const next = (n: number, id: string) => ({ id, type: 'next', payload: { data: { changed: n } } });

describe('SharedSubscriptions', () => {
  it('executes a change once for equal subscribers and writes each its own message, its id spliced in', async () => {
    const h = harness();
    const a = await h.subscribe('1');
    const b = await h.subscribe('two');
    h.publish(7);
    await h.settle();
    expect(h.executions()).toBe(1);
    expect(a.passes).toEqual([[next(7, '1')]]);
    expect(b.passes).toEqual([[next(7, 'two')]]);
  });

  it('says when a subscriber listens: a change published as it says so reaches it, on a new group and a joined one', async () => {
    const h = harness();
    const first = await h.subscribe('1', 's1', { onListening: () => h.publish(1) });
    await h.settle(); // 1 written before the next one joins (a change written later goes to every member)
    const joining = await h.subscribe('2', 's1', { onListening: () => h.publish(2) });
    await h.settle();
    expect(first.passes.flat()).toEqual([next(1, '1'), next(2, '1')]);
    expect(joining.passes.flat()).toEqual([next(2, '2')]);
  });

  it('writes the changes that came while the loop waited out a slow pass in one corked write per socket', async () => {
    const h = harness();
    const slow = await h.subscribe('1', 's1', { slowMs: 100 });
    h.publish(1);
    await new Promise((r) => setImmediate(r)); // the first pass took 100 ms: the next waits as long
    for (const n of [2, 3, 4]) {
      await h.settle(5); // each change on a turn of its own, executed before the pass
      h.publish(n);
    }
    await h.settle(250);
    expect(slow.passes).toEqual([[next(1, '1')], [next(2, '1'), next(3, '1'), next(4, '1')]]);
    expect(h.executions()).toBe(4);
  });

  it('writes nothing to a subscriber whose session ended or who left; the others still get theirs', async () => {
    const h = harness();
    const ending = await h.subscribe('1', 'ending');
    const leaving = await h.subscribe('2');
    const staying = await h.subscribe('3');
    h.publish(1);
    await h.settle();
    h.ended.add('ending');
    await leaving.iterator.return?.();
    h.publish(2);
    await h.settle();
    expect(ending.passes).toEqual([[next(1, '1')]]);
    expect(leaving.passes).toEqual([[next(1, '2')]]);
    expect(staying.passes).toEqual([[next(1, '3')], [next(2, '3')]]);
    await expect(leaving.iterator.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it('closes a socket whose client has left too much unread, instead of buffering without end', async () => {
    const h = harness();
    const stuck = await h.subscribe('1');
    const reading = await h.subscribe('2');
    (stuck.socket as { bufferedAmount: number }).bufferedAmount = 5 * 1024 * 1024;
    h.publish(1);
    await h.settle();
    expect(stuck.passes).toEqual([]);
    expect(stuck.closed).toEqual([[1013, 'not reading its messages']]);
    expect(reading.passes).toEqual([[next(1, '2')]]);
  });
});
