import type { Duplex } from 'node:stream';

import {
  createSourceEventStream,
  execute,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  print,
} from 'graphql';
import type { WebSocket } from 'ws';

import type { Context } from './context';

/** Where a subscription's messages go: its socket, the connection under it, and its id in graphql-ws's protocol. */
export interface Target {
  socket: Pick<WebSocket, 'readyState' | 'send' | 'bufferedAmount' | 'close'>;
  connection: Pick<Duplex, 'cork' | 'uncork'>;
  id: string;
}

interface Member {
  args: ExecutionArgs;
  socket: Target['socket'];
  connection: Target['connection'];
  sessionId: string | undefined;
  /** `{"id":"…"`: the start of each of its messages, the shared rest following. */
  head: Buffer;
  /** Ends the iterator graphql-ws holds for it (complete, or an error). */
  end(error?: unknown): void;
}

/** The subscribers of one operation, variables and admin: one source stream, one execution per change. */
interface Group {
  members: Set<Member>;
  source: AsyncIterator<object>;
  /** Executed changes not written yet: each its message after the id, and the change. */
  outbox: { tail: Buffer; change: object }[];
}

const OPEN = 1; // WebSocket.OPEN
/**
 * A socket with this much not yet taken by its client (over a minute of the SPA's changes at 20 a
 * second) is closed rather than buffered without end; graphql-ws clients connect again.
 */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** "Try again later": not a close code graphql-ws clients treat as fatal. */
const TOO_SLOW = 1013;

/**
 * graphql's `subscribe`, except that the subscribers who receive the same answer (same operation,
 * variables and admin) are one group with one source stream: each change is executed once for the
 * group, serialised once, and written to every member's socket in one synchronous pass, the member's
 * subscription id spliced in front of the shared bytes. A write to a socket costs 10–50 µs of kernel
 * time whatever its size, so a pass writes every change executed by then, each socket's messages in
 * one system call (corked), and starts at the earliest as long after the previous pass ended as that
 * one took: writing takes at most half the event loop, and the changes that come meanwhile (the
 * webhooks behind them are applied meanwhile) share the next pass's writes. On an idle loop a pass
 * runs on the next turn. The iterator graphql-ws holds for a member
 * yields nothing (its messages go straight to the socket) and only ends: when the client completes or
 * the socket closes (graphql-ws returns it, and the member leaves its group), or when the source
 * ends. A per-subscriber chain of async iterators, a graphql-ws message serialisation and an awaited
 * write per socket cost about 200 µs each, which at 1,000 subscribers and 20 changes a second
 * saturated the event loop. Nothing is delivered to a member whose session `isLive` no longer says
 * is live.
 */
export class SharedSubscriptions {
  private readonly groups = new Map<string, Group>();
  /** Groups with executed changes to write in the next pass. */
  private readonly pending = new Set<Group>();
  private passScheduled = false;
  private lastPass = { end: 0, took: 0 };
  private readonly lastWrites = new WeakMap<object, number>();

  /**
   * `target(context)`: the socket and subscription id an operation's context belongs to.
   * `format`: what a result with errors leaves as. `delivered(seconds)`: for each change that says
   * when it committed (an `at`), the time from then to its last socket write on this process.
   */
  constructor(
    private readonly isLive: (sessionId: string) => boolean,
    private readonly target: (context: Context) => Target,
    private readonly format: (result: ExecutionResult) => FormattedExecutionResult,
    private readonly delivered: (seconds: number) => void = () => undefined,
  ) {}

  readonly subscribe = async (args: ExecutionArgs): Promise<ExecutionResult | AsyncIterableIterator<never>> => {
    // Each subscriber's own stream is made, so its arguments and rights are checked as graphql does.
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream as ExecutionResult; // errors, as graphql reports them
    const context = args.contextValue as Context;
    const key = JSON.stringify([
      context.auth?.admin.id ?? '',
      args.operationName ?? null,
      args.variableValues ?? {},
      print(args.document),
    ]);
    let group = this.groups.get(key);
    const source = (stream as AsyncIterable<object>)[Symbol.asyncIterator]();
    if (group) void source.return?.();
    else {
      group = { members: new Set(), source, outbox: [] };
      this.groups.set(key, group);
      void this.pump(key, group);
    }
    return this.join(group, key, args, context);
  };

  private join(group: Group, key: string, args: ExecutionArgs, context: Context): AsyncIterableIterator<never> {
    const { socket, connection, id } = this.target(context);
    let waiting: { resolve(done: IteratorResult<never>): void; reject(error: unknown): void } | undefined;
    let ended: { error?: unknown } | undefined;
    const done = { done: true, value: undefined } as const;
    const member: Member = {
      args,
      socket,
      connection,
      sessionId: context.auth?.session.id,
      head: Buffer.from(`{"id":${JSON.stringify(id)}`),
      end: (error) => {
        ended ??= { error };
        if (ended.error === undefined) waiting?.resolve(done);
        else waiting?.reject(ended.error);
        waiting = undefined;
      },
    };
    group.members.add(member);
    // Listening from here on (the group's source took its first `next` in this turn's microtasks): the
    // client may read state now and miss nothing between that read and the first change pushed.
    setImmediate(() => {
      if (socket.readyState === OPEN) socket.send(`{"type":"pong","payload":{"subscribed":${JSON.stringify(id)}}}`);
    });
    const leave = () => {
      member.end();
      if (!group.members.delete(member) || group.members.size > 0) return;
      if (this.groups.get(key) === group) this.groups.delete(key);
      void group.source.return?.();
    };
    return {
      next: () => {
        if (ended) return ended.error === undefined ? Promise.resolve(done) : Promise.reject(ended.error);
        return new Promise((resolve, reject) => (waiting = { resolve, reject }));
      },
      return: () => {
        leave();
        return Promise.resolve(done);
      },
      throw: (error: unknown) => {
        leave();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Delivers the group's changes one after the other; when its source ends, so do its members. */
  private async pump(key: string, group: Group): Promise<void> {
    let failure: unknown;
    try {
      for (;;) {
        const item = await group.source.next();
        if (item.done) break;
        await this.deliver(group, item.value);
      }
    } catch (error) {
      failure = error;
    }
    this.flush(group); // what was executed goes before the end
    this.pending.delete(group);
    if (this.groups.get(key) === group) this.groups.delete(key);
    for (const member of group.members) member.end(failure);
  }

  private open(member: Member): boolean {
    return member.socket.readyState === OPEN && member.sessionId !== undefined && this.isLive(member.sessionId);
  }

  private async deliver(group: Group, change: object): Promise<void> {
    const executor = [...group.members].find((member) => this.open(member));
    if (!executor) return;
    const result = this.format(await execute({ ...executor.args, rootValue: change }));
    const tail = Buffer.from(`,"type":"next","payload":${JSON.stringify(result)}}`);
    group.outbox.push({ tail, change });
    this.pending.add(group);
    this.schedulePass();
  }

  private schedulePass(): void {
    if (this.passScheduled) return;
    this.passScheduled = true;
    const pass = () => {
      this.passScheduled = false;
      const started = performance.now();
      for (const group of this.pending) this.flush(group);
      this.pending.clear();
      const end = performance.now();
      this.lastPass = { end, took: end - started };
    };
    const wait = this.lastPass.end + this.lastPass.took - performance.now();
    if (wait > 0) setTimeout(pass, wait);
    else setImmediate(pass);
  }

  private flush(group: Group): void {
    const outbox = group.outbox;
    if (outbox.length === 0) return;
    group.outbox = [];
    // Checked at the write: a session may have ended, or a socket closed, since the change came.
    const members = [...group.members].filter((member) => this.open(member));
    for (const member of members) {
      if (member.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        member.socket.close(TOO_SLOW, 'not reading its messages');
        continue;
      }
      member.connection.cork();
      for (const { tail } of outbox) member.socket.send(Buffer.concat([member.head, tail]), { binary: false });
      member.connection.uncork();
    }
    if (members.length > 0) for (const { change } of outbox) this.written(change);
  }

  private written(change: object): void {
    const at = (change as { at?: unknown }).at;
    if (!(at instanceof Date)) return;
    if (!this.lastWrites.has(change)) {
      const report = () => this.delivered(((this.lastWrites.get(change) as number) - at.getTime()) / 1000);
      setTimeout(report, DELIVERY_WINDOW_MS).unref();
    }
    this.lastWrites.set(change, Date.now());
  }
}

/** A change's writes to every socket happen together; those this long after its first are not its fan-out. */
const DELIVERY_WINDOW_MS = 1_000;
